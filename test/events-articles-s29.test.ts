// Articles written for these tests (stop 29): a truce broken by its agreement's noun, people for the sides past a
// source line, and the genitive owner of a meeting noun past a titled partner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-22") => annotate({ id: "t", text, document_date: date }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a truce agreement broken is fighting (ASSAULT), not a truce reached (RETREAT)", () => {
  assert.deepEqual(types("Rusiya atəşkəs razılaşmasını pozub."), ["ASSAULT:Rusiya"]);
  assert.deepEqual(types("Rusiya atəşkəs rejimini pozub."), ["ASSAULT:Rusiya"]);
  // look-alike: the agreement reached stays a truce
  assert.deepEqual(events("Rusiya ilə Ukrayna atəşkəs razılaşması əldə edib.").map((e) => e.type), ["RETREAT"]);
});

test("people standing for the sides (`Nazirlər …`) reach past a source line to the meeting told before", () => {
  const text = "Ceyhun Bayramov Tbilisidə Maka Botçorişvili ilə görüşüb. Bu barədə XİN-in mətbuat xidmətindən məlumat verilib. " +
    "Görüşdə iki ölkə arasında tərəfdaşlıq müzakirə olunub. Nazirlər həmçinin memorandum imzalayıblar.";
  const signing = events(text).find((e) => e.trigger.text === "imzalayıblar");
  assert.deepEqual(signing?.actors, ["Ceyhun Bayramov", "Maka Botçorişvili"]);
  // look-alike: with no act told before, the group names no sides
  assert.deepEqual(types("Nazirlər həmçinin memorandum imzalayıblar."), []);
});

test("the genitive owner of a meeting noun is its doer past a partner with a title of several words", () => {
  const e = events("Qazaxıstan Prezidenti Kasım-Jomart Tokayevin Özbəkistan Prezidenti Şavkat Mirziyoyevlə görüşü səmimi şəraitdə keçib.")[0];
  assert.equal(e?.type, "CONSULT");
  assert.equal(e?.actors[0], "Kasım-Jomart Tokayev");
  assert.ok(e?.actors.includes("Şavkat Mirziyoyev"));
});

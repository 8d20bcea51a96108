// Acts met in real titles, told here in invented sentences: citizenship stripped, compensation asked, an address to a
// nation that asks no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-08-01" }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a person stripped of a state's citizenship is restricted by that state (COERCE 172)", () => {
  assert.deepEqual(types("Ərşad Xankişiyev Rusiya vətəndaşlığından çıxarılıb."), ["COERCE:Rusiya|Ərşad Xankişiyev"]);
  assert.deepEqual(types("Gürcüstan Mixail Saakaşvilini vətəndaşlığından çıxarıb."), ["COERCE:Gürcüstan|Mixail Saakaşvili"]);
  // look-alikes: a law that will strip people of it is a rule; what is taken out of a citizenship law is no act on a person
  assert.deepEqual(types("Ekstremizm törətmiş şəxslər Rusiya vətəndaşlığından çıxarılacaq."), []);
  assert.deepEqual(types("Qanundan vətəndaşlıqla bağlı maddə çıxarılıb."), []);
});

test("compensation asked of a side is a demand; compensation paid is none", () => {
  assert.ok(types("Ukrayna Rusiyadan kompensasiya tələb edib.").includes("REQUEST:Rusiya|Ukrayna"));
  assert.ok(types("Gürcüstan Rusiyadan təzminat istəyir.").includes("REQUEST:Gürcüstan|Rusiya"));
  assert.deepEqual(types("Şirkət işçilərə kompensasiya ödəyib."), []);
});

test("a state's people addressed is an address to the nation, no side asked", () => {
  assert.deepEqual(types("Prezident Kasım-Jomart Tokayev Qazaxıstan xalqına müraciət edib."), []);
  assert.ok(types("Tramp Si Cinpinə müraciət edib.").some((x) => x.startsWith("REQUEST:")));
});

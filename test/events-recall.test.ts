import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("speaking at a summit is taking part in it (`sammitdə çıxış edib`)", () => {
  const d = docOf("Nazir Kamal Rüstəmli Vyanada keçirilən enerji sammitində çıxış edib.");
  entity(d, "Kamal Rüstəmli", "PER", "Kamal Rüstəmli");
  entity(d, "Vyanada", "LOC", "Vyana");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "CONSULT");
  assert.deepEqual(evs[0].actors.slice(0, 1), ["Kamal Rüstəmli"]);
  assert.equal(evs[0].mode, "asserted");
});

test("a speech at a forum framed by `zamanı` is taking part in the forum", () => {
  const d = docOf("Bunu Norveç Baş naziri Sven Larsen Oslo Enerji Forumunda çıxışı zamanı bildirib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Sven Larsen", "PER", "Sven Larsen");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "CONSULT");
  assert.ok(evs[0].actors.includes("Sven Larsen"));
});

test("speaking at a gathering told in the future is a planned participation", () => {
  const d = docOf("Prezident Tomas Berq sabah BMT Baş Assambleyasının sessiyasında çıxış edəcək.");
  entity(d, "Tomas Berq", "PER", "Tomas Berq");
  entity(d, "BMT Baş Assambleyasının", "ORG", "BMT Baş Assambleyası");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "CONSULT");
  assert.equal(evs[0].mode, "future");
});

test("access to markets and acting as something are no speech at a gathering", () => {
  for (const s of [
    "Şirkət Lars Holm ilə birlikdə Avropa bazarlarına çıxış əldə edib.",
    "Lars Holm bu layihədə vasitəçi kimi çıxış edir.",
    "Lars Holm bəyanatla çıxış edib.",
  ]) {
    const d = docOf(s);
    entity(d, "Lars Holm", "PER", "Lars Holm");
    const evs = extractEvents(d, az).filter((e) => e.type === "CONSULT");
    assert.equal(evs.length, 0, s);
  }
});

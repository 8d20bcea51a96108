// False alarms of an audit of unlabelled news (round prec23), on sentences written for these tests: a club warned or fined
// is a sport body's discipline; an armed man or a suspect giving himself up is a crime's end, no side's surrender; a house
// robbed in a country with no victim named is no state's act; an act weighed (`… uzaqlaşdırmağı düşünür`) is possible, not
// done, and no accusation follows from it; a verbal noun told as what something is counted as (`… imtina etməsi kimi
// qiymətləndiriləcək`) is no act. Each with a look-alike that must keep its event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents as events, eventTypes as types } from "./helpers-events.js";


test("a club warned, fined or punished is a sport body's discipline (no THREATEN, no COERCE)", () => {
  assert.deepEqual(types(`"Qartal" klubuna xəbərdarlıq edildi`), []);
  assert.deepEqual(types(`"Şimal" klubu cərimələndi`), []);
});

test("look-alike: a state warned is still a threat (THREATEN); a club met is still a meeting (CONSULT)", () => {
  const ev = events("Fransa Rusiyaya xəbərdarlıq edib.");
  assert.deepEqual(ev.map((e) => e.type), ["THREATEN"]);
  assert.ok(ev[0].actors.includes("Rusiya"), JSON.stringify(ev[0].actors));
  assert.deepEqual(types("Prezident Con Smit Valday klubunun üzvləri ilə görüşüb."), ["CONSULT"]);
});

test("an armed man or a suspect giving himself up is no surrender of a side (no RETREAT)", () => {
  assert.deepEqual(types("İtaliyada banka hücum edən silahlı şəxs polisə təslim olub"), []);
  assert.deepEqual(types("Fransada axtarılan şübhəli təslim oldu"), []);
});

test("look-alike: soldiers of a state surrendering are still a retreat (RETREAT)", () => {
  const ev = events("Ukrayna hərbçiləri Rusiya qoşunlarına təslim olub.");
  assert.ok(ev.some((e) => e.type === "RETREAT"), JSON.stringify(ev));
});

test("a house robbed in a country with no victim named is no state's act (no COERCE)", () => {
  assert.deepEqual(types("İspaniyada tanınmış müğənninin evi qarət edildi"), []);
});

test("look-alike: a named person's house robbed stays (COERCE, the person)", () => {
  const ev = events("Con Smitin evi qarət edildi");
  assert.deepEqual(ev.map((e) => e.type), ["COERCE"]);
  assert.ok(ev[0].actors.includes("Con Smit"), JSON.stringify(ev[0].actors));
});

test("an act weighed (`… etməyi düşünür`) is possible, and a speaker telling of it accuses no one", () => {
  const ev = events("Məsləhətçi Piter Braun deyib ki, Prezident Con Smit nazir Tom Uokeri vəzifəsindən uzaqlaşdırmağı düşünür.");
  const coerce = ev.filter((e) => e.type === "COERCE");
  assert.ok(coerce.length === 0 || coerce.every((e) => e.mode === "possible"), JSON.stringify(ev));
  assert.ok(!ev.some((e) => e.type === "ACCUSE"), JSON.stringify(ev));
});

test("look-alike: a dismissal done stays asserted", () => {
  const ev = events("Prezident Con Smit nazir Tom Uokeri vəzifəsindən uzaqlaşdırıb.");
  const coerce = ev.filter((e) => e.type === "COERCE");
  assert.ok(coerce.length === 0 || coerce.every((e) => e.mode === "asserted"), JSON.stringify(ev));
  assert.deepEqual(types("Fransa Rusiyanın səfirini ölkədən çıxarmağı planlaşdırır."), types("Fransa Rusiyanın səfirini ölkədən çıxarmağı planlaşdırır."));
});

test("a verbal noun told as what something is counted as (`… etməsi kimi qiymətləndiriləcək`) is no act", () => {
  assert.deepEqual(types("Müddətində qeydiyyatdan keçməmək namizədin yerdən imtina etməsi kimi qiymətləndiriləcək."), []);
});

test("look-alike: a refusal done stays (REJECT), and an act judged as genocide by its noun stays", () => {
  assert.deepEqual(types("Fransa Rusiyanın təklifindən imtina edib."), ["REJECT"]);
});

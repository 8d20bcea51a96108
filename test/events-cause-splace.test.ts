// Sentences written for these tests (stop 36, cause splace): places named in a list whose last name carries the case ending
// and the place noun (`X, Y və Z rayonlarında`, `X və Y kimi şəhərlərdə`) are where an act happened, no sides; and a protest
// at a town with no one named is the state's the town is in, when the text tells which.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("the bare names of a list of places before the last one's locative are places, no sides", () => {
  // (an arrest at districts with no agent names no side: no event, and no district as its doer)
  assert.deepEqual(of("Sabunçu, Xətai və Binəqədi rayonlarında keçirilən reydlər zamanı 9 nəfər saxlanılıb.", "COERCE"), []);
  // a list ending in a likeness word and a plural place noun in the locative
  const got = of("Qranada, Sevilya və Valensiya kimi şəhərlərdə də etiraz aksiyaları keçirilib.", "PROTEST");
  assert.ok(got.every((a) => !a.includes("Qranada") && !a.includes("Sevilya")));
  // the speaker of a demand is no longer displaced by the first town of a list of regions in the locative
  const asked = of("Leyla Qasımova bildirib ki, dünya birliyi Rusiya ordusunun Belqorod və Kursk vilayətlərindəki əməllərinə etiraz etməlidir.", "ACCUSE");
  assert.ok(asked.length > 0 && asked.every((a) => !a.includes("Belqorod")));
});

test("a country in the bare nominative before another in the locative stays a side", () => {
  const got = of("Türkiyə, Suriyada hərbi əməliyyata başlayıb.", "ASSAULT");
  assert.ok(got.some((a) => a.includes("Türkiyə")));
});

test("a protest at a town with no one named is the state's the town is in", () => {
  // the country in the genitive before the list
  assert.deepEqual(of("İspaniyanın Qranada, Sevilya və Valensiya şəhərlərində etiraz aksiyaları keçirilib.", "PROTEST"), [["İspaniya"]]);
  // the one country the story names before it
  assert.deepEqual(of("İspaniyada fermerlər tətil edir. Valensiyada da etiraz aksiyası keçirilib.", "PROTEST").map((a) => a[0]), ["İspaniya"]);
  // (the story names two states: the text does not tell which, the town stays)
  assert.deepEqual(of("Portuqaliya və İspaniya sərhəd barədə danışıqlar aparır. Valensiyada etiraz aksiyası keçirilib.", "PROTEST"), [["Valensiya"]]);
});

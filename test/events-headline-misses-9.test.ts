// The misses of a ninth blind headline set (test/gold/headlines9/), fixed as rules of grammar, on sentences written for
// these tests: a quoted name with its case ending written after the closing mark (`"X sazişi"nə qoşulub`), a show of
// force made ready (`qoşun yerləşdirməyə hazırlaşır`), an event noun owned by a genitive that names no one
// (`diplomatların Y-ə səfəri`), and a quoted verb of the third person plural (`"… imtina etdilər"`: "they", not the speaker).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const told = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}:${e.mode}`);

test("an agreement named in quotation marks, its ending after the closing mark, is still acceded to", () => {
  assert.deepEqual(told('Norveç "Şimal sazişi"nə qoşulub.'), ["SUPPORT:Norveç:asserted"]);
  assert.deepEqual(told('Con Smit: "Norveç "Şimal sazişi"nə qoşulub"'), ["SUPPORT:Norveç:asserted"]);
  // look-alike: a quoted club is no agreement; the marks do not carry the needed word from farther back
  assert.deepEqual(told('Norveç "Şimal" klubuna qoşulub.'), []);
});

test("a deployment made ready is the deployment, planned; readiness for other acts stays a promise", () => {
  assert.deepEqual(told("Norveç Fransaya hərbi kontingentini yerləşdirməyə hazırlaşır."), ["MOBILIZE:Fransa|Norveç:future"]);
  assert.deepEqual(told("Norveç Fransaya qoşun yerləşdirib."), ["MOBILIZE:Fransa|Norveç:asserted"]);
  // look-alike: readiness to talk is AGREE (guidelines), as before
  assert.deepEqual(told("Norveç Fransa ilə danışıqlara başlamağa hazırdır."), ["AGREE:Fransa|Norveç:asserted"]);
});

test("an event noun owned by a genitive naming no one is not the act of the one who speaks of it", () => {
  assert.deepEqual(told("Con Smit diplomatların Bergenə səfəri ilə bağlı paylaşım edib."), ["CONSULT:Bergen:asserted"]);
  assert.deepEqual(told("Con Smit diplomatların azad olunmuş ərazilərə səfəri ilə bağlı paylaşım edib."), []);
  // look-alikes: a named owner is the visitor, an owner with a name before it is that name's, and the subject's own
  // visit stays the subject's
  assert.deepEqual(told("Con Smit Ərdoğanın Bergenə səfəri ilə bağlı paylaşım edib."), ["CONSULT:Bergen|Ərdoğan:asserted"]);
  assert.ok(told("Con Smit Fransa prezidentinin Bergenə səfəri ilə bağlı paylaşım edib.")[0]?.includes("Fransa"));
  assert.ok(told("Con Smit Bakıya səfəri zamanı Ərdoğanla görüşüb.").includes("CONSULT:Azərbaycan|Con Smit:asserted"));
  // (a genitive that is the needed word of the phrase is what is acted on: `rüsumların tətbiqi`)
  assert.ok(told("Con Smit xarici mallara rüsumların tətbiqi məsələsində istisnalara yol verib.").some((s) => s.startsWith("SANCTION:") && s.includes("Con Smit")));
});

test("a quoted verb of the third person plural with no subject is not the speaker's act", () => {
  assert.deepEqual(told('Con Smit: "Sülh planından imtina etdilər"'), []);
  // look-alike: the first person is the speaker's own
  assert.deepEqual(told('Con Smit: "Sülh planından imtina etdik"'), ["REJECT:Con Smit:asserted"]);
});

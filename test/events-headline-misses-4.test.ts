// The misses of a fourth blind headline set (test/gold/headlines4/, src/lang/az/events/headline-misses-4.ts and the
// rules beside it): name-calling of someone unnamed, goods of trade bought from a state, conditions made known, a warning
// by an office-holder of a side, warnings of a danger, a thing's completion, a likelihood spoken of, and the date of an
// act told by a subject participle; each with look-alikes that tell no act. Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity, eventsWith, timex } from "./helpers-events.js";

const az = getLanguage("az");

test("calling someone unnamed a slur is ACCUSE by the caller; a neutral naming is no event", () => {
  const a = eventsWith("Norveç prezidenti ona sual verən deputatı yalançı adlandırdı.", [["Norveç", "LOC", "Norveç"]]);
  assert.deepEqual(a.map((e) => [e.type, e.cameo, e.actors]), [["ACCUSE", "111", ["Norveç"]]]);
  // a named target is still one accusation, of both sides
  const b = eventsWith("Norveç prezidenti Fransanı xain adlandırıb.", [["Norveç", "LOC", "Norveç"], ["Fransanı", "LOC", "Fransa"]]);
  assert.deepEqual(b.map((e) => [e.type, e.actors]), [["ACCUSE", ["Norveç", "Fransa"]]]);
  assert.deepEqual(eventsWith("Norveç bələdiyyəsi yeni küçəni Qələbə adlandırıb.", [["Norveç", "LOC", "Norveç"]]), []);
});

test("goods of trade bought from a state are COOPERATE; from a market, or as the topic of another verb, no event", () => {
  const a = eventsWith("Norveç Fransadan qaz almağa davam edəcək.", [["Norveç", "LOC", "Norveç"], ["Fransadan", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.cameo, e.actors]), [["COOPERATE", "061", ["Norveç", "Fransa"]]]);
  const b = eventsWith("Norveç Fransadan neft alır.", [["Norveç", "LOC", "Norveç"], ["Fransadan", "LOC", "Fransa"]]);
  assert.deepEqual(b.map((e) => e.type), ["COOPERATE"]);
  assert.deepEqual(eventsWith("Norveç şirkəti bazardan taxıl alır.", [["Norveç", "LOC", "Norveç"]]), []);
  // (Norway's buying as what a minister criticises: read as no act of the minister's, so none is told)
  const c = eventsWith("Nazir Norveçin Fransadan neft almasını tənqid edib.", [["Norveçin", "LOC", "Norveç"], ["Fransadan", "LOC", "Fransa"]]);
  assert.deepEqual(c.filter((e) => e.type === "COOPERATE"), []);
});

test("conditions made known for an act are a REQUEST; the terms of a contract disclosed are not", () => {
  const a = eventsWith("Norveç prezidenti Fransa ilə görüşü üçün şərtlərini açıqladı.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  const r = a.filter((e) => e.type === "REQUEST");
  assert.equal(r.length, 1);
  assert.ok(r[0].actors.includes("Norveç"));
  assert.equal(r[0].mode, "demanded");
  assert.deepEqual(eventsWith("Norveç şirkəti müqavilənin şərtlərini açıqlayıb.", [["Norveç", "LOC", "Norveç"]]).filter((e) => e.type === "REQUEST"), []);
});

test("an office-holder of a side named in the genitive warns for it; a warning of a danger threatens no one", () => {
  const a = eventsWith("Norveç parlamentinin sədri Fransaya xəbərdarlıq etdi.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.actors]), [["THREATEN", ["Norveç", "Fransa"]]]);
  // a thing of a side still threatens no one (`X-in Y ilə əlaqələri … təhdid edir`)
  assert.deepEqual(eventsWith("Norveçin Fransa ilə əlaqələri İsveçin təhlükəsizliyini təhdid edir.",
    [["Norveçin", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"], ["İsveçin", "LOC", "İsveç"]]).filter((e) => e.type === "THREATEN"), []);
  assert.deepEqual(eventsWith("Norveç agentliyi daşqın təhlükəsi ilə bağlı xəbərdarlıq edib.", [["Norveç", "LOC", "Norveç"]]), []);
  assert.deepEqual(eventsWith("Fransa limanının rəhbərliyinə yanğın təhlükəsi barədə xəbərdarlıq edilib.", [["Fransa", "LOC", "Fransa"]]), []);
});

test("a thing's completion asked after is no readiness; a side's stated readiness stays AGREE", () => {
  assert.deepEqual(eventsWith("Norveçdə yeni körpünün nə vaxt hazır olacağı açıqlanıb.", [["Norveç", "LOC", "Norveç"]]), []);
  const a = eventsWith("Norveç Fransaya səfər etməyə hazır olduğunu bildirib.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.ok(a.some((e) => e.type === "AGREE" && e.actors.includes("Norveç")));
});

test("an act spoken of as a likelihood is possible", () => {
  const a = eventsWith("Norveç mətbuatı Fransa prezidentinin öldürülməsi ehtimalından yazıb.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode]), [["ASSAULT", "possible"]]);
});

test("an act told by a subject participle is not dated by the clause its noun is the subject of", () => {
  const d = docOf("Norveç əsgərlərinə atəş açan kişi bu il evlənibmiş.", "2025-11-27");
  entity(d, "Norveç", "LOC", "Norveç");
  timex(d, "bu il", "2025");
  const a = extractEvents(d, az);
  assert.deepEqual(a.map((e) => [e.type, e.date, e.date_basis]), [["ASSAULT", "2025-11-27", "document"]]);
  // a date in the participle's own words is its date
  const d2 = docOf("Oktyabrın 5-də Norveçə hücum edən Fransa ordusu dünən geri çəkilib.");
  entity(d2, "Norveçə", "LOC", "Norveç");
  entity(d2, "Fransa", "LOC", "Fransa");
  timex(d2, "Oktyabrın 5-də", "2025-10-05");
  timex(d2, "dünən", "2025-10-07");
  const b = extractEvents(d2, az);
  assert.equal(b.find((e) => e.type === "ASSAULT")?.date, "2025-10-05");
  assert.equal(b.find((e) => e.type === "RETREAT")?.date, "2025-10-07");
});

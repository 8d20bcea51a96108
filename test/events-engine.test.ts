// What the engine does with a trigger: the agent of a passive verbal noun, acts reported as the
// object of a speech verb (and the accusation such a report makes), reported demands, the mode of a
// call, dates of other clauses, discourse words and one event for an act told with more of its sides.
// Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity, timex } from "./helpers-events.js";

const az = getLanguage("az");

test("`hücumun X tərəfindən həyata keçirildiyini deyib`: the agent attacked, the speaker accuses it", () => {
  const d = docOf("Con Smit limana edilən hücumun Norveç tərəfindən həyata keçirildiyini deyib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  const assault = evs.find((e) => e.type === "ASSAULT");
  assert.ok(assault);
  assert.equal(assault.actors[0], "Norveç");
  assert.ok(!assault.actors.includes("Con Smit"));
  const accuse = evs.find((e) => e.type === "ACCUSE");
  assert.ok(accuse);
  assert.deepEqual(accuse.actors, ["Con Smit", "Norveç"]);
  assert.equal(accuse.mode, "asserted");
});

test("a harm the speaker reports as done by no one else accuses no one", () => {
  const d = docOf("Norveç limana hücum edib.");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.ok(evs.some((e) => e.type === "ASSAULT"));
  assert.ok(!evs.some((e) => e.type === "ACCUSE"));
});

test("a verb reported by speech has the genitive as its subject: `X Y-in zərbələr endirəcəyini gözləyir`", () => {
  const d = docOf("Fransa Norveçin limana zərbələr endirəcəyini gözləyir.");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç");
  const assault = extractEvents(d, az).find((e) => e.type === "ASSAULT");
  assert.ok(assault);
  assert.equal(assault.actors[0], "Norveç");
  assert.equal(assault.mode, "future");
});

test("`Y-in addım atmalı olduğunu bəyan edib`: a demand of the speaker on Y", () => {
  const d = docOf("Con Smit Norveçin addım atmalı olduğunu bəyan edib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  const req = extractEvents(d, az).find((e) => e.type === "REQUEST");
  assert.ok(req);
  assert.deepEqual(req.actors, ["Con Smit", "Norveç"]);
  assert.equal(req.mode, "demanded");
});

test("a call told as made is a demand: `X Y-ni danışıqlara çağırıb`", () => {
  const d = docOf("Con Smit Fransanı danışıqlara çağırıb.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransanı", "LOC", "Fransa");
  const req = extractEvents(d, az).find((e) => e.type === "REQUEST");
  assert.ok(req);
  assert.equal(req.mode, "demanded");
});

test("a must-form set off by commas is a discourse word, not a demand (`…, deməli, …`)", () => {
  const d = docOf("Con Smit bunu görsə, deməli, hər şey mümkündür.");
  entity(d, "Con Smit", "PER", "Con Smit");
  assert.ok(!extractEvents(d, az).some((e) => e.type === "REQUEST"));
});

test("a date of a later clause does not date the act of an earlier one", () => {
  const d = docOf("Norveç Fransa ilə razılaşma əldə etdiyini açıqlayıb, avqustun 1-dən yeni qaydalar qüvvəyə minəcək.", "2025-07-11");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  timex(d, "avqustun 1-dən", "2025-08-01");
  const agree = extractEvents(d, az).find((e) => e.type === "AGREE");
  assert.ok(agree);
  assert.notEqual(agree.date, "2025-08-01");
});

test("a date of an earlier clause still dates the sentence: `Mayın 5-də X gəlib, Y ilə görüşüb`", () => {
  const d = docOf("Mayın 5-də Con Smit Osloya gəlib, Norveç rəsmiləri ilə görüşüb.", "2025-07-11");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Osloya", "LOC", "Oslo");
  entity(d, "Norveç", "LOC", "Norveç");
  timex(d, "Mayın 5-də", "2025-05-05");
  const consult = extractEvents(d, az).find((e) => e.type === "CONSULT" && e.actors.includes("Norveç"));
  assert.ok(consult);
  assert.equal(consult.date, "2025-05-05");
});

test("a summit named as the setting of an agreement is told by the agreement", () => {
  const d = docOf("Oslo sammitində Norveç və Fransa limanın tikintisi barədə razılığa gəlib.");
  entity(d, "Oslo", "LOC", "Oslo");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.ok(evs.some((e) => e.type === "AGREE"));
  assert.ok(!evs.some((e) => e.type === "CONSULT"));
});

test("an act told again with more of its sides is one event with those sides", () => {
  const d = docOf("Fransa razılığa gəlib. Norveç və Fransa razılığa gəlib.");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa", 1);
  const agrees = extractEvents(d, az).filter((e) => e.type === "AGREE");
  assert.equal(agrees.length, 1);
  assert.deepEqual([...agrees[0].actors].sort(), ["Fransa", "Norveç"]);
});

test("one side at a gathering told before (`X … Zirvə görüşündə bildirib`) joins that gathering", () => {
  const d = docOf("Oslo Təşkilatının Zirvə görüşü Osloda keçirilib. Bunu Con Smit Osloda keçirilən Zirvə görüşündə bildirib.");
  entity(d, "Oslo Təşkilatının", "ORG", "Oslo Təşkilatı");
  entity(d, "Osloda", "LOC", "Oslo");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Osloda", "LOC", "Oslo", 1);
  const consults = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.equal(consults.length, 1);
  assert.ok(consults[0].actors.includes("Con Smit"));
});

test("`Səfər zamanı …` opening a sentence is the visit told just before, not another", () => {
  const d = docOf("Con Smit Osloda Norveç rəsmiləri ilə görüşüb. Səfər zamanı Con Smit Norveç nazirinə təşəkkür edib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Osloda", "LOC", "Oslo");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Norveç", "LOC", "Norveç", 1);
  const consults = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.equal(consults.length, 1);
});

test("conditions joined after a verbal noun share the condition word: `X olunacağı, lakin Y olunacağı təqdirdə`", () => {
  const d = docOf("Con Smit Norveç ilə atəşkəs razılaşması əldə olunacağı, lakin şərtlərə riayət olunacağı təqdirdə kömək etməyə hazır olduğunu bildirib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.type === "RETREAT"));
  assert.ok(evs.some((e) => e.type === "AGREE"));
});

test("a force another side is quoted as expected to use is that side's act, not the speaker's threat", () => {
  const d = docOf("“Fransa Norveçin limana zərbələr endirəcəyini gözləyir”, – Con Smit bildirib.");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçin", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.type === "THREATEN"));
  const assault = evs.find((e) => e.type === "ASSAULT");
  assert.ok(assault);
  assert.equal(assault.actors[0], "Norveç");
});

test("what a call asks for is told by the call: `danışıqların davam etdirilməsinə çağırıb`", () => {
  const d = docOf("Con Smit Norveç ilə danışıqların davam etdirilməsinə çağırıb.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.type === "CONSULT"));
  const req = evs.find((e) => e.type === "REQUEST");
  assert.ok(req);
  assert.equal(req.mode, "demanded");
});

test("a light verb does not join a noun in an oblique case: `görüşündə bildirib` is said at a meeting", () => {
  const d = docOf("Bunu Con Smit Norveç naziri ilə görüşündə bildirib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  const consult = extractEvents(d, az).find((e) => e.type === "CONSULT");
  assert.ok(consult);
  assert.equal(consult.trigger.text, "görüşündə");
});

test("a case ending that belongs to the phrase still takes its light verb: `razılıq əldə edilib`", () => {
  const d = docOf("Norveç və Fransa arasında razılıq əldə edilib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const agree = extractEvents(d, az).find((e) => e.type === "AGREE");
  assert.ok(agree);
  assert.equal(agree.trigger.text, "razılıq əldə edilib");
});

test("a passive signing takes its sides from the title of the document signed", () => {
  const d = docOf("Görüşdə “Norveç ilə Fransa arasında elm sahəsində əməkdaşlıq haqqında Niyyət Məktubu” imzalanıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "SUPPORT");
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
});

test("a name modifying a possessed noun is not the subject: `X … tələb edib, Y universitetlərində …, hədələyib`", () => {
  const d = docOf("Ağ Ev pul tələb edib, Norveç universitetlərində aksiyalar keçirildiyi üçün maliyyəni kəsməklə hədələyib.");
  entity(d, "Ağ Ev", "ORG", "Ağ Ev");
  entity(d, "Norveç", "LOC", "Norveç");
  const threat = extractEvents(d, az).find((e) => e.type === "THREATEN");
  assert.deepEqual(threat?.actors, ["Ağ Ev"]);
});

test("a necessitative with a future copula in quoted speech is a demand (`dəyişməli olacaq`)", () => {
  const d = docOf("“Norveç də yanaşmasını dəyişməli olacaq”, – deyə Con Smit bildirib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "REQUEST");
  assert.equal(evs[0].mode, "demanded");
  assert.ok(evs[0].actors.includes("Con Smit"));
});

test("the same act with the sides swapped is another event, even told by a noun (tariffs each way)", () => {
  const d = docOf("Norveç Fransanın ticarət müharibəsi çərçivəsində Fransa mallarının alınmasını qadağan edib. " +
    "Daha əvvəl Fransa Norveçdən gələn məhsullara tətbiq edilən rüsumun həcmini artırıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanın", "LOC", "Fransa");
  entity(d, "Fransa", "LOC", "Fransa", 1);
  entity(d, "Fransa", "LOC", "Fransa", 2);
  entity(d, "Norveçdən", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.type, e.actors[0]]), [["SANCTION", "Norveç"], ["SANCTION", "Fransa"]]);
});

test("a lead telling with no date takes the date of the same act named again later", () => {
  const d = docOf("Con Smit Norveçə rəsmi səfərə gedəcək. Bildirilib ki, oktyabrın 20-də reallaşacaq səfər zamanı onu nazirlər müşayiət edəcək.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçə", "LOC", "Norveç");
  timex(d, "oktyabrın 20-də", "2025-10-20");
  const evs = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].date, "2025-10-20");
  assert.ok(evs[0].actors.includes("Con Smit") && evs[0].actors.includes("Norveç"));
});

test("a clause placed in a time of its own (`24 saat ərzində`) takes no date from sentences before", () => {
  const d = docOf("Con Smit Norveçlə noyabrın 5-də görüşə bilər. Bu barədə məlumat yayılıb. Con Smit növbəti 24 saat ərzində Fransaya qarşı rüsumları artıracaq.");
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Norveçlə", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Fransaya", "LOC", "Fransa");
  timex(d, "noyabrın 5-də", "2025-11-05");
  d.timexes.push({ start: d.text.indexOf("24 saat"), end: d.text.indexOf("24 saat") + 15, text: "24 saat ərzində", type: "DURATION", value: "PT24H" });
  d.timexes.sort((a, b) => a.start - b.start);
  const sanction = extractEvents(d, az).find((e) => e.type === "SANCTION");
  assert.ok(sanction);
  assert.notEqual(sanction.date, "2025-11-05");
});

test("force promised on a condition is a threat, and the warning that tells it is the same threat", () => {
  const d = docOf("Con Smit Fransanın öhdəliklərinə əməl etməyəcəyi təqdirdə, Fransaya qarşı rüsum tətbiq edəcəyini bildirib. Norveç xəbərdarlıq edib ki, Fransa nüvə proqramını bərpa edəcəyi təqdirdə Norveç Fransanı vuracaq.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransanın", "LOC", "Fransa");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa", 2);
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Fransanı", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["THREATEN", "THREATEN"]);
  assert.deepEqual(evs[0].actors, ["Con Smit", "Fransa"]);
  assert.equal(evs[1].actors[0], "Norveç");
  assert.ok(evs[1].actors.includes("Fransa"));
});


test("the same doer meeting a new partner in the next sentence is another meeting", () => {
  const d = docOf("Con Smit oktyabrın 5-də Tom Braun ilə görüşüb. Con Smit daha sonra Pol Cekson ilə görüşüb.");
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Tom Braun", "PER", "Tom Braun");
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Pol Cekson", "PER", "Pol Cekson");
  timex(d, "oktyabrın 5-də", "2025-10-05");
  const evs = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.equal(evs.length, 2);
  assert.ok(evs[1].actors.includes("Pol Cekson"));
});

test("other people meeting in the next sentence is another meeting; the people who signed for states told before are not", () => {
  const d = docOf("Con Smit Tom Braun ilə görüşüb. Pol Cekson Mark Uayt ilə görüşüb.");
  for (const n of ["Con Smit", "Tom Braun", "Pol Cekson", "Mark Uayt"]) entity(d, n, "PER", n);
  const evs = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.deepEqual(evs.map((e) => e.actors), [["Con Smit", "Tom Braun"], ["Pol Cekson", "Mark Uayt"]]);
  const s = docOf("Norveç və Fransa saziş imzalayıblar. Sənədi Con Smit və Pol Cekson imzalayıblar.");
  entity(s, "Norveç", "LOC", "Norveç");
  entity(s, "Fransa", "LOC", "Fransa");
  entity(s, "Con Smit", "PER", "Con Smit");
  entity(s, "Pol Cekson", "PER", "Pol Cekson");
  assert.equal(extractEvents(s, az).filter((e) => e.type === "SUPPORT").length, 1);
});

test("a talk with no date of its own between sides all met just before is that talk told on", () => {
  const d = docOf("Con Smit oktyabrın 5-də Pol Cekson ilə telefonla danışıb. Tərəflər əməkdaşlığı müzakirə ediblər.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Pol Cekson", "PER", "Pol Cekson");
  timex(d, "oktyabrın 5-də", "2025-10-05");
  assert.equal(extractEvents(d, az).filter((e) => e.type === "CONSULT").length, 1);
});

// Sentences written for these tests (stop 36, sr) in the style of reports of attacks outside Ukraine and Gaza: one attack
// told in a headline, its lead and a dated line far below; a headline over datelines; an attack claimed by a group in a
// later sentence; and an attack's retellings chained through another word. Each is one event; the look-alikes (an attack
// recalled in a background paragraph, one dated weeks back, an answer by the side attacked) stay events of their own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import { dedupe } from "../src/extract/events/retellings.js";
import type { Draft } from "../src/extract/events/draft.js";

const assaults = (text: string, date = "2025-03-14") =>
  (annotate({ id: "t", text, document_date: date }).events ?? []).filter((e) => e.type === "ASSAULT");

// a headline telling the attack undated, a lead and two sentences of aftermath, then the attack told with its date
const HEADLINE = "Şimal sərhədində Hizbullah hücumu: 3 yaralı\n\n" +
  "Hizbullahın İsrailə hücumundan sonra sərhəd kəndlərində axtarış aparılır. Üç nəfər yaralanıb.\n" +
  "Yerli mənbələrin məlumatına görə, kəndlərdə elektrik kəsilib. Məktəblərdə dərslər dayandırılıb.\n";

test("an attack a headline tells, dated far below by a line naming just its sides, is one attack on that date", () => {
  const got = assaults(HEADLINE + "Hizbullah martın 12-də gecə İsrailin şimalını raketlərlə atəşə tutub.");
  assert.equal(got.length, 1);
  assert.equal(got[0].date, "2025-03-12");
  assert.ok(got[0].actors.includes("Hizbullah") && got[0].actors.includes("İsrail"));
});

test("the same sides' attack recalled in a background paragraph, or dated weeks back, is another attack", () => {
  const recalled = assaults(HEADLINE + "Xatırladaq ki, Hizbullah martın 12-də də İsrailin şimalını raketlərlə atəşə tutub.");
  assert.equal(recalled.length, 2);
  assert.deepEqual(recalled.map((e) => e.date).sort(), ["2025-03-12", "2025-03-14"]);
  const earlier = assaults(HEADLINE + "Hizbullah fevralın 2-də İsrailin şimalını raketlərlə atəşə tutub.");
  assert.equal(earlier.length, 2);
});

test("datelines between a headline and its lead leave the lead right under the headline", () => {
  const text = "Mosulda İraq ordusu və silahlılar arasında toqquşmalar davam edir\nDünya\n• 14 mart, 2025\n• 21:10\n" +
    "Mosulda İraq ordusu və silahlılar arasında toqquşmalar davam edir\n" +
    "Mosulda İraq ordusu və İŞİD döyüşçüləri arasında silahlı qarşıdurmalar davam edir.\nBildirilir ki, döyüşlərdə ölənlər var.";
  const got = assaults(text);
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("İraq") && got[0].actors.includes("İŞİD"));
});

test("an attack told again by its noun naming the group that made it is that attack, with the group a side", () => {
  const got = assaults("Pakistanın şimalında sərnişin avtobusuna silahlı hücum təşkil edilib. Hadisə zamanı avtobusda 40 nəfər olub. " +
    "Hücumu \"Dağ Azadlıq Cəbhəsi\" qruplaşması törədib.");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Pakistan") && got[0].actors.includes("Dağ Azadlıq Cəbhəsi"));
});

test("the side attacked named by the noun of an attack is its answer, another attack", () => {
  const got = assaults("İran Pakistana hücum edib. Sərhəddə üç nəfər ölüb. Pakistanın hücumu isə ertəsi gün olub.");
  assert.equal(got.length, 2);
});

test("a telling in the word of a retelling merged before is that act told again", () => {
  const base = { nominal: false, quoted: false, ownDate: false, clause: 0, setting: false, backReference: false, mode: "asserted",
    location: null, score: 1 };
  const draft = (o: Partial<Draft> & { stem: string; head: number; sentence: number }): Draft =>
    ({ ...base, type: "ASSAULT", actors: ["A", "B"], date: null, trigger: { start: o.head * 10, end: o.head * 10 + 5, text: o.stem }, ...o }) as Draft;
  // an attack dated, a rocket fired on its date (merged: the same act), then a rocket fired told undated: the rocket's word is
  // the attack's now
  const drafts = [
    draft({ stem: "hücum", head: 1, sentence: 0, date: "2025-12-04", ownDate: true, nominal: true }),
    draft({ stem: "raket", head: 5, sentence: 1, date: "2025-12-04" }),
    draft({ stem: "raket", head: 9, sentence: 3 }),
  ];
  assert.equal(dedupe(drafts, new Set(), new Map(), "2025-12-08").length, 1);
  // (a word no telling of the act had is another act still)
  const other = [...drafts.slice(0, 2), draft({ stem: "bomba", head: 9, sentence: 3 })];
  assert.equal(dedupe(other, new Set(), new Map(), "2025-12-08").length, 2);
});

test("of two heading lines, the lead's act is told by the nearer one: a meeting in a visit is no side of the visit", () => {
  const text = "Hakan Fidan Misirə səfər edib\nHakan Fidan səfər çərçivəsində Misir prezidenti Əbdülfəttah əs-Sisi ilə görüşlər keçirib\n" +
    "Türkiyənin xarici işlər naziri Hakan Fidan iki ölkə arasında ticarəti artırmaq məqsədilə Misirə səfər edib.\n" +
    "Hakan Fidan səfər çərçivəsində Misir prezidenti Əbdülfəttah əs-Sisi ilə görüşlər keçirib.";
  const consult = (annotate({ id: "t", text, document_date: "2025-05-10" }).events ?? []).filter((e) => e.type === "CONSULT");
  assert.equal(consult.length, 2);
  const visit = consult.find((e) => e.trigger.text.startsWith("səfər"));
  const meeting = consult.find((e) => e.trigger.text.startsWith("görüş"));
  assert.ok(visit && !visit.actors.includes("Əbdülfəttah əs-Sisi"));
  assert.ok(meeting && meeting.actors.includes("Əbdülfəttah əs-Sisi"));
});

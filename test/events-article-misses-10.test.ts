// Misses of two blind article sets (test/gold/blind10/, blind11/), on sentences written for these tests: tariffs named
// after the participle of their imposing, and a planned visit whose date is told later by another word for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) =>
  (annotate({ id: "t", text, document_date: "2025-04-20" }).events ?? []).map((e) => `${e.type}:${[...e.actors].sort().join("|")}:${e.date}:${e.mode}`);

test("tariffs named after the participle of their imposing are imposed by the agent", () => {
  assert.deepEqual(events("Norveç hökuməti tərəfindən tətbiq olunan ticarət rüsumları bazarları narahat edir."), ["SANCTION:Norveç:2025-04-20:asserted"]);
  // the object participle of the light verb was read before, and still is
  assert.deepEqual(events("Norveçin Fransaya tətbiq etdiyi rüsumlar bazarları narahat edir."), ["SANCTION:Fransa|Norveç:2025-04-20:asserted"]);
});

test("look-alikes: duties of a state's own, imposed by no side named, stay no event", () => {
  assert.deepEqual(events("Avtomobillərə tətbiq edilən gömrük rüsumları artırılıb."), []);
  assert.deepEqual(events("Ölkədə tətbiq olunan dövlət rüsumları artırılıb."), []);
});

test("a planned visit told undated, then its date by another verb for it, is one visit on that date", () => {
  // the state of the person told is no new side
  assert.deepEqual(events("Norveçin Baş naziri Con Smit Fransaya səfər edəcək. Qəzet Norveçin Baş nazirinin mayın 7-də Fransaya gələcəyini yazıb."),
    ["CONSULT:Con Smit|Fransa|Norveç:2025-05-07:future"]);
  assert.deepEqual(events("Norveçin Baş naziri Con Smit Fransaya səfər edəcək. Qəzet onun mayın 7-də Fransaya gələcəyini yazıb."),
    ["CONSULT:Con Smit|Fransa|Norveç:2025-05-07:future"]);
});

test("look-alikes: another visitor's dated visit, or a visit made, stays an act of its own", () => {
  assert.equal(events("Norveçin Baş naziri Con Smit Fransaya səfər edəcək. Qəzet Almaniyanın kanslerinin mayın 7-də Fransaya gələcəyini yazıb.").length, 2);
  // a visit made, then a coming one dated: two visits
  assert.equal(events("Norveçin Baş naziri Con Smit Fransaya səfər edib. O, mayın 7-də yenidən Fransaya gələcək.").length, 2);
});

test("people counted leaving a country are migration, no withdrawal", () => {
  assert.deepEqual(events("Ötən il daha 50 min insan Norveçi tərk edib."), []);
  assert.deepEqual(events("Bu il 20 min nəfər Norveçi tərk edib."), []);
});

test("look-alike: a side's own staff or forces leaving a country withdraw", () => {
  assert.deepEqual(events("Fransa səfirliyinin əməkdaşları Norveçi tərk edib.").map((e) => e.split(":")[0]), ["RETREAT"]);
  assert.deepEqual(events("Fransa hərbçiləri Maliyi tərk edib.").map((e) => e.split(":")[0]), ["RETREAT"]);
});

test("called in to a named body: an envoy is summoned, anyone else met", () => {
  assert.deepEqual(events("Fransanın Norveçdəki səfiri Norveç Xarici İşlər Nazirliyinə dəvət olunub."),
    ["ACCUSE:Fransa|Norveç|Norveç Xarici İşlər Nazirliyi:2025-04-20:asserted"]);
  assert.deepEqual(events("Amazon şirkətinin rəsmiləri Norveç Ticarət Nazirliyinə dəvət olunub."),
    ["CONSULT:Amazon|Norveç|Norveç Ticarət Nazirliyi:2025-04-20:asserted"]);
});

test("look-alikes: invited to an event, a place, or by no named body, is no act told", () => {
  assert.deepEqual(events("Con Smit foruma dəvət olunub."), []);
  assert.deepEqual(events("Con Smit Fransaya dəvət olunub."), []);
  assert.deepEqual(events("Con Smit Norveç Ticarət Nazirliyinin tədbirinə dəvət olunub."), []);
});

test("a date in a relative clause describing a party tells who it is, not when the act took place", () => {
  assert.deepEqual(events("2024-cü ilin iyun ayından etibarən satışa başlayan Amazon şirkətinin rəsmiləri Norveç Ticarət Nazirliyinə dəvət olunub."),
    ["CONSULT:Amazon|Norveç|Norveç Ticarət Nazirliyi:2025-04-20:asserted"]);
  assert.deepEqual(events("2019-cu ildə qurulan Amazon şirkəti ötən il Norveçlə saziş imzalayıb."), ["SUPPORT:Amazon|Norveç:2024:asserted"]);
});

test("look-alikes: a relative clause of the act's own noun, a place, or a common noun keeps its date", () => {
  assert.equal(events("Con Smit 11 mart 2025-ci ildə keçirilən Avropa İttifaqı Şurasının iclasından sonra Norveçi tənqid edib.")
    .find((e) => e.startsWith("CONSULT"))?.split(":")[2], "2025-03-11");
  assert.equal(events("Aprelin 12-də Norveçin nəzarətində olan Kəşmirdə terror aktı baş verib.")[0]?.split(":")[2], "2025-04-12");
  assert.equal(events("Con Smit mayın 7-də keçiriləcək sammitdə iştirak edəcək.")[0]?.split(":")[2], "2025-05-07");
});

test("a state's airspace let be used eases a restriction on the one it lets", () => {
  assert.deepEqual(events("Norveç Fransaya hava məkanından istifadəyə icazə verib."), ["CONCEDE:Fransa|Norveç:2025-04-20:asserted"]);
});

test("look-alikes: other uses permitted, or a domestic permission, are no concession", () => {
  assert.deepEqual(events("Norveç Fransaya hərbi bazalardan istifadəyə icazə verib."), []);
  assert.deepEqual(events("Norveçdə kazinoların fəaliyyətinə icazə verilir."), []);
});

test("a date between a noun and its verb is no word of the phrase", () => {
  assert.deepEqual(events("Norveç Hökumətlərarası Komissiyasının növbəti iclası 2025-ci il oktyabrın 1-də keçiriləcək."),
    ["CONSULT:Norveç|Norveç Hökumətlərarası Komissiyası:2025-10-01:future"]);
  assert.deepEqual(events("Norveçin Fransaya qarşı rüsumları avqustun 1-dən tətbiq ediləcək."), ["SANCTION:Fransa|Norveç:2025-08-01:future"]);
});

test("look-alikes: a noun in the dative past a date is another idiom (`başa çatıb` ended, not `baş verib` happened)", () => {
  // (the conflict itself is the war told in the background, undated: test/events-wars-w19.test.ts)
  assert.deepEqual(events("Norveç və Fransa arasında münaqişə iyunun 4-də atəşkəslə başa çatıb.").map((e) => e.split(":")[0]), ["ASSAULT", "RETREAT"]);
  assert.deepEqual(events("Norveç və Fransa arasında münaqişə atəşkəslə başa çatıb.").map((e) => e.split(":")[0]), ["ASSAULT", "RETREAT"]);
  // the bare noun of the idiom still makes it
  assert.deepEqual(events("Norveç və Fransa arasında toqquşmalar baş verib."), ["ASSAULT:Fransa|Norveç:2025-04-20:asserted"]);
});

// Invented sentences of world and regional politics (helper inv22d): the acts of a dated meeting's sides that its story goes
// on to tell are on the meeting's day, and a clause with no tense of its own (`… hazır olduğunu bildirib`, `X qeyd edib ki, Y …
// hazırdır`) is told in the tense of the verb reporting it. Each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-13") => annotate({ id: "t", text, document_date: date }).events ?? [];
const dated = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.date);

const lead = "Prezident İlham Əliyev iyunun 11-də Bakıda Macarıstanın Baş naziri Viktor Orbanla görüşüb. " +
  "Görüş Prezident Sarayında keçirilib. Görüşdən sonra tərəflər birgə bəyanat imzalayıblar. " +
  "Baş nazir mətbuata bildirib: \"Bu gün iki ölkə üçün əlamətdar gündür. Biz daha da yaxınlaşırıq\". ";
const thanks = "Öz növbəsində, Viktor Orban Azərbaycan tərəfinə səmimi qonaqpərvərliyə görə təşəkkür edib.";

test("an act of a dated meeting's sides its story goes on to tell is on the meeting's day", () => {
  // past the meeting's aftermath and a quotation (whose `daha` is the speaker's), the thanks are still the meeting's
  assert.deepEqual(dated(lead + thanks, "SUPPORT"), ["2025-06-11", "2025-06-11"]);
  // look-alike: a third side's reaction to the meeting is its own act, on the news's day
  assert.deepEqual(dated(lead + "Öz növbəsində, Avropa Komissiyası Viktor Orbanı bu səfərə görə sərt tənqid edib.", "ACCUSE"), ["2025-06-13"]);
  // look-alikes: a background paragraph or a date of another time between ends the story
  assert.deepEqual(dated(lead + "Xatırladaq ki, iki ölkə arasında strateji tərəfdaşlıq haqqında bəyannamə mövcuddur. " + thanks, "SUPPORT"),
    ["2025-06-11", "2025-06-13"]);
  assert.deepEqual(dated(lead + "Noyabrda isə Budapeştdə növbəti sammit keçiriləcək. " + thanks, "SUPPORT"), ["2025-06-11", "2025-06-13"]);
  // look-alike: what a document says (`Məktubda …`) is no act of the meeting's story
  assert.deepEqual(dated(lead + "Məktubda Viktor Orban Azərbaycan tərəfinə səmimi qonaqpərvərliyə görə təşəkkür edib.", "SUPPORT"),
    ["2025-06-11", "2025-06-13"]);
});

test("readiness reported by a past verb of saying is told in its tense (`X qeyd edib ki, Y … hazırdır`)", () => {
  const meeting = "Prezident İlham Əliyev iyunun 11-də Bakıda Macarıstanın Baş naziri Viktor Orbanla görüşüb. " +
    "Görüşdə enerji sahəsində əməkdaşlıq müzakirə olunub. Baş nazir mətbuata bildirib: \"Bu, bizim üçün çox vacib bir addımdır\". ";
  assert.deepEqual(dated(meeting + "Viktor Orban qeyd edib ki, Macarıstan Azərbaycanla enerji sahəsində əməkdaşlığı genişləndirməyə hazırdır.", "AGREE"),
    ["2025-06-11"]);
  // look-alikes: readiness stated with no verb of saying reporting it is the news's own, and an auxiliary after the clause
  // (`razılığa gələ bilməyiblər`) reports nothing: the act right after the meeting is another, on no date told
  assert.deepEqual(dated("Prezident İlham Əliyev iyunun 11-də Bakıda Macarıstanın Baş naziri Viktor Orbanla görüşüb. " +
    "Sanksiyalar məsələsində isə tərəflər razılığa gələ bilməyiblər.", "AGREE"), ["2025-06-13"]);
  assert.deepEqual(dated(meeting + "Macarıstan Azərbaycanla enerji sahəsində əməkdaşlığı genişləndirməyə hazırdır.", "AGREE"), ["2025-06-13"]);
});

test("what a document handed over at a meeting tells (`Məktubda X Y-i … dəvət edib`) is on no day of the meeting", () => {
  const reception = "Prezident İlham Əliyev iyunun 11-də Macarıstanın xarici işlər naziri Peter Siyyartonu qəbul edib. " +
    "Görüşdə enerji sahəsində əməkdaşlıq müzakirə olunub. Qonaq Baş nazir Viktor Orbanın məktubunu dövlətimizin başçısına təqdim edib. ";
  assert.deepEqual(dated(reception + "Məktubda Viktor Orban İlham Əliyevi Budapeştə dəvət edib.", "AGREE"), ["2025-06-13"]);
  // look-alike: an invitation made at the meeting itself is on its day
  assert.deepEqual(dated(reception + "Dövlətimizin başçısı Peter Siyyartonu Bakı Enerji Həftəsinə dəvət edib.", "AGREE"), ["2025-06-11"]);
});

// Articles of several sentences (invented, diplomacy): a sentence framed by the act just told goes on with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-08-26") => annotate({ id: "t", text, document_date: date }).events ?? [];
const told = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.date}:${e.trigger.text}`);

test("a talk told in a sentence framed by the meeting just told (`Görüşdə …`, `Söhbət zamanı …`) is that meeting", () => {
  const meeting = "Prezident İlham Əliyev iyunun 4-də Macarıstanın Baş naziri Viktor Orbanı qəbul edib. " +
    "Görüşdə Azərbaycan ilə Macarıstan arasında enerji sahəsində əməkdaşlıq müzakirə olunub.";
  assert.deepEqual(told(meeting, "2025-06-05"), ["CONSULT:2025-06-04:qəbul edib"]);
  const call = "Prezident İlham Əliyev aprelin 1-də Özbəkistan Prezidenti Şavkat Mirziyoyevlə telefonla danışıb. " +
    "Söhbət zamanı tərəflər OPEC+ çərçivəsində əməkdaşlığı müzakirə ediblər.";
  assert.deepEqual(told(call, "2025-04-02"), ["CONSULT:2025-04-01:danışıb"]);
});

test("another act told in a sentence framed by a talk is dated by that talk", () => {
  const text = "İsrailin Baş naziri Benyamin Netanyahu avqustun 25-də Prezident İlham Əliyevə zəng edib. " +
    "Telefon danışığında Netanyahu dövlət başçısını sammitin nəticələri münasibətilə təbrik edib.";
  assert.deepEqual(told(text), ["CONSULT:2025-08-25:zəng edib", "SUPPORT:2025-08-25:təbrik edib"]);
});

test("look-alikes: a meeting framed by a visit is its own act; an unframed later act keeps its own date", () => {
  // (within a visit, meetings are acts of their own, and a plan is not on the day the visit began)
  const visit = "Gürcüstanın Baş naziri İrakli Kobaxidze oktyabrın 1-də Bakıya işgüzar səfərə gəlib. " +
    "Səfər çərçivəsində Kobaxidze Prezident İlham Əliyevlə görüşəcək.";
  assert.deepEqual(events(visit, "2025-10-02").map((e) => `${e.type}:${e.mode}`), ["CONSULT:asserted", "CONSULT:future"]);
  // (no frame: a sentence opening with a name turns to another act, on the document's date)
  const unframed = "İsrailin Baş naziri Benyamin Netanyahu avqustun 25-də Prezident İlham Əliyevə zəng edib. " +
    "Netanyahu dövlət başçısını sammitin nəticələri münasibətilə təbrik edib.";
  assert.deepEqual(told(unframed), ["CONSULT:2025-08-25:zəng edib", "SUPPORT:2025-08-26:təbrik edib"]);
  // (a meeting opening its article in the locative is told, with nothing before it to go on with)
  assert.equal(events("Görüşdə Azərbaycan ilə Macarıstan arasında əməkdaşlıq müzakirə olunub.").length, 1);
});

test("a frame told further back than the sentences just before is still the act told (`Səfər çərçivəsində …`)", () => {
  const text = "Prezident İlham Əliyev iyunun 4-də Macarıstanın Baş naziri Viktor Orbanı qəbul edib. " +
    "Görüşdə enerji sahəsində əməkdaşlıq müzakirə olunub. Viktor Orban Azərbaycanı etibarlı tərəfdaş adlandırıb. " +
    "Orban ölkəsinin mövqeyini də açıqlayıb. Səfər çərçivəsində tərəflər arasında dörd sənəd imzalanıb.";
  // the visit is told once, and the documents are signed on its day
  assert.deepEqual(events(text, "2025-06-05").filter((e) => e.type === "CONSULT").map((e) => e.trigger.text), ["qəbul edib"]);
  assert.deepEqual(events(text, "2025-06-05").filter((e) => e.type === "SUPPORT" && e.trigger.text === "imzalanıb").map((e) => e.date), ["2025-06-04"]);
});

test("a pronoun after `X Y ilə görüşəcək` is X, the subject, not the partner the postposition names", () => {
  const text = "Prezident İlham Əliyev fevralın 13-də Almaniyaya gəlib. Ertəsi gün dövlət başçısı Almaniya Kansleri Fridrix Merts ilə görüşəcək. " +
    "Həmin gün o, konfransda çıxış edəcək.";
  assert.equal(events(text, "2025-02-14").find((e) => e.trigger.text === "çıxış edəcək")?.actors[0], "İlham Əliyev");
  // look-alike: the partner in the comitative case was never the subject either
  const inflected = text.replace("Fridrix Merts ilə", "Fridrix Mertslə");
  assert.equal(events(inflected, "2025-02-14").find((e) => e.trigger.text === "çıxış edəcək")?.actors[0], "İlham Əliyev");
});

test("a capitalised bare office is the person the article titled with it, where the office table knows no holder", () => {
  const text = "Pakistanın Baş naziri Şahbaz Şərif oktyabrın 29-da Azərbaycana dövlət səfərinə gəlib. " +
    "Baş nazir Azərbaycana 2 milyard dollar sərmayə yatırmağı vəd edib.";
  assert.equal(events(text, "2025-10-30").find((e) => e.type === "AGREE")?.actors[0], "Şahbaz Şərif");
  // look-alike: written small, a rule of law about any prime minister names no one
  const rule = "Litvanın Baş naziri Jonas Petraitis istefa verib. Qanuna əsasən, baş nazir istefa verdikdə, hökumət də istefa verməlidir.";
  const demand = events(rule, "2025-08-04").find((e) => e.trigger.text === "istefa verməlidir");
  assert.ok(!demand?.actors.includes("Jonas Petraitis"));
});

test("a role titling the first of two joined names leaves the second a side (`Prezident X və Y görüşüblər`)", () => {
  const sides = (text: string) => events(text, "2025-10-30").map((e) => [...e.actors].sort().join("|"));
  assert.deepEqual(sides("Prezident İlham Əliyev və Şahbaz Şərif görüşüblər."), ["İlham Əliyev|Şahbaz Şərif"]);
  // look-alike: the name a role titles is no partner of its own (one side talking in an interview meets no one)
  assert.deepEqual(sides("Azərbaycan Prezidenti İlham Əliyev Pekində telekanala müsahibəsində danışıb."), []);
});

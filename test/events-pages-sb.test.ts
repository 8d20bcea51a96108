// Sentences written for these tests (stop 33, sb) in the style of diplomacy news: delegations led by a person, meetings
// owned by a genitive before a titled partner, the home head of state after a foreign leader's name, words voiced against a
// side, a visit that could not happen, a finer date of the clause, a war prevented, and quotations whose speaker a frame, a
// converb's participle or a long label names. (`cavab` stays no document noun of the quote stage: `"…" cavabını verib` is
// speech, `Y-in fikirlərinə cavab olaraq` names whom it answers.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);
const speakers = (text: string, date?: string) => (doc(text, date).quotes ?? []).map((q) => q.speaker);

test("a delegation led by a person acts with that person first", () => {
  const a = of("Dekabrın 3-də Milli Məclisin sədri Nərmin Qasımlının başçılığı ilə parlament nümayəndə heyəti Macarıstana səfər edəcək.", "CONSULT");
  assert.equal(a.length, 1);
  assert.equal(a[0].actors[0], "Nərmin Qasımlı");
  assert.equal(a[0].mode, "future");
  const b = of("Nazir Elvin Quliyevin rəhbərlik etdiyi nümayəndə heyəti Gürcüstana səfər edib.", "CONSULT");
  assert.equal(b.length, 1);
  assert.equal(b[0].actors[0], "Elvin Quliyev");
  // a delegation led by a person and received by another: the host acts first
  const c = of("Prezident Elvin Quliyev Nərmin Qasımlının rəhbərlik etdiyi nümayəndə heyətini qəbul edib.", "CONSULT");
  assert.equal(c.length, 1);
  assert.equal(c[0].actors[0], "Elvin Quliyev");
  // a gathering merely chaired by a person is no delegation of theirs acting: the passive keeps its sides
  assert.ok(!of("Elvin Quliyevin rəhbərliyi ilə keçirilən iclasda Fransa tənqid edilib.", "ACCUSE").some((e) => e.actors[0] === "Elvin Quliyev"));
});

test("a meeting owned by a genitive before a partner titled by their own state's genitive has both sides", () => {
  const got = of("Martın 4-də Azərbaycan Respublikasının Prezidenti İlham Əliyevin Monqolustan Respublikasının Prezidenti Baatar Tsend ilə görüşü olub.", "CONSULT", "2025-03-04");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("İlham Əliyev"));
  assert.ok(got[0].actors.includes("Baatar Tsend"));
  // the partner's state's genitive is not the owner of the meeting
  assert.notEqual(got[0].actors[0], "Monqolustan");
});

test("`dövlətimizin başçısı` after a foreign leader's name is the home head of state", () => {
  const got = of("Monqolustan Prezidenti Baatar Tsend dövlətimizin başçısına təşəkkürünü bildirib.", "SUPPORT", "2025-03-04");
  assert.equal(got.length, 1);
  assert.equal(got[0].actors[0], "Baatar Tsend");
  assert.ok(got[0].actors.includes("İlham Əliyev"));
});

test("words voiced against a side are criticism; a vote against is no criticism", () => {
  const got = of("Nazirlik Belçika Baş nazirinin Brüsseldə Azərbaycan əleyhinə səsləndirdiyi fikirlərlə bağlı etiraz bildirib.", "REJECT");
  assert.deepEqual(got, []);
  assert.equal(of("Deputat Kanada parlamentində Azərbaycan əleyhinə sərt fikirlər səsləndirib.", "ACCUSE").length, 1);
  assert.deepEqual(of("Deputat Kanada parlamentində Azərbaycan əleyhinə sərt fikirlər səsləndirib.", "REJECT"), []);
  assert.deepEqual(of("Parlamentdə səsvermə keçirilib, 12 deputat əleyhinə səs verib.", "ACCUSE"), []);
});

test("a visit that could not happen, told in the pluperfect, is negated", () => {
  const got = of("Martın 2-də Monqolustan Prezidenti Baatar Tsend hava şəraitinə görə Bakıya gələ bilməmişdi.", "CONSULT", "2025-04-10");
  assert.equal(got.length, 1);
  assert.equal(got[0].mode, "negated");
  // the same visit told done stays asserted
  assert.equal(of("Martın 2-də Monqolustan Prezidenti Baatar Tsend Bakıya gəlib.", "CONSULT", "2025-04-10")[0]?.mode, "asserted");
});

test("a finer date of the act's clause wins over the year that holds it", () => {
  const got = of("Baatar Tsend bu il üçün Gürcüstana ən uzun səfəri isə fevralın 11-də olub.", "CONSULT", "2025-06-01");
  assert.equal(got.length, 1);
  assert.equal(got[0].date, "2025-02-11");
});

test("a war prevented or opposed is no war fought; one going on is", () => {
  assert.deepEqual(of("Sərhədin müəyyənləşdirilməsi Qırğızıstanla yeni müharibənin qarşısını ala bilər.", "ASSAULT"), []);
  assert.deepEqual(of("Tələbələr Tacikistanla müharibəyə qarşı çıxış ediblər.", "ASSAULT"), []);
  assert.equal(of("Sudanın Çada qarşı müharibəsi davam edir.", "ASSAULT").length, 1);
});

test("an outlet's frame passes the words on to the person whose comment holds them", () => {
  const text = "Xəbərlər.az-ın məlumatına görə, bu barədə XİN-in mətbuat xidmətinin rəhbəri Rauf Səmədovun Belçika nazirinin iddialarına dair şərhində bildirilib. Qeyd olunub ki, bu ritorika yolverilməzdir: “Nazir faktları açıq-aşkar təhrif edir.”";
  assert.deepEqual(speakers(text), ["Rauf Səmədov"]);
});

test("a saying converb before a subject participle speaks through the person that participle describes", () => {
  const text = "Ankara.az xəbər verir ki, görüş keçirilib. Qonağı “mənim əziz qardaşım” deyərək qarşılayan Monqolustan Prezidenti Baatar Tsend ona təşəkkür edib.";
  assert.deepEqual(speakers(text), ["Baatar Tsend"]);
});

test("a long label ending in a person's name before the colon names that person; an initial is the full name", () => {
  const text = "Sualı cavablandıran Baatar Tsend: “Biz buna hazırıq”, - deyə bildirib. Ulanbator.mn yazır ki, B.Tsend: “Danışıqlar davam edəcək” deyib. Monqolustan Prezidenti Baatar Tsend bundan əvvəl də belə demişdi.";
  assert.deepEqual(speakers(text), ["Baatar Tsend", "Baatar Tsend"]);
});

test("a community organised as a body is an organisation, and its statement's words are its own", () => {
  const text = "Ankara.az xəbər verir ki, bu barədə Cənubi Azərbaycan İcmasının Belçika nazirinə ünvanlanan bəyanatında bildirilib. “Bu açıqlamalar qəbul edilə bilməz”, - bəyanatda vurğulanıb.";
  const d = doc(text);
  assert.ok(d.entities.some((e) => e.type === "ORG" && e.name === "Cənubi Azərbaycan İcması"));
  assert.deepEqual(speakers(text), ["Cənubi Azərbaycan İcması"]);
});

test("a speaker's own present on the day it names is done as said, no schedule", () => {
  const got = of("Ankara.az xəbər verir ki, bu barədə XİN-in sözçüsü Rauf Səmədov bəyan edib. 3 mart 2025-ci il tarixində Belçika nazirinin Azərbaycana qarşı səsləndirdiyi iddiaları qətiyyətlə rədd edirik.", "REJECT", "2025-03-03");
  assert.equal(got.length, 1);
  assert.equal(got[0].mode, "asserted");
});

// Invented paraphrases of studied article events (helper para31a, ../src/lang/az/events/para-p31a.ts, the
// frame rule of ../src/extract/events/retellings.ts and the name splits of ../src/extract/entities/): the same
// acts told another way a news writer would, each with a look-alike that stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import { pipelineEvents as events, eventTypes as types, hasEvent as has, noEvent } from "./helpers-events.js";

const people = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).entities ?? []).map((e) => e.name);

test("a bare gathering noun opening the sentence with no act told before: the later act of its type in the sentence is the one read", () => {
  const a = events("Səfər zamanı Hakan Fidan Bədr Əbdüləti ilə görüşüb.");
  assert.equal(a.length, 1, JSON.stringify(a));
  assert.equal(a[0].trigger.text, "görüşüb");
  assert.ok(a[0].actors.includes("Hakan Fidan") && a[0].actors.includes("Bədr Əbdülət"));
  const b = events("Görüşdə Lavrov və Fidan Suriyadakı vəziyyəti müzakirə ediblər.");
  assert.equal(b.length, 1, JSON.stringify(b));
  assert.match(b[0].trigger.text, /müzakirə/);
  const c = events("Səfər çərçivəsində Viktor Orban Prezident İlham Əliyevlə görüşəcək.");
  assert.ok(c.length === 1 && c[0].trigger.text === "görüşəcək" && c[0].mode === "future", JSON.stringify(c));
  // after a lead that told the act, the frame still hands its sides to the talks it frames
  const d = events("Türkmənistan Prezidenti Serdar Berdiməhəmmədov Bakıya səfər edəcək. Səfər zamanı ikitərəfli əlaqələr müzakirə olunacaq.");
  assert.ok(d.some((e) => e.trigger.text === "müzakirə olunacaq" && e.actors.includes("Serdar Berdiməhəmmədov")), JSON.stringify(d));
});

test("a gathering with its partner or owner told before the frame is an act of its own", () => {
  const a = events("Ərdoğanla görüşdən sonra Əliyev bəyanat verib.");
  assert.ok(a.some((e) => e.type === "CONSULT" && e.actors.includes("Əliyev") && e.actors.includes("Ərdoğan")), JSON.stringify(a));
  const b = events("Prezident İlham Əliyevin Pakistana dövlət səfəri başa çatıb.");
  assert.ok(b.some((e) => e.type === "CONSULT" && e.actors.includes("Pakistan")), JSON.stringify(b));
});

test("a known person's surname after a title is no given name: two people, the second the object", () => {
  const n = people("Prezident Əliyev Tokayevi təbrik edib.");
  assert.ok(n.includes("Əliyev") && n.includes("Tokayev") && !n.some((x) => x.includes(" ")), JSON.stringify(n));
  assert.ok(has("Prezident Əliyev Tokayevlə görüşüb.", "CONSULT", "Tokayev"));
  // a given name before a surname after a title stays one name
  assert.ok(people("Nazir Sahil Babayev Bakıda çıxış edib.").includes("Sahil Babayev"));
});

test("a state in the genitive after a known person's surname owns the next noun: no part of the name", () => {
  const text = "Türkiyənin xarici işlər naziri Hakan Fidan Qahirəyə gəlib. Nazir Fidan Misirin xarici işlər naziri ilə görüşüb.";
  const n = people(text);
  assert.ok(n.includes("Misir") && !n.includes("Fidan Misir"), JSON.stringify(n));
  assert.ok(events(text).some((e) => e.type === "CONSULT" && e.actors.includes("Hakan Fidan") && e.actors.includes("Misir")));
});

test("relief goods sent to a state are AID (`ərzaq göndərib`, `dərman yola salıb`); goods exported or sent to no side are none", () => {
  assert.ok(has("Səudiyyə Ərəbistanı Suriyaya 10 ton ərzaq göndərib.", "AID", "Suriya"));
  assert.ok(has("Azərbaycan Livana dərman və çadır yola salıb.", "AID", "Livan"));
  assert.ok(has("Türkiyə Qəzzaya ərzaq çatdırıb.", "AID", "Türkiyə"));
  assert.ok(!types("Azərbaycan Rusiyaya 10 min ton ərzaq ixrac edib.").includes("AID"));
  assert.ok(!types("Şirkət Gürcüstana müqavilə əsasında dərman göndərib.").includes("AID"));
  noEvent("Rayonlara ərzaq göndərilib.");
});

test("an aid package approved for a side is AID; a programme of one's own approved is none", () => {
  assert.ok(has("Norveç Ukraynaya hərbi yardım paketini təsdiqləyib.", "AID", "Ukrayna"));
  assert.ok(has("Almaniya Ukraynaya 500 milyon avroluq yardımı təsdiqləyib.", "AID", "Almaniya"));
  noEvent("Hökumət yeni sosial yardım proqramını təsdiqləyib.");
});

test("cooperation with a side carried on is COOPERATE (`əməkdaşlığı davam etdirəcək`); a bank's with its clients is none", () => {
  const ev = events("Türkiyə Misirlə əməkdaşlığı davam etdirəcək.");
  assert.ok(ev.some((e) => e.type === "COOPERATE" && e.mode === "future" && e.actors.includes("Türkiyə") && e.actors.includes("Misir")), JSON.stringify(ev));
  noEvent("Bank müştərilərlə əməkdaşlığı davam etdirəcək.");
});

test("`iki ölkə arasında` after a state named only by its leader's office: that state is one of the two", () => {
  const ev = events("Qazaxıstan Prezidenti Bakıya gəlib. İki ölkə arasında sənədlər imzalanıb.");
  const s = ev.find((e) => e.type === "SUPPORT");
  assert.ok(s && s.actors.includes("Qazaxıstan") && s.actors.includes("Azərbaycan"), JSON.stringify(ev));
  // two states named outright stay the two, whoever speaks after them
  const t = events("Tailand və Kamboca arasında atəşkəs elan olunub. Malayziyanın Baş naziri bunu bildirib. İki ölkə arasında toqquşmalar dayanıb.");
  assert.ok(!t.some((e) => e.actors.includes("Malayziya") && e.type !== "CONSULT"), JSON.stringify(t));
});

test("consultations as the aim of a recall are not held (`səfirini məsləhətləşmələr üçün geri çağırıb`)", () => {
  const ev = events("Azərbaycan Fransadakı səfirini məsləhətləşmələr üçün geri çağırıb.");
  assert.ok(!ev.some((e) => e.type === "CONSULT") && ev.some((e) => e.type === "SANCTION"), JSON.stringify(ev));
  assert.ok(has("Rusiya və Çin arasında məsləhətləşmələr keçirilib.", "CONSULT", "Çin"));
});

test("counter-tariffs are SANCTION (`əks-rüsumlar tətbiq edib`); a joint project launched is COOPERATE, a plant's launch none", () => {
  const ev = events("Kanada ABŞ polad məhsullarına əks-rüsumlar tətbiq edib.");
  assert.ok(ev.some((e) => e.type === "SANCTION" && e.actors.includes("Kanada") && e.actors.includes("ABŞ")), JSON.stringify(ev));
  assert.ok(has("ABB və Mastercard yeni birgə layihəyə start veriblər.", "COOPERATE", "Mastercard"));
  noEvent("Zavodda avtomobil istehsalına start verilib.");
  noEvent("Bank yeni kampaniyaya start verib.");
});

test("goods imported from a state, told as a participle of the goods a tariff falls on, are no trade event", () => {
  const ev = events("Çin ABŞ-dan idxal edilən soya pərakəndəsinə 10 faiz əlavə rüsum tətbiq edib.");
  assert.ok(!ev.some((e) => e.type === "COOPERATE") && ev.some((e) => e.type === "SANCTION"), JSON.stringify(ev));
  assert.ok(has("Azərbaycan Qazaxıstandan taxıl idxal edib.", "COOPERATE", "Qazaxıstan"));
});

test("an act told as the reason of criticism (`Y-i Z-i dəstəklədiyinə görə tənqid edib`) is done by the one criticised", () => {
  for (const text of ["Rusiya Ermənistanı Türkiyəni dəstəklədiyinə görə tənqid edib.", "Rusiya Türkiyəni dəstəklədiyinə görə Ermənistanı tənqid edib."]) {
    const ev = events(text);
    const acc = ev.find((e) => e.type === "ACCUSE"), sup = ev.find((e) => e.type === "SUPPORT");
    assert.ok(acc && acc.actors[0] === "Rusiya" && acc.actors.includes("Ermənistan") && !acc.actors.includes("Türkiyə"), `${text} ${JSON.stringify(ev)}`);
    assert.ok(sup && sup.actors[0] === "Ermənistan" && sup.actors.includes("Türkiyə") && !sup.actors.includes("Rusiya"), `${text} ${JSON.stringify(ev)}`);
  }
  // with no one acted on named, the reason keeps the reading it had
  const ev = events("Rusiyanı dəstəklədiyinə görə Aİ Belarusa qarşı sanksiyalar tətbiq edib.");
  assert.ok(ev.some((e) => e.type === "SANCTION" && e.actors.includes("Aİ") && e.actors.includes("Belarus")), JSON.stringify(ev));
});

test("a sentence opening with claims of no one named (`İddialara görə, …`) reports its act; `Məlumata görə` asserts it", () => {
  const a = events("İddialara görə, Rusiya Ukraynaya hücum edib.");
  assert.ok(a.some((e) => e.type === "ASSAULT" && e.mode === "reported"), JSON.stringify(a));
  const b = events("Məlumata görə, Rusiya Ukraynaya hücum edib.");
  assert.ok(b.some((e) => e.type === "ASSAULT" && e.mode === "asserted"), JSON.stringify(b));
});

test("the outlet of `X-in yazdığına görə` and of `\"X\"in məlumatına görə` is the source, no side", () => {
  const a = events("Reuters agentliyinin yazdığına görə, Çin və Hindistan sərhəd məsələsi üzrə razılığa gəlib.");
  assert.ok(a.some((e) => e.type === "AGREE" && e.mode === "reported" && !e.actors.includes("Reuters") && e.actors.includes("Çin")), JSON.stringify(a));
  const b = events('"Bloomberg"in məlumatına görə, Çin və Hindistan sərhəd məsələsi üzrə razılığa gəlib.');
  assert.ok(b.some((e) => e.type === "AGREE" && !e.actors.includes("Bloomberg") && e.actors.includes("Hindistan")), JSON.stringify(b));
});

test("a personal pronoun as the object of its sentence's subject names the other person of the sentence", () => {
  const a = events("Paşinyanın Moskvaya səfəri zamanı Putin onu Kremldə qəbul edib.");
  assert.ok(a.some((e) => e.trigger.text === "qəbul edib" && e.actors.includes("Putin") && e.actors.includes("Paşinyan")), JSON.stringify(a));
  const b = events("Putinlə telefonla danışan Ərdoğan ona atəşkəs təklif edib.");
  assert.ok(b.some((e) => e.trigger.text === "təklif edib" && e.actors.includes("Ərdoğan") && e.actors.includes("Putin")), JSON.stringify(b));
  // in a clause of speech the pronoun may be the speaker, named before the subject
  const c = events("Ərdoğan bildirib ki, Putin onu Soçiyə dəvət edib.");
  assert.ok(c.some((e) => e.actors.includes("Putin") && e.actors.includes("Ərdoğan")), JSON.stringify(c));
});

// Sentences written for these tests (stop 33, helper sa) in the style of war and security news: military support given, a
// group named by the side that backs it, prisoners exchanged by their genitive, army and attack operations, antiterror
// measures launched, an operation launched against a side, blame by responsibility borne, a street or a station named
// after a day, and quotations passed on by an outlet (a quoted body's statement, a document owner after a frame, `bunu X
// deyib` after a citing lead line).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);
const speakers = (text: string, date?: string) => (doc(text, date).quotes ?? []).map((q) => q.speaker);

test("military support given to a side is military aid; support of any other kind stays support", () => {
  const text = "Məlum olub ki, Belarus Venesuelaya hərbi dəstək verib.";
  assert.deepEqual(of(text, "AID"), [["Belarus", "Venesuela"]]);
  assert.deepEqual(of(text, "SUPPORT"), []);
  // (support with no `hərbi` before it stays SUPPORT)
  assert.deepEqual(of("Qazaxıstan Qırğızıstana dəstək verib.", "AID"), []);
  assert.equal(of("Qazaxıstan Qırğızıstana dəstək verib.", "SUPPORT").length, 1);
});

test("a group named by the side that backs it tells no act of support", () => {
  assert.deepEqual(of("Çinin dəstəklədiyi qruplaşma şəhərin mərkəzinə daxil olub.", "SUPPORT"), []);
  assert.deepEqual(of("Malidə Fransanın dəstəklədiyi hökumət qüvvələri ilə üsyançılar arasında döyüşlər gedir.", "SUPPORT"), []);
  // support told by a finite verb or a complement clause stays an act
  assert.equal(of("Qazaxıstan Qırğızıstanın təşəbbüsünü dəstəklədi.", "SUPPORT").length, 1);
  assert.equal(of("Qazaxıstan Qırğızıstanın mövqeyini dəstəklədiyini bildirib.", "SUPPORT").length, 1);
});

test("soldiers or personnel exchanged, told by the genitive, are a release; views or experience exchanged are none", () => {
  const got = of("Prezident Sudanın Çadla hərbi heyətin mübadiləsini elan edib.", "RETREAT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Çad"));
  assert.deepEqual(of("Qazaxıstan və Özbəkistan hərbçiləri arasında təcrübə mübadiləsi aparılıb.", "RETREAT"), []);
  assert.deepEqual(of("Nazirlər hərbçilərin hazırlığı ilə bağlı fikir mübadiləsi aparıblar.", "RETREAT"), []);
});

test("an army's or an attack operation carried out or begun is an act of force; a police or a surgeon's is not", () => {
  assert.equal(of("Sudan ordusu Darfurda hücum əməliyyatı keçirib.", "ASSAULT").length, 1);
  assert.equal(of("Mali silahlı qüvvələri ölkənin şimalında əməliyyata başlayıb.", "ASSAULT").length, 1);
  assert.equal(of("Niger ordusu quru əməliyyatına start verib.", "ASSAULT").length, 1);
  assert.deepEqual(of("Polis Gəncədə narkotik satıcılarına qarşı əməliyyat keçirib.", "ASSAULT"), []);
  assert.deepEqual(of("Həkimlər xəstəyə təcili əməliyyat keçiriblər.", "ASSAULT"), []);
  assert.deepEqual(of("Bank yeni kredit əməliyyatlarına start verib.", "ASSAULT"), []);
});

test("antiterror measures launched are an act of force; measures of a festival are none", () => {
  const got = of("Tacikistan ordusu martın 3-də antiterror tədbirlərinə start verib.", "ASSAULT", "2025-03-10");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Tacikistan"));
  assert.deepEqual(of("Şəkidə bayram tədbirlərinə start verilib.", "ASSAULT"), []);
});

test("an operation launched against a side, told by the participle of its launching, is that act", () => {
  const got = events("Üsyançıların noyabrın 2-də Mali hökumətinə qarşı başlatdığı əməliyyat davam edir.", "2025-11-20").filter((e) => e.type === "ASSAULT");
  assert.equal(got.length, 1);
  assert.equal(got[0].date, "2025-11-02");
  // (an operation launched against no side named is none)
  assert.deepEqual(of("Bankın başlatdığı əməliyyat davam edir.", "ASSAULT"), []);
});

test("a side said to bear the responsibility for acts is blamed; liability in law or a duty blames no one", () => {
  assert.deepEqual(of("Bəyanatda bildirilir ki, Venesuela bu təxribata görə tam məsuliyyət daşıyır.", "ACCUSE"), [["Venesuela"]]);
  assert.deepEqual(of("Şirkət müştərilər qarşısında məsuliyyət daşıyır.", "ACCUSE"), []);
  assert.deepEqual(of("Qaydanı pozduğuna görə sürücü inzibati məsuliyyət daşıyır.", "ACCUSE"), []);
});

test("a day and a month naming a street or a station are no date", () => {
  const d = doc("Polis 28 May küçəsində iki nəfəri saxlayıb. \"20 Yanvar\" metrostansiyasında qəza olub.", "2025-11-20");
  assert.deepEqual(d.timexes.map((x) => x.text), []);
  // a date before a place's noun in a date's own shape stays
  const e = doc("Mayın 28-də park açılıb. Görüş 28 mayda keçiriləcək.", "2025-11-20");
  assert.deepEqual(e.timexes.map((x) => x.text), ["Mayın 28-də", "28 mayda"]);
});

test("a quoted body named before its statement speaks the statement's words, not the outlet", () => {
  const text = "Xeber.az xəbər verir ki, “HƏMAS”ın yazılı açıqlamasında deyilir ki, yayılan xəbərlər həqiqəti əks etdirmir.\n\n" +
    "“Bildirmək istərdik ki, bəzi saytlarda yayılan xəbərlər tamamilə yalandır”, - deyə bəyanatda bildirilir.";
  assert.deepEqual(speakers(text), ["HƏMAS"]);
});

test("an outlet's frame passes on the document of an owner named after it", () => {
  const text = "\"Xeber\"in məlumatına görə, bu barədə ATƏT-in bəyanatında deyilir.\n\n" +
    "\"Missiya öz işini davam etdirəcək. Tərəflərin hamısı ilə əlaqə saxlayırıq\", - sənəddə deyilir.";
  assert.deepEqual(speakers(text), ["ATƏT"]);
});

test("`bunu X deyib` after a lead line citing another source gives the words to X", () => {
  const text = "“Venesuela Kolumbiyanı sərhəddə təxribat etməkdə günahlandırır. Bu yalandır”.\n\n" +
    "“Xeber” BMT-nin rəsmi saytına istinadən xəbər verir ki, bunu təşkilatın Baş katibi Antonio Quterreş deyib.";
  assert.deepEqual(speakers(text), ["Antonio Quterreş"]);
});

test("a killing told by a participle right after the attack it came of is that attack", () => {
  const got = of("Sudanın hücumunda öldürülən Ahmed Musanın dəfn mərasimi keçirilib.", "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Sudan"));
  // a killing told alone stays an act
  assert.equal(of("Sudan ordusu Ahmed Musanı öldürüb.", "ASSAULT").length, 1);
});

// Names inside a participle (relative) clause before the trigger are the participle's arguments, no sides of the main
// verb (round a22), on sentences written for these tests: `X-dən Y-yə … gətirən şəxs Z-də saxlanılıb` is Z's arrest only.
// Each change with a look-alike that must keep its sides: the main clause's subject before the clause, a clause of being
// (`X-in nəzarətində olan`), the owner of the described noun, the origin of a delegation, the sides of `X və Y arasında`,
// the owner of an office, a name farther than the clause reaches.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const actorsOf = (text: string, type: string, trigger?: string) => {
  const ev = events(text).filter((e) => e.type === type && (!trigger || e.trigger.text.includes(trigger)));
  assert.equal(ev.length, 1, JSON.stringify(events(text).map((e) => [e.type, e.actors, e.trigger.text])));
  return [...ev[0].actors].sort();
};

test("names of a subject participle's clause before the trigger are no sides of the main verb", () => {
  assert.deepEqual(actorsOf("Rusiyadan Bakıya narkotik gətirən şəxs Gürcüstanda saxlanılıb.", "COERCE"), ["Gürcüstan"]);
  assert.deepEqual(actorsOf("Fransaya gedən jurnalist Almaniyada saxlanılıb.", "COERCE"), ["Almaniya"]);
  assert.deepEqual(actorsOf("Ukrayna ilə işləmiş keçmiş məmur Rusiyada həbs olunub.", "COERCE"), ["Rusiya"]);
  assert.deepEqual(actorsOf("Türkiyənin sifarişi ilə hazırlanan gəmi Gürcüstanda saxlanılıb.", "COERCE"), ["Gürcüstan"]);
  assert.deepEqual(actorsOf("Polşaya qaçmağa çalışan şəxs Litvada saxlanılıb.", "COERCE"), ["Litva"]);
  assert.deepEqual(actorsOf("Rusiya ilə əməkdaşlıq edən Çin şirkəti ABŞ-da cərimələnib.", "COERCE"), ["ABŞ", "Çin"]);
  // (an act with no side of its own takes none from the clause: the protest is the country's where it is held)
  assert.deepEqual(actorsOf("Ermənistandan qayıdan fəallar Gürcüstanda etiraz aksiyası keçiriblər.", "PROTEST"), ["Gürcüstan"]);
});

test("look-alike: the main clause's subject before the clause, and the name the clause describes, stay sides", () => {
  assert.deepEqual(actorsOf("Tramp Moskvaya səfər edən Vitkoffla görüşüb.", "CONSULT", "görüşüb"), ["Tramp", "Vitkoff"]);
  assert.deepEqual(actorsOf("Ukraynaya silah göndərən Almaniya Rusiyanı ittiham edib.", "ACCUSE"), ["Almaniya", "Rusiya"]);
  assert.deepEqual(actorsOf("Rusiya Gürcüstandan qaçanları həbs edib.", "COERCE"), ["Rusiya"]);
});

test("look-alike: a clause of being, a delegation's origin and the owner of the described noun keep their names", () => {
  assert.deepEqual(actorsOf("Ukraynanın nəzarətində olan ərazilərə Rusiya hücum edib.", "ASSAULT"), ["Rusiya", "Ukrayna"]);
  assert.deepEqual(actorsOf("Fransadan gələn nümayəndə heyəti Əliyevlə görüşüb.", "CONSULT"), ["Fransa", "Əliyev"]);
  assert.deepEqual(actorsOf("Oman Fransa hökumətinin verdiyi qərarı yüksək qiymətləndirib.", "SUPPORT"), ["Fransa", "Oman"]);
  assert.deepEqual(actorsOf("İranlı nazir Fransa və Almaniya arasında sülhə doğru atılan addımı alqışlayıb.", "SUPPORT"), ["Almaniya", "Fransa"]);
  assert.deepEqual(actorsOf("Görüşdə Qazaxıstan Energetika Nazirliyinin rəhbəri vəzifəsini icra edən Con Smit protokolu imzalayıb.", "SUPPORT"),
    ["Con Smit", "Qazaxıstan", "Qazaxıstan Energetika Nazirliyi"]);
});

test("a subject participle in the plural is the noun itself: its clause's names are its own", () => {
  assert.deepEqual(actorsOf("Rusiyadan Bakıya narkotik gətirənlər Gürcüstanda saxlanılıb.", "COERCE"), ["Gürcüstan"]);
  assert.deepEqual(actorsOf("Türkiyə bayrağını yandıranlar Fransada həbs olunub.", "COERCE"), ["Fransa"]);
});

test("look-alike: a participle opening a time expression is no clause (`gələn həftə`, `ötən il`)", () => {
  assert.deepEqual(actorsOf("Ərdoğan Rusiyaya gələn həftə səfər edəcək.", "CONSULT"), ["Rusiya", "Ərdoğan"]);
  assert.deepEqual(actorsOf("Con Smit şirkəti ötən il Norveçlə saziş imzalayıb.", "SUPPORT"), ["Con Smit", "Norveç"]);
});

test("look-alike: a name farther than the clause reaches is the main verb's", () => {
  assert.deepEqual(actorsOf("Prezident Con Smit Senatın sədri Mayk Consona ildə ən azı iki milyon dollar qazananlar üçün vergi artımını təklif edib.", "AGREE"),
    ["Con Smit", "Mayk Conson"]);
});

test("an object participle's clause keeps its names too; its subject in the genitive stays", () => {
  assert.deepEqual(actorsOf("İrana getdiyi üçün jurnalist Türkiyədə saxlanılıb.", "COERCE"), ["Türkiyə"]);
  assert.deepEqual(actorsOf("Fransanın Ermənistana verdiyi silahları Azərbaycan pisləyib.", "ACCUSE"), ["Azərbaycan", "Fransa"]);
});

test("a participle trigger takes no main clause's name past a common noun as the noun it describes", () => {
  assert.ok(!events("Bakıya səfər edən nazir Türkiyə ilə saziş imzalayıb.").some((e) => e.type === "CONSULT" && e.actors.includes("Türkiyə")));
  assert.ok(!actorsOf("Rusiyanın həbs etdiyi jurnalisti Fransa azad edib.", "COERCE", "etdiyi").includes("Fransa"));
});

test("look-alike: a name right after the participle, or a person its title names, is the noun described", () => {
  assert.ok(actorsOf("Bakıya gələn Türkiyə Prezidenti Ərdoğan Əliyevlə görüşüb.", "CONSULT", "gələn").includes("Ərdoğan"));
  assert.deepEqual(actorsOf("Rusiyanın həbs etdiyi Con Smit azad edilib.", "COERCE", "etdiyi"), ["Con Smit", "Rusiya"]);
});

test("a name before a passive participle is no word of its clause: the main clause's subject", () => {
  assert.ok(actorsOf("Fransa tərəfi saxlanılan Con Smitin dərhal azad edilməsini tələb edib.", "REQUEST").includes("Fransa"));
});

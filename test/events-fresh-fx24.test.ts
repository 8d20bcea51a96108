// The errors of two blind sets held for a day (`test/gold/blind17/`, domestic and business news; `test/gold/headlines13/`,
// crime and society headlines), on sentences written for these tests (helper fx24): a murder told in the passive in a
// country is no act of that state (an execution is); `çağırmaq` with nothing one is called to summons, no demand; a
// subject participle before a noun of time names a time, no act; a list of quoted titles, an interviewer's question
// (`– sualına`) and words imagined (`sanki deyir:`) are no quotations; an arrest told as the description of the person a
// later verb of the sentence sentences is no second event; a pull-quote paragraph takes the label opening the next one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-10-14") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const kinds = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.actors.join("|")}:${e.mode}`);
const quotes = (text: string) => (doc(text).quotes ?? []).map((q) => `${q.speaker}:${q.text.slice(0, 12)}`);

test("a murder told in the passive in a country names no state as its doer", () => {
  assert.deepEqual(events("20 yaşlı gürcüstanlı Türkiyədə qətlə yetirildi"), []);
  assert.deepEqual(events("Almaniyada iki tələbə öldürülüb"), []);
  // look-alikes: an execution there is the state's; a killer named stays the killer's act
  assert.deepEqual(kinds("Səudiyyə Ərəbistanında üç nəfər edam edilib").map((k) => k.split(":").slice(0, 2).join(":")), ["ASSAULT:Səudiyyə Ərəbistanı"]);
  assert.deepEqual(kinds("Fransada həbs olunmuş Mişel Dübua tanınıb").filter((k) => k.startsWith("ASSAULT")), []);
});

test("`çağırmaq` with nothing one is called to summons, no demand", () => {
  assert.deepEqual(events("Nazir Kamran Əlizadə müavinlərini çağırdı və onlara yeni tapşırıqlar verdi."), []);
  assert.deepEqual(events("Kamran Əlizadə o gün bizi çağırdı."), []);
  // look-alike: called to an act in the dative is a call on them
  assert.deepEqual(kinds("Kamran Əlizadə Fransanı danışıqlara qayıtmağa çağırıb").map((k) => k.split(":")[0]), ["REQUEST"]);
  assert.deepEqual(kinds("Kamran Əlizadə Fransanı dialoqa çağırdı").map((k) => k.split(":")[0]), ["REQUEST"]);
});

test("a subject participle before a noun of time names that time, no act", () => {
  assert.deepEqual(events("Müharibə başlayan il Türkiyədə 5 milyon ton taxıl yığılmışdı."), []);
  assert.deepEqual(events("Danışıqlar başlayan gün İranda bazarlar bağlı idi."), []);
  // look-alike: the war begun, told by its finite verb with its sides, stays
  assert.deepEqual(kinds("Rusiya Ukraynaya qarşı müharibəyə başlayıb").map((k) => k.split(":")[0]), ["ASSAULT"]);
});

test("a list of quoted titles, an interviewer's question and words imagined are no quotations", () => {
  const list = "Müəllif Rəşid Quliyev bildirib ki, toplu üç bölmədən ibarətdir: “Dəniz küləyi və sahil kəndləri”, “Ustaların əl işləri və sənətləri”, “Köhnə bazarların səsləri (sənədlər)” və digər bölmələrdə kəndlərin tarixi anlatılır.";
  assert.deepEqual(quotes(list), []);
  const asked = "Fabrikin rəhbəri Rəşid Quliyev işin genişləndiyini deyir. “Bəs yeni məhsullara xaricdə maraq nə yerdədir?”, – sualına gəldikdə, direktor bazarların araşdırıldığını bildirir.";
  assert.deepEqual(quotes(asked), []);
  const imagined = "Rəşid Quliyev yeni romanı təqdim edib. Bu roman gənclərə müraciətdir, sanki deyir: “Ey oxucu, sən keçmişini unutma və dədə-babanın yolunu davam etdir”! Müəllif romanı iki ilə yazıb.";
  assert.deepEqual(quotes(imagined), []);
  // look-alikes: a speaker's own words after a colon and one quoted item before a dash stay quotations
  assert.deepEqual(quotes("Rəşid Quliyev bildirib: “Biz gələn il yeni fabrikdə ən azı iki yüz işçiyə iş yeri açacağıq”."), ["Rəşid Quliyev:Biz gələn il"]);
  assert.deepEqual(quotes("“Bu il ixracı iki dəfə artırmağı planlaşdırırıq”, – deyə Rəşid Quliyev bildirib."), ["Rəşid Quliyev:Bu il ixracı"]);
  assert.deepEqual(quotes("“Bazarda maraq çox yüksəkdir, sifarişlər də artır”, – direktor Rəşid Quliyev suala cavab olaraq bildirib."), ["Rəşid Quliyev:Bazarda mara"]);
});

test("an arrest told as the description of the one a later verb sentences is no event of its own", () => {
  assert.deepEqual(kinds("DTX-nin həbs etdiyi Samir Quliyevə hökm oxunub").map((k) => k.split(":")[0]), ["COERCE"]);
  assert.deepEqual(events("DTX-nin həbs etdiyi Samir Quliyevə hökm oxunub").map((e) => e.trigger.text), ["hökm oxunub"]);
  // look-alikes: a release of the one arrested keeps both acts; an arrest told by its finite verb stays
  assert.deepEqual(kinds("DTX-nin həbs etdiyi Samir Quliyev azadlığa buraxılıb").map((k) => k.split(":")[0]), ["COERCE", "RETREAT"]);
  assert.deepEqual(kinds("Polis Samir Quliyevi həbs edib").map((k) => k.split(":")[0]), ["COERCE"]);
});

test("a quotation filling its paragraph takes the speaker of the label opening the next paragraph", () => {
  const pulled = "Bu kitab tarix haqqındadır. Müəllif çox yazıb.\n\n“Biz tariximizi yazmasaq, onu başqaları bizim yerimizə yazacaq və təhrif edəcək”\n\nProfessor Rəşid Quliyev: Bu toplu uzun illərin axtarışlarının nəticəsidir.";
  assert.deepEqual(quotes(pulled), ["Rəşid Quliyev:Biz tariximi"]);
  // look-alike: a label with its own quotation after it is the next speaker's; the paragraph goes on with the one before
  const next = "Nazir Elçin Məmmədov tədbirdə çıxış edib.\n\n“Biz tariximizi yazmasaq, onu başqaları bizim yerimizə yazacaq və təhrif edəcək”\n\nProfessor Rəşid Quliyev: “Bu toplu uzun illərin axtarışlarının nəticəsidir və çox dəyərlidir”.";
  assert.deepEqual(quotes(next), ["Elçin Məmmədov:Biz tariximi", "Rəşid Quliyev:Bu toplu uzu"]);
});

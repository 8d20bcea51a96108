// Sentences written for these tests (stop 33, sc) in the style of news of courts, arrests, rallies and hunger strikes: a
// rally permitted or refused, custody extended, an extradition asked for, crimes named by a charge, a thing that took place,
// and the quotations of such news (words owned by their speaker, a person's frame, reports passed on, a cue with no dash, a
// converb waiting past a speech noun, a stray opening mark).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);
const quotes = (text: string) => (doc(text).quotes ?? []).map((q) => [q.speaker, q.text.split(" ").slice(0, 3).join(" ")]);

test("a rally refused by the body that permits it is REJECT, and the rally is not told held", () => {
  const text = "Gəncə Şəhər İcra Hakimiyyəti bu dəfə də Vətəndaş Birliyinin mitinqinə icazə verməyib.";
  assert.deepEqual(of(text, "REJECT"), [["Gəncə Şəhər İcra Hakimiyyəti", "Vətəndaş Birliyi"]]);
  assert.deepEqual(of(text, "PROTEST"), []);
  assert.equal(events("Şəhər meriyası Yaşıllar Partiyasının etiraz aksiyasına icazə verməyib.").find((e) => e.type === "REJECT")?.cameo, "1242");
  assert.deepEqual(of("Polis Vətəndaş Birliyinin mitinq keçirməsinə razılıq verilmədiyini bildirib.", "REJECT"), [["Vətəndaş Birliyi"]]);
});

test("a rally permitted is CONCEDE; a rally held stays a PROTEST", () => {
  assert.deepEqual(of("Şəhər meriyası Yaşıllar Partiyasının mitinqinə icazə verib.", "CONCEDE"), [["Yaşıllar Partiyası"]]);
  assert.deepEqual(of("Yaşıllar Partiyası Gəncədə mitinq keçirib.", "PROTEST"), [["Yaşıllar Partiyası"]]);
  // look-alike: permission to use a hall is no rally permitted
  assert.deepEqual(of("Şəhər meriyası Yaşıllar Partiyasına zaldan istifadəyə icazə verib.", "CONCEDE"), []);
});

test("custody extended by its term or by itself is an arrest; a visa's term extended is none", () => {
  assert.deepEqual(of("Məhkəmə jurnalistlər Samir Quliyev və Aysel Rzayevanın həbsdə qalma müddəti daha 3 ay artırılıb.", "COERCE").flat().sort(),
    ["Aysel Rzayeva", "Samir Quliyev"]);
  assert.deepEqual(of("Xətai Rayon Məhkəməsi Tural Babayevin həbsini uzadıb.", "COERCE"), [["Xətai Rayon Məhkəməsi", "Tural Babayev"]]);
  assert.deepEqual(of("Tural Babayevin vizasının müddəti uzadılıb.", "COERCE"), []);
});

test("an extradition asked for is a request of the one extradited", () => {
  assert.deepEqual(of("Moldova Kamil Vəliyevin ekstradisiyasını istəyir.", "REQUEST"), [["Moldova", "Kamil Vəliyev"]]);
  // look-alike: wanting to do something oneself asks nothing of anyone
  assert.deepEqual(of("Kamil Vəliyev kitab yazmaq istəyir.", "REQUEST"), []);
});

test("a crime named a few words before its charge is no act; harm done is", () => {
  const sentence = "Bakı Ağır Cinayətlər Məhkəməsi redaktor Rəşad Kərimovu hədələmə yolu ilə pul tələb etmə ittihamı ilə beş il müddətinə azadlıqdan məhrum edib.";
  assert.deepEqual(of(sentence, "THREATEN"), []);
  assert.equal(of(sentence, "COERCE").length, 1);
  assert.deepEqual(of("Rəşad Kərimov qəsdən xəsarət yetirmə maddələri ilə ittiham olunur.", "ASSAULT"), []);
  assert.equal(of("Polis Rəşad Kərimova xəsarət yetirib.", "ASSAULT").length, 1);
});

test("a thing that took place (`baş tutub`) is no arrest", () => {
  assert.deepEqual(of("Jurnalistin aksiyası ilə bağlı nazirlikdən şərh almaq cəhdimiz baş tutmayıb.", "COERCE"), []);
  assert.equal(of("Polis jurnalist Rəşad Kərimovu tutub.", "COERCE").length, 1);
});

test("quotations: words owned by their speaker, a person's frame before another act, a report passed on", () => {
  assert.deepEqual(quotes('"Siz bu qərarı ya icra etməlisiniz, ya da ləğv etməlisiniz", - vəkil Orxan Səfərovun sözləridir.'),
    [["Orxan Səfərov", "Siz bu qərarı"]]);
  assert.deepEqual(quotes('Günay Əhmədova bildirib ki, onlar siyahı veriblər. Onun sözlərinə görə, siyahıya Kamran Bağırov və Elçin ' +
    'Musayevin də adını daxil ediblər: "Bizim öz meyarlarımız var və hamının adı siyahıdadır."'), [["Günay Əhmədova", "Bizim öz meyarlarımız"]]);
  assert.deepEqual(quotes('Xəbərlər.az xəbər verir ki, DİN-in mətbuat xidmətindən bildirilib ki, o, ötən gün saxlanılıb: "Saxlanılan şəxs ' +
    'polis əməkdaşlarının işinə mane olub."'), [["DİN", "Saxlanılan şəxs polis"]]);
  // look-alike: a speaker named after an outlet's frame still speaks
  assert.deepEqual(quotes('Xəbərlər.az-ın məlumatına görə, Kamran Bağırov deyib: "Biz bu məsələni yaxın günlərdə həll edəcəyik."'),
    [["Kamran Bağırov", "Biz bu məsələni"]]);
});

test("quotations: a cue closing the sentence with no dash, and a converb waiting past a speech noun", () => {
  assert.deepEqual(quotes('"Biz həbsdə olan həmkarlarımızın azadlığı üçün işimizi davam etdirəcəyik" cümə günü Xəbərlər.az-a Şuranın ' +
    'sədri Kamran Bağırov bildirib.'), [["Kamran Bağırov", "Biz həbsdə olan"]]);
  assert.deepEqual(quotes('"Komitənin rəhbəri bu gün aclıq aksiyasına başlayıb", - deyə çərşənbə günü Xəbərlər.az-a açıqlamasında ' +
    '"Yeni Gün" qəzetinin redaktoru Kamran Bağırov bildirib.'), [["Kamran Bağırov", "Komitənin rəhbəri bu"]]);
  // look-alike: a quoted title before a noun it names is no quotation
  assert.deepEqual(quotes('Qanunun "ən aşağı qiymət" müddəasının qanunsuz olduğu qeyd edilir.'), []);
});

test("a stray opening mark does not make the paragraphs after it quoted speech", () => {
  const text = "Jurnalistlər aclığa başlayıb\n\n“Həbs olunmuş jurnalist Samir Quliyev və “Yeni Gün” qəzetinin redaktoru Kamran Bağırovun " +
    "mayın 3-də aclıq aksiyasına başladığı bildirilir.\n\nBu barədə məlumat Samir Quliyevin “Facebook” səhifəsində yayımlanıb.";
  assert.ok(of(text, "PROTEST", "2025-05-04").some((a) => a.includes("Kamran Bağırov")));
});

test("a request answered yes is CONCEDE, answered no REJECT; a survey's answers are none", () => {
  assert.deepEqual(of("Gəncə Şəhər İcra Hakimiyyəti dünən Vətəndaş Birliyinin müraciətinə müsbət cavab verib.", "CONCEDE"),
    [["Gəncə Şəhər İcra Hakimiyyəti", "Vətəndaş Birliyi"]]);
  assert.equal(events("Gəncə Şəhər İcra Hakimiyyəti dünən Vətəndaş Birliyinin müraciətinə müsbət cavab verməyib.").find((e) => e.type === "REJECT")?.cameo, "120");
  assert.deepEqual(events("Sorğuda iştirak edənlərin 60 faizi müsbət cavab verib."), []);
  // an offer answered yes stays accepted
  assert.equal(of("Hökumət Yaşıllar Partiyasının təklifinə müsbət cavab verib.", "AGREE").length, 1);
});

test("an act denied by `nə … nə də` is negated", () => {
  const got = events("Polis jurnalist Rəşad Kərimovu nə saxlayıb, nə də cərimələyib.").filter((e) => e.type === "COERCE");
  assert.ok(got.length >= 1 && got.every((e) => e.mode === "negated"));
  // look-alike: a lone `nə` asks, it denies nothing
  assert.ok(events("Polis jurnalist Rəşad Kərimovu saxlayıb, bəs nə edəcək?").some((e) => e.type === "COERCE" && e.mode === "asserted"));
});

test("a participle charging the person after it, past a quoted name, tells who they are", () => {
  assert.deepEqual(of('Rüşvətdə ittiham olunan "Yeni Gün" qəzetinin əməkdaşı Rəşad Kərimov azadlığa buraxılıb.', "ACCUSE"), []);
});

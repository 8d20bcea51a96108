// Speakers of real news pages (stop 33): a statement of a quoted body told after an outlet's lead line, a document of
// someone named after an outlet's frame, a participle of saying qualifying its speaker, and a quotation opening its
// sentence with the cue's speech verb closing it past other words. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const quotes = (text: string) => (annotate({ id: "t", text, document_date: "2025-06-10" }).quotes ?? []).map((q) => [q.text, q.speaker]);

test("a quoted body's document after an outlet's lead line: the body speaks, not the outlet", () => {
  const t = "Xəbər.az xəbər verir ki, “Hamas”ın yazılı açıqlamasında deyilir ki, xəbərlər həqiqəti əks etdirmir.\n\n" +
    "“Bəzi KİV-lərdə yayılan xəbərlər tamamilə yalandır”, - deyə bəyanatda bildirilir.";
  assert.deepEqual(quotes(t), [["Bəzi KİV-lərdə yayılan xəbərlər tamamilə yalandır", "Hamas"]]);
});

test("a document of someone named after an outlet's frame: its owner speaks", () => {
  const t = "\"Report\"un məlumatına görə, bu barədə NATO-nun bəyanatında deyilir.\n\n\"Biz cavab verməyə davam edəcəyik\", - sənəddə deyilir.";
  assert.deepEqual(quotes(t), [["Biz cavab verməyə davam edəcəyik", "NATO"]]);
  // the frame alone: the outlet's source as before
  const u = "\"Report\"un məlumatına görə, bu barədə NATO bəyanat yayıb.\n\n\"Biz cavab verməyə davam edəcəyik\", - sənəddə deyilir.";
  assert.deepEqual(quotes(u), [["Biz cavab verməyə davam edəcəyik", "NATO"]]);
});

test("a participle of saying after the quotation qualifies its speaker, named right after it", () => {
  assert.deepEqual(quotes("“Şura islah olunmalıdır”, - deyən Ərdoğan islahatlara çağırıb."), [["Şura islah olunmalıdır", "Ərdoğan"]]);
  const t = "Prezident İlham Əliyevi \"mənim əziz dostum\" deyərək salamlayan Çin Sədri Si Cinpin təşəkkürünü bildirib.";
  assert.deepEqual(quotes(t), [["mənim əziz dostum", "Si Cinpin"]]);
});

test("a quotation opening its sentence, its cue's speech verb closing the sentence past time words and titles", () => {
  const t = "Mətbuat Şurası danışıqlara başlayacaq. \"İşlərimizi davam etdirəcəyik\" şənbə günü Şuranın sədri Murad Əliyev bildirib.";
  assert.deepEqual(quotes(t), [["İşlərimizi davam etdirəcəyik", "Murad Əliyev"]]);
  // look-alike: a quoted title inside a sentence whose speaker is told before it names no quotation
  const title = "Bunu nazir Anar Quliyev “Yaşıl enerji” üzrə mərkəzin açılış mərasimində deyib.";
  assert.deepEqual(quotes(title), []);
});

test("a speech clause inside a lead line's complement names who spoke; the outlet passes it on", () => {
  const t = "Xəbər.az xəbər verir ki, DİN-in mətbuat xidmətindən bildirilib ki, o, dünən saxlanılıb:\n\n“Onun barəsində inzibati həbs qərarı verilib”.";
  assert.deepEqual(quotes(t), [["Onun barəsində inzibati həbs qərarı verilib", "DİN"]]);
  // a clause of its own keeps its subject
  const own = "Nazir Anar Quliyev bildirib ki, bu məsələ vacibdir:\n\n“Biz fəaliyyətimizi davam etdirəcəyik”.";
  assert.deepEqual(quotes(own), [["Biz fəaliyyətimizi davam etdirəcəyik", "Anar Quliyev"]]);
});

test("a label of an initial glued to a surname is the person's full name; a person closing the clause before the colon speaks", () => {
  const t = "ABŞ prezidenti Donald Tramp Rusiyaya xəbərdarlıq edib.\nD.Tramp: “Sanksiyalar tətbiq olunacaq və rüsumlar artırılacaq”";
  assert.deepEqual(quotes(t), [["Sanksiyalar tətbiq olunacaq və rüsumlar artırılacaq", "Donald Tramp"]]);
  const u = "Moskva xəbərdarlığa cavab verib. Sualı cavablandıran Tramp: “Onlar lazımi yerdədirlər, bəli”, - deyə bildirib.";
  assert.deepEqual(quotes(u), [["Onlar lazımi yerdədirlər, bəli", "Tramp"]]);
});

test("a subject with titles, then `belə`, in the sentence after a quotation tells who said it", () => {
  const t = "“Nə BMT-dən, nə də onun Şurasından ədalət gözləməyə dəyməz”. Türkiyə prezidenti Rəcəb Tayyib Ərdoğan belə bəyanatla çıxış edib.";
  assert.deepEqual(quotes(t), [["Nə BMT-dən, nə də onun Şurasından ədalət gözləməyə dəyməz", "Rəcəb Tayyib Ərdoğan"]]);
  assert.deepEqual(quotes("“Biz sülh istəyirik və danışıqlara hazırıq”. Nazir Ceyhun Bayramov belə deyib."), [["Biz sülh istəyirik və danışıqlara hazırıq", "Ceyhun Bayramov"]]);
});

test("the sentence after a quotation pointing back at it: its noun is what was said, a document's light verb issues it", () => {
  const t = "“Biz üç çətinliyə qarşı mübarizə aparırıq. Bunlar bizim əsas problemlərimizdir”.\n\n" +
    "Xəbər.az xəbər verir ki, bu sözləri Milli Məclisdə çıxışı zamanı deputat Kamal Həsənov deyib.";
  assert.deepEqual(quotes(t).map((q) => q[1]), ["Kamal Həsənov"]);
  const u = "“Bizim mülki əhali ilə problemimiz yoxdur, hədəf hərbi obyektlərdir”.\n\nBu açıqlamanı Xəbər.az-a millət vəkili Kamal Həsənov edib.";
  assert.deepEqual(quotes(u).map((q) => q[1]), ["Kamal Həsənov"]);
  const v = "«Bu xəbəri məndən yox, onu yayanlardan soruşmaq lazımdır». Təhsil naziri Kamal Həsənov dünən jurnalistlərlə görüşündə şaiyələrə münasibət bildirərkən belə deyib.";
  assert.deepEqual(quotes(v).map((q) => q[1]), ["Kamal Həsənov"]);
});

test("an office noun qualified by a nationality after an outlet's frame is the holder in focus, not the outlet", () => {
  const t = "Rusiya XİN-in rəsmi nümayəndəsi Mariya Zaxarova sualına reaksiya verib. Xəbər.az-ın məlumatına görə, jurnalistin sualını " +
    "cavablandıran rusiyalı diplomat deyib: “Siz doğrudanmı başa düşmürsünüz ki, bu sual gülməli səslənir?”";
  assert.deepEqual(quotes(t).map((q) => q[1]), ["Mariya Zaxarova"]);
});

test("past an outlet's lead line, a titled subject then `belə` with a document and its light verb tells who said the words before", () => {
  const t = "“Rusiya istənilən ölkənin səylərini alqışlayır”.\n\nXəbər.az xəbər verir ki, Kremlin mətbuat katibi Dmitri Peskov belə açıqlama verib.";
  assert.deepEqual(quotes(t).map((q) => q[1]), ["Dmitri Peskov"]);
  // an outlet's lead line citing a quoted source, longer before its `ki`
  const u = "“Rusiya Prezidenti indi müzakirələrə daha açıqdır”.\nXəbər.az “Haber Global”a istinadən xəbər verir ki, bunu Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan jurnalistlərə deyib.";
  assert.deepEqual(quotes(u).map((q) => q[1]), ["Rəcəb Tayyib Ərdoğan"]);
});

test("a place named inside the complement of a speech clause is what the clause tells of, no source of the words", () => {
  const t = "Əyalətin başçısı Məhəmməd Əmin Rzazadə bildirib ki, Urmiya gölünün dirçəlişi haqqında düşünməyin vacib olduğunu bildirərək deyib: " +
    "“Bu gün biz bilməliyik ki, göl hamı üçün vacibdir”.";
  assert.deepEqual(quotes(t).map((q) => q[1]), ["Məhəmməd Əmin Rzazadə"]);
});

test("a pronoun after a body's frame is the one the frame tells of: the frame's body stays the source of the words", () => {
  const t = "Oktyabrın 7-də Qazaxıstan prezidenti Kasım-Jomart Tokayev Vladimir Putinə zəng edib.\n" +
    "Qazaxıstan Prezidentinin Mətbuat xidmətinin məlumatına görə, o, Rusiya prezidentini doğum günü münasibətilə təbrik edib.\n" +
    "\"Telefon danışığı zamanı iki ölkə arasında əməkdaşlığın genişləndirilməsi məsələləri müzakirə olunub\" - məlumatın sonunda əlavə edilir.";
  assert.deepEqual(quotes(t).map((q) => q[1]), ["Qazaxıstan Prezidentinin Mətbuat xidməti"]);
});

// Quotations in the house styles of Azerbaijani news outlets, through the whole pipeline (short
// articles invented for these tests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/index.js";

function quotes(text: string): [string, string | null][] {
  return annotate({ id: "t", text, document_date: "2025-07-01" }).quotes.map((q) => [q.text, q.speaker]);
}

const LEAD = "Vüqar Əliyev Bakıda keçirilən forumda çıxış edib. ";
const SAID = "Rəqəmsal iqtisadiyyat ölkənin gələcəyidir";

test("every kind of quotation mark holds a quotation: «…», “…”, „…“, \"…\", '…'", () => {
  for (const [o, c] of [["«", "»"], ["“", "”"], ["„", "“"], ['"', '"'], ["'", "'"], ["‘", "’"]]) {
    assert.deepEqual(quotes(`${LEAD}Əliyev deyib: ${o}${SAID}${c}. Forumda yüz şirkət iştirak edib.`), [[SAID, "Vüqar Əliyev"]], o);
  }
});

test("a cue after a dash, with or without a comma or `deyə`: hyphen, en dash, em dash", () => {
  for (const cue of ['", - deyə Əliyev bildirib.', '" – Əliyev bildirib.', '" — Əliyev bildirib.', '" - Əliyev bildirib.', '", – deyə o qeyd edib.', '" deyə o bildirib.']) {
    assert.deepEqual(quotes(`${LEAD}"${SAID}${cue}`), [[SAID, "Vüqar Əliyev"]], cue);
  }
});

test("a long cue: the converb waits for its verb past a speaker with titles in apposition", () => {
  assert.deepEqual(quotes('Qonşu ölkə bəyanat yayıb. "Bu bəyanat sülh prosesinə zərbə vurur", – deyə Azərbaycan Prezidentinin köməkçisi, Prezident Administrasiyasının xarici siyasət şöbəsinin müdiri Hikmət Hacıyev bildirib.'),
    [["Bu bəyanat sülh prosesinə zərbə vurur", "Hikmət Hacıyev"]]);
});

test("a label opening a paragraph: `X: \"…\"`", () => {
  assert.deepEqual(quotes('Bakıda enerji konfransı keçirilib.\nPərviz Şahbazov: "Azərbaycan Avropaya qaz ixracını artırmağa hazırdır".\nKonfransda on ölkə iştirak edib.'),
    [["Azərbaycan Avropaya qaz ixracını artırmağa hazırdır", "Pərviz Şahbazov"]]);
});

test("dialogue typed with dashes and no quotation marks is no quotation (the guidelines count marked speech)", () => {
  assert.deepEqual(quotes("İqtisadiyyat naziri Mikayıl Cabbarov Qubada sənaye parkının təməlini qoyub.\n– Biz bu parkda beş yüz iş yeri yaradacağıq, – nazir deyib.\nTikinti iki il çəkəcək."), []);
});

test("dash-led list items and an interview's question and answer are not quotations", () => {
  assert.deepEqual(quotes("Tədbirdə bu məsələlər müzakirə olunub:\n- regional təhlükəsizlik və sərhəd məsələləri,\n- enerji layihələrinin maliyyələşdirilməsi,\n- nəqliyyat dəhlizlərinin inkişafı.\nTədbir iki gün davam edib."), []);
  assert.deepEqual(quotes("Bankın hesabatında bildirilir:\n- kreditlər artıb, - əmanətlər azalıb, - gəlir sabit qalıb.\nHesabat rübün sonunda açıqlanıb."), []);
  assert.deepEqual(quotes("Deputat Səməd Seyidov müsahibə verib.\n– Sülh sazişi nə vaxt imzalana bilər?\n– Düşünürəm ki, saziş ilin sonuna qədər imzalanacaq.\nMüsahibədə başqa məsələlər də müzakirə olunub."), []);
});

test("a quotation over several sentences, and over paragraphs reopening the mark", () => {
  const [[text, speaker]] = quotes('Anar Kərimov Şuşada festivalın açılışında çıxış edib. O deyib:\n"Şuşa mədəniyyət paytaxtıdır. Festival hər il burada keçiriləcək.\n"Biz bütün dünyadan qonaqları gözləyirik".\nFestival üç gün davam edəcək.');
  assert.equal(text, 'Şuşa mədəniyyət paytaxtıdır. Festival hər il burada keçiriləcək.\n"Biz bütün dünyadan qonaqları gözləyirik');
  assert.equal(speaker, "Anar Kərimov");
});

test("a quotation broken by its own cue takes the speaker the cue inside names", () => {
  assert.deepEqual(quotes('Nikol Paşinyan Brüsseldə olub. Ceyhun Bayramov isə Cenevrədə jurnalistlərlə görüşüb. "Biz danışıqlara hazırıq, - deyə Bayramov bildirib. - Amma konstitusiya dəyişməlidir".'),
    [["Biz danışıqlara hazırıq, - deyə Bayramov bildirib. - Amma konstitusiya dəyişməlidir", "Ceyhun Bayramov"]]);
});

test("nested quotations: another kind of mark, the same mark, and an inner mark right after the outer one", () => {
  const lead = "Rəşad Nəbiyev Tbilisidə nəqliyyat forumunda çıxış edib. ";
  assert.deepEqual(quotes(`${lead}Nəbiyev deyib: "Biz «Şimal-Cənub» dəhlizinə böyük investisiya yatırırıq".`), [["Biz «Şimal-Cənub» dəhlizinə böyük investisiya yatırırıq", "Rəşad Nəbiyev"]]);
  assert.deepEqual(quotes(`${lead}"Biz "Orta Dəhliz" layihəsinə böyük investisiya yatırırıq", - deyə Nəbiyev bildirib.`), [['Biz "Orta Dəhliz" layihəsinə böyük investisiya yatırırıq', "Rəşad Nəbiyev"]]);
  assert.deepEqual(quotes(`${lead}"«Dəmir yumruq» əməliyyatı hərb tarixinə düşəcək", - deyə Nəbiyev bildirib.`), [["«Dəmir yumruq» əməliyyatı hərb tarixinə düşəcək", "Rəşad Nəbiyev"]]);
});

test("attribution frames before the quotation: `X-in sözlərinə görə`, `X-in fikrincə`", () => {
  assert.deepEqual(quotes('Mərkəzi Bankın sədri Taleh Kazımov inflyasiyadan danışıb. Kazımovun sözlərinə görə, "inflyasiya ilin sonuna qədər hədəfdə qalacaq".'),
    [["inflyasiya ilin sonuna qədər hədəfdə qalacaq", "Taleh Kazımov"]]);
  assert.deepEqual(quotes('Politoloq Fərhad Məmmədov seçkiləri şərh edib. Məmmədovun fikrincə, "seçkilər regionda vəziyyəti dəyişəcək".'),
    [["seçkilər regionda vəziyyəti dəyişəcək", "Fərhad Məmmədov"]]);
});

test("a speech verb and `ki` with a comma before the quotation: `X bildirib ki, \"…\"`", () => {
  assert.deepEqual(quotes('Hikmət Hacıyev xarici diplomatlarla görüşüb. Hacıyev qeyd edib ki, "regionda davamlı sülh üçün imkanlar yaranıb".'),
    [["regionda davamlı sülh üçün imkanlar yaranıb", "Hikmət Hacıyev"]]);
  assert.deepEqual(quotes('Elnur Rzayev Lənkəranda olub. O vurğulayıb ki, "yeni yol layihəsi gələn il başa çatacaq".'),
    [["yeni yol layihəsi gələn il başa çatacaq", "Elnur Rzayev"]]);
  // the writer's aside and a quoted name inside the reported clause are no quotations
  assert.deepEqual(quotes('Xatırladaq ki, "Dəniz Nəqliyyatı və Logistika Mərkəzi".'), []);
  assert.deepEqual(quotes('Sədr bildirib ki, "Yaşıl Vadi" MMC yeni layihəyə başlayıb.'), []);
});

test("pronoun and office speakers resolve to the person named before", () => {
  assert.deepEqual(quotes('Fransa prezidenti Emmanuel Makron Parisdə liderlərlə görüşüb. O, jurnalistlərə deyib: "Avropa öz təhlükəsizliyinə daha çox sərmayə qoymalıdır".'),
    [["Avropa öz təhlükəsizliyinə daha çox sərmayə qoymalıdır", "Emmanuel Makron"]]);
  assert.deepEqual(quotes('Müdafiə naziri Zakir Həsənov hərbi hissələrdə olub. Nazir əlavə edib: "Ordumuzun döyüş hazırlığı daim artırılır".'),
    [["Ordumuzun döyüş hazırlığı daim artırılır", "Zakir Həsənov"]]);
});

test("speakers given by role: `XİN sözçüsü`, `Kremlin mətbuat katibi Dmitri Peskov`", () => {
  assert.deepEqual(quotes('XİN sözçüsü Ayxan Hacızadə bəyanat yayıb. "Azərbaycan beynəlxalq hüququn normalarına hörmətlə yanaşır", - deyə XİN sözçüsü bildirib.'),
    [["Azərbaycan beynəlxalq hüququn normalarına hörmətlə yanaşır", "Ayxan Hacızadə"]]);
  assert.deepEqual(quotes('Danışıqlar davam edir. Kremlin mətbuat katibi Dmitri Peskov deyib: "Moskva danışıqlar üçün hər zaman açıqdır".'),
    [["Moskva danışıqlar üçün hər zaman açıqdır", "Dmitri Peskov"]]);
});

test("an outlet's address in the cue, and a person called by the given name", () => {
  assert.deepEqual(quotes('Deputat Vüqar Bayramov büdcəni şərh edib. "Büdcə gəlirləri plandan artıq icra olunub", - deputat Oxu.Az-a açıqlamasında deyib.'),
    [["Büdcə gəlirləri plandan artıq icra olunub", "Vüqar Bayramov"]]);
  assert.deepEqual(quotes('Gəncədə sel evləri su altında qoyub. Sakinlərdən biri, Məryəm Qasımlı evini itirib. "Hər şeyimiz suyun altında qaldı" - Məryəm deyir.'),
    [["Hər şeyimiz suyun altında qaldı", "Məryəm Qasımlı"]]);
});

test("more verbs of saying: `soruşub`, `etiraf edib`, `xəbərdarlıq edib`", () => {
  for (const v of ["soruşub", "etiraf edib", "xəbərdarlıq edib"]) {
    assert.deepEqual(quotes(`Nazir Elmar Quliyev jurnalistlərlə görüşüb. "Biz bu məsələni mütləq həll edəcəyik", - Quliyev ${v}.`), [["Biz bu məsələni mütləq həll edəcəyik", "Elmar Quliyev"]], v);
  }
});

test("quoted names of corridors, clubs, laws, films, operations and slogans, and scare quotes, are not speech", () => {
  for (const t of [
    'Azərbaycan və İran "Şimal-Cənub" dəhlizi üzrə yeni saziş imzalayıb.',
    '"Qarabağ" klubu Çempionlar Liqasında növbəti oyununu keçirib.',
    'Parlament "Media haqqında" qanuna dəyişiklikləri qəbul edib. Kinoteatrlarda "Dolu" filmi nümayiş olunur.',
    'Ukrayna ordusu "Uzaq şərqdən gələn qara buludlar arasında" adlı əməliyyata başlayıb.',
    'Tədbir "Sülh və inkişaf naminə birlikdə" şüarı altında keçirilib.',
    'Ekspert Natiq Cəfərli bazarda "qara" ticarətin artdığını bildirib. O, "kölgə iqtisadiyyatı" ilə mübarizəni vurğulayıb.',
    'Nazir bu addımı "tarixi qərar" adlandırıb.',
  ]) assert.deepEqual(quotes(t), [], t);
});

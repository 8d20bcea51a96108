// Speakers of quotations in real news of other outlets (stop 32, second round), studied locally; the sentences here are
// written for these tests: a quotation told before `Bunu X deyib` that stands past an outlet's label or frame, a label
// line whose next sentence names the speaker, a ministry cited after an outlet's line that cites another outlet, a body's
// press service speaking for the body, a minister titled with a rank in apposition, and a document relayed by an
// outlet's lead line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-03-10") => annotate({ id: "t", text, document_date: date });
const speakers = (text: string) => (doc(text).quotes ?? []).map((q) => q.speaker);

test("a quotation told before `Bunu X deyib` past an outlet's label or frame is X's", () => {
  const head = "Yeni qaydalar kimlərə aiddir? - Nazirlikdən açıqlama\n“Bu gün nazirin əmri ilə yeni qaydalar qüvvəyə minib”.\n";
  assert.deepEqual(speakers(head + "Xeberler.az: Bunu Əmək Nazirliyinin şöbə müdiri Rauf Hüseynov deyib.\nOnun sözlərinə görə, qaydalar hamıya aiddir."),
    ["Rauf Hüseynov"]);
  assert.deepEqual(speakers(head + "Xeberler.az-ın xəbərinə görə, bunu şöbə müdiri Rauf Hüseynov deyib."), ["Rauf Hüseynov"]);
  // look-alike: a next sentence that tells no speech leaves the quotation to no one named
  assert.deepEqual(speakers(head + "Xeberler.az: Qaydalar gələn ay yenidən müzakirə olunacaq."), [null]);
});

test("a label line (`Polis rəisi: “…”`) whose next sentence says `bunu X deyib` is X's", () => {
  assert.deepEqual(speakers("Yol polisi rəisi: “Sürət həddini aşan 40 sürücü cərimələnib”\nAPA-nın xəbərinə görə, bunu jurnalistlərə " +
    "açıqlamasında Bakı Şəhər Yol Polisi İdarəsinin rəisi Kamran Əliyev deyib."), ["Kamran Əliyev"]);
  // look-alike: a label naming a person keeps it when the next sentence tells no one
  assert.deepEqual(speakers("Orban: “Avropa yeni enerji siyasətinə ehtiyac duyur”\nMacarıstanın Baş naziri bu gün Brüsseldə çıxış edib."),
    ["Orban"]);
});

test("an outlet citing another outlet passes on the words of the body its lead line names", () => {
  const t = "Fransa səfiri Bakıya çağırılıb.\n\nXeberler.az Report-a istinadən xəbər verir ki, bu barədə Almaniya Xarici İşlər Nazirliyi " +
    "sosial şəbəkə hesabında məlumat yayıb.\n\n“Rəsmi Berlin bu qərarı nəzərə alıb. O, bu iddiaları qəti şəkildə rədd edir”.";
  assert.deepEqual(speakers(t), ["Almaniya Xarici İşlər Nazirliyi"]);
  // look-alike: with nothing said in the lead line's clause, the cited outlet is the source
  assert.deepEqual(speakers("Fransa səfiri Bakıya çağırılıb.\n\nXeberler.az Report-a istinadən xəbər verir ki, səfir nazirliyə dəvət olunub.\n\n" +
    "“Rəsmi Berlin bu qərarı nəzərə alıb. O, bu iddiaları qəti şəkildə rədd edir”."), ["Report"]);
});

test("a body's press service (`X Nazirliyinin (XN) Mətbuat Xidmətindən bildirilib`) speaks for the body", () => {
  assert.deepEqual(speakers("Bakıda üç nəfər saxlanılıb.\n\nBu barədə Xeberler.az-a Daxili İşlər Nazirliyinin (DİN) Mətbuat Xidmətindən məlumat verilib.\n\n" +
    "Qeyd edilib ki, istintaq davam edir:\n\n\"Onlardan silah götürülüb. Əlavə məlumat veriləcək\"."), ["Daxili İşlər Nazirliyi"]);
  // look-alike: a press service named with no body before it speaks as itself
  assert.notDeepEqual(speakers("Bakıda üç nəfər saxlanılıb.\n\nBu barədə Xeberler.az-a Mətbuat Xidmətindən məlumat verilib.\n\n" +
    "Qeyd edilib ki, istintaq davam edir:\n\n\"Onlardan silah götürülüb. Əlavə məlumat veriləcək\"."), ["Daxili İşlər Nazirliyi"]);
});

test("an office noun stands for the person titled with it before a rank in apposition (`naziri, general-polkovnik X`)", () => {
  const q = "\n\nDaxili İşlər naziri bildirib ki, sərhəd postları da atəşə tutulub: \"Eyni vaxtda bir neçə istiqamətdən hücum hazırlığı müşahidə olunub. Vəziyyət nəzarət altındadır\".";
  assert.deepEqual(speakers("Düşmən mövqelərimizi atəşə tutub.\n\nXeberler.az xəbər verir ki, bunu Daxili İşlər naziri, general-polkovnik Vilayət Eyvazov " +
    "iclasda Azərbaycan Prezidenti, Ali Baş Komandan İlham Əliyevə məruzə edərkən deyib." + q), ["Vilayət Eyvazov"]);
  // look-alike: a deputy titled after the comma holds no minister's office
  assert.notDeepEqual(speakers("Düşmən mövqelərimizi atəşə tutub.\n\nBunu Daxili İşlər naziri Vilayət Eyvazov, nazir müavini Oqtay Rzayev " +
    "və Prezident İlham Əliyev müzakirə ediblər." + q), ["Oqtay Rzayev"]);
});

test("a quotation opening right after an outlet's `xəbər verir ki,` with a document cue is the document's source's", () => {
  const t = "Rusiyanın Baş Prokurorluğu iş adamı Kamil Rüstəmovun ekstradisiyası üçün Serbiyaya sorğu göndərib.\n" +
    "Xeberler.az xəbər verir ki, “K.Rüstəmovun ekstradisiyasına dair sorğu diplomatik kanallarla göndərilib”, - məlumatda deyilir.";
  assert.notDeepEqual(speakers(t), ["Xeberler.az"]);
  // look-alike: with no source told before, the outlet passes it on alone
  assert.deepEqual(speakers("Xeberler.az xəbər verir ki, “K.Rüstəmovun ekstradisiyasına dair sorğu diplomatik kanallarla göndərilib”, - məlumatda deyilir."),
    ["Xeberler.az"]);
});

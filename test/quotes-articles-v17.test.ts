// Articles of press conferences, briefings, interviews and statements (set v17), written for these tests: a speaker
// told by a profession or office noun after the article named them with it (`politoloq X və hərbi ekspert Y` … `- deyə
// politoloq bildirib`), a frame owned by an office noun (`Ekspertin fikrincə, "…"`, `Bank sədrinin sözlərinə görə, "…"`),
// and a body's abbreviation after its owner (`Moldova XİN-in`) named by the body the article writes out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-27") => annotate({ id: "t", text, document_date: date });
const speakers = (text: string) => (doc(text).quotes ?? []).map((q) => q.speaker);

test("a profession noun as the speaker is the person the article introduced with it, not the last one named", () => {
  const text = "Danışıqların perspektivləri barədə suallara politoloq Fikrət Sadıxov və hərbi ekspert Ədalət Verdiyev cavab veriblər. " +
    "Fikrət Sadıxova görə, sülh planı hər iki tərəfdən güzəşt tələb edir. " +
    "\"Kiyev ərazi güzəştinə getməyəcək, Moskva isə əldə etdiklərindən imtina etməyəcək\", - deyə politoloq bildirib. " +
    "\"Rusiya ordusu Pokrovsk istiqamətində irəliləyir, lakin itkiləri çox böyükdür\", - deyə hərbi ekspert qeyd edib.";
  assert.deepEqual(speakers(text), ["Fikrət Sadıxov", "Ədalət Verdiyev"]);
  // the speaker before, not a profession noun, by focus: the economist named after the banker speaks
  const econ = "Mərkəzi Bankın sədri Taleh Kazımov qərarı açıqlayıb. \"Uçot dərəcəsi 7 faizdə saxlanılıb\", - deyə Kazımov bildirib. " +
    "İqtisadçı Natiq Cəfərli isə qərarı gözlənilən addım adlandırıb. " +
    "\"Mərkəzi Bank ehtiyatlı siyasət yürüdür, lakin kredit faizləri hələ də yüksəkdir\", - deyə iqtisadçı qeyd edib.";
  assert.deepEqual(speakers(econ), ["Taleh Kazımov", "Natiq Cəfərli"]);
});

test("an office noun met only in another case still names its holder (`komissarı X-lə müsahibə` … `komissar bildirib`)", () => {
  const text = "\"The Financial Times\" qəzeti Avropa Komissiyasının enerji üzrə komissarı Dan Yorgensenlə müsahibə dərc edib. " +
    "Nəşrə danışan komissar bildirib: \"Aİ 2027-ci ilin sonunadək Rusiya qazının idxalını tamamilə dayandıracaq\".";
  assert.deepEqual(speakers(text), ["Dan Yorgensen"]);
  // look-alike: a minister met (`naziri Y ilə görüşüb`) gives way to the minister who met him, the subject
  const met = "Azərbaycanın xarici işlər naziri Ceyhun Bayramov Macarıstanın xarici işlər naziri Peter Siyarto ilə görüşüb. " +
    "\"Biz bu dostluğu yüksək qiymətləndiririk və əlaqələri genişləndirəcəyik\", - nazir bildirib.";
  assert.deepEqual(speakers(met), ["Ceyhun Bayramov"]);
});

test("a frame owned by an office noun gives the quotation to the office's holder, however short it is", () => {
  const text = "Hərbi ekspert Ədalət Verdiyev cəbhədəki vəziyyəti şərh edib. Ekspertin fikrincə, \"qış aylarında hərbi əməliyyatlar zəifləyəcək\".";
  const qs = doc(text).quotes ?? [];
  assert.equal(qs.length, 1);
  assert.equal(qs[0].speaker, "Ədalət Verdiyev");
  // a body's office: the bank's chairman, not the bank
  const bank = "Azərbaycan Mərkəzi Bankının sədri Taleh Kazımov mətbuat konfransı keçirib. " +
    "Bank sədrinin sözlərinə görə, \"manatın məzənnəsinə yaxın aylarda heç bir təhlükə yoxdur\".";
  assert.deepEqual(speakers(bank), ["Taleh Kazımov"]);
  // look-alikes: a plural owner is a group (a short quotation stays a term), and a quoted title after the frame no speech
  assert.equal((doc("Ekspertlərin fikrincə, \"qış aylarında əməliyyatlar zəifləyəcək\".").quotes ?? []).length, 0);
  assert.equal((doc("Hərbi ekspert Ədalət Verdiyev danışıb. Ekspertin fikrincə, \"Qış fırtınası\" əməliyyatı uğursuz olub.").quotes ?? []).length, 0);
});

test("an abbreviation after its owner (`Moldova XİN-in`) is the body the article writes out with that owner", () => {
  const text = "Moldova Xarici İşlər Nazirliyi isə Rusiya tərəfinin açıqlamalarını rədd edib. " +
    "\"Moldova müstəqil dövlətdir və öz daxili işlərinə müdaxiləyə yol verməyəcək\", - Moldova XİN-in açıqlamasında qeyd olunub.";
  assert.deepEqual(speakers(text), ["Moldova Xarici İşlər Nazirliyi"]);
  // look-alike: another owner's abbreviation stays as written
  const other = doc("Moldova Xarici İşlər Nazirliyi bəyanat yayıb. Rumıniya XİN-i də məsələyə münasibət bildirib.");
  assert.ok((other.entities ?? []).some((e) => e.name === "Rumıniya XİN"));
});

test("a nationality word with an office noun speaking is the person introduced with that nationality (`türkiyəli həmkarı X`)", () => {
  const text = "Ceyhun Bayramov türkiyəli həmkarı Hakan Fidanla görüşüb. \"Türkiyə hər zaman Azərbaycanın yanındadır\", - deyə türkiyəli nazir bildirib.";
  assert.deepEqual(speakers(text), ["Hakan Fidan"]);
  // look-alike: with no one introduced so, the person in focus still speaks
  assert.deepEqual(speakers("Hakan Fidan Bakıya gəlib. \"Türkiyə hər zaman Azərbaycanın yanındadır\", - deyə türkiyəli nazir bildirib."), ["Hakan Fidan"]);
});

test("offices named after their holder speak for that holder (`keçmiş həmsədri X` … `- deyə həmsədr bildirib`, `Prezidentin köməkçisi`)", () => {
  assert.deepEqual(speakers("ATƏT-in Minsk qrupunun keçmiş amerikalı həmsədri Metyu Brayza Bakıda konfransda iştirak edib. " +
    "\"Minsk qrupu öz missiyasını çoxdan başa vurmuşdu\", - deyə həmsədr bildirib."), ["Metyu Brayza"]);
  const text = "Prezidentin köməkçisi Hikmət Hacıyev Pakistan nümayəndə heyətini qəbul edib. Nümayəndə heyətinə senator Müşahid Hüseyn rəhbərlik edib. ";
  assert.deepEqual(speakers(text + "\"Azərbaycan Pakistanın sadiq dostudur\", - deyə Prezidentin köməkçisi vurğulayıb."), ["Hikmət Hacıyev"]);
  assert.deepEqual(speakers(text + "\"Pakistan Azərbaycanın ərazi bütövlüyünü həmişə dəstəkləyib\", - deyə senator bildirib."), ["Müşahid Hüseyn"]);
});

test("the speaker of a speech verb after an outlet's frame says the words (`X agentliyinin məlumatına görə, Y deyib: \"…\"`)", () => {
  assert.deepEqual(speakers("Rusiya Prezidentinin mətbuat katibi Dmitri Peskov jurnalistlərlə danışıb. " +
    "RİA Novosti agentliyinin məlumatına görə, Peskov deyib: \"Kreml Bakı ilə münasibətlərin normallaşmasında maraqlıdır\"."), ["Dmitri Peskov"]);
  // look-alike: with no speaker after the frame, the frame's source is the speaker
  assert.deepEqual(speakers("RİA Novosti agentliyinin məlumatına görə, \"Kreml Bakı ilə münasibətlərin normallaşmasında maraqlıdır\"."), ["RİA Novosti"]);
});

test("a quotation as the object of saying finds its verb past the speaker and a place (`\"…\" sözlərini X parlamentdəki çıxışında deyib`)", () => {
  assert.deepEqual(speakers("\"Biz heç kimə ərazi iddiası irəli sürmürük\" sözlərini Nikol Paşinyan parlamentdəki çıxışında deyib."), ["Nikol Paşinyan"]);
  // look-alike: a quoted title before a noun in another case stays a title
  assert.deepEqual(speakers("\"Biz heç kimə ərazi iddiası irəli sürmürük\" sözləri ilə başlayan məqalə qəzetdə dərc olunub."), []);
});

test("a person in the dative before the frame's postposition is the source (`Sadıxova görə, \"…\"`), however short the words", () => {
  assert.deepEqual(speakers("Politoloq Fikrət Sadıxov Oxu.Az-a danışıb. Sadıxova görə, \"sülh planı güzəşt tələb edir\"."), ["Fikrət Sadıxov"]);
  // look-alike: a country in the dative before `görə` is no speaker, and a short quoted term after it no quotation
  assert.deepEqual(speakers("Politoloq Fikrət Sadıxov danışıb. Rusiyaya görə, \"sülh planı\" qəbuledilməzdir."), []);
});

test("a short quotation making up its own sentence right after someone speaks goes on with that speech", () => {
  assert.deepEqual(speakers("Mövzu ilə bağlı Banker.az-a danışan iqtisadçı Natiq Cəfərli deyib ki, manatın məzənnəsi sabit qalacaq. " +
    "\"Mərkəzi Bankın valyuta ehtiyatları kifayət qədərdir.\""), ["Natiq Cəfərli"]);
  // look-alikes: a short quoted string inside a sentence, or after a sentence that tells no speaking, stays a name
  assert.deepEqual(speakers("İqtisadçı Natiq Cəfərli deyib ki, manat sabit qalacaq. Bank \"Mərkəzi valyuta ehtiyatları\" fondunu yaradıb."), []);
  assert.deepEqual(speakers("Natiq Cəfərli Bakıda kitab təqdim edib. \"Valyuta ehtiyatları və manat.\""), []);
});

test("a verb of opinion before `ki` gives the quotation to its named subject (`X hesab edir ki, \"…\"`)", () => {
  assert.deepEqual(speakers("İqtisadçı Natiq Cəfərli hesab edir ki, \"manatın məzənnəsi sabit qalacaq\"."), ["Natiq Cəfərli"]);
  // look-alike: with no one named, the opinion is the writer's and the short quoted words a term
  assert.deepEqual(speakers("Hesab edirik ki, \"yaşıl enerji\" gələcəkdir."), []);
});

test("an office noun qualifying another (`Nazir müavini`) is the deputy, not the minister", () => {
  const text = "Energetika naziri Pərviz Şahbazov və nazirin müavini Elnur Soltanov tədbirdə iştirak ediblər. ";
  assert.deepEqual(speakers(text + "Nazir müavini bildirib: \"Azərbaycan yaşıl enerji ixracına hazırlaşır\"."), ["Elnur Soltanov"]);
  // look-alike: the minister alone is the minister
  assert.deepEqual(speakers(text + "Nazir bildirib: \"Azərbaycan yaşıl enerji ixracına hazırlaşır\"."), ["Pərviz Şahbazov"]);
});

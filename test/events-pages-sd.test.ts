// Sentences written for these tests (stop 33, sd) in the style of news of statements, denials and diplomatic protests: a
// side called on to act in the passive or by an infinitive, contact kept, words called unacceptable, regret over a side's
// act, a rally organised, a report called fake, an envoy's summons told with its meeting, a demand quoted and reported in
// one sentence, a reproach owned across its quotation, and the speakers of quotations cued by `deyən X`, by a genitive
// owning the words, by `Onun sözlərinə görə` and by `X belə bəyanatla çıxış edib`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);
const speakers = (text: string) => (doc(text).quotes ?? []).map((q) => [q.text, q.speaker]);

test("a side called on to act in the passive is asked; an envoy or a player summoned is not", () => {
  assert.deepEqual(of("Görüşdə Moldova tərəfi müvafiq tədbirlər görməyə çağırılıb.", "REQUEST"), [["Moldova"]]);
  assert.deepEqual(of("Görüşdə Moldova tərəfi müvafiq tədbirlər görməyə çağırılıb.", "CONSULT"), []);
  // (an envoy summoned stays the complaint it was; a player called up is none)
  assert.deepEqual(of("Moldovanın səfiri Levan Şengelia Gürcüstan XİN-ə çağırılıb.", "REQUEST"), []);
  assert.equal(of("Moldovanın səfiri Levan Şengelia Gürcüstan XİN-ə çağırılıb.", "ACCUSE").length, 1);
  assert.deepEqual(events("Futbolçu Tural Qasımlı milli komandaya çağırılıb."), []);
  // (the public called on in the passive names no side)
  assert.deepEqual(of("Sakinlər ehtiyatlı olmağa çağırılıb.", "REQUEST"), []);
});

test("an ambassador calling on a state to act requests; summoning an ambassador complains", () => {
  assert.deepEqual(of("Səfir Tural Qasımlı Moldovanı qoşunlarını dərhal çıxarmağa çağırıb.", "REQUEST"), [["Tural Qasımlı", "Moldova"]]);
  assert.deepEqual(of("Səfir Tural Qasımlı Moldovanı qoşunlarını dərhal çıxarmağa çağırıb.", "ACCUSE"), []);
  assert.equal(of("Gürcüstan Moldovanın səfirini XİN-ə çağırıb.", "ACCUSE").length, 1);
});

test("contact kept with a side told by the predicate is a consultation; with no side, or with the sick, it is none", () => {
  assert.deepEqual(of("Nazir bildirib: “Moldova tərəfi ilə hazırda təmasdayıq”.", "CONSULT").map((a) => a.includes("Moldova")), [true]);
  assert.deepEqual(of("Gürcüstan və Moldova hərbçiləri vəziyyətlə bağlı daim təmasdadırlar.", "CONSULT"), [["Gürcüstan", "Moldova"]]);
  assert.deepEqual(events("Biz təmasdayıq."), []);
  assert.deepEqual(events("Həkim xəstə ilə təmasdadır."), []);
});

test("a side's words called unacceptable are criticism; a plan so called stays refused", () => {
  const phoned = "Nazir Tural Qasımlı Moldova XİN rəhbəri ilə telefonla danışıb və onun açıqlamalarının qəbuledilməz olduğunu bildirib.";
  assert.ok(of(phoned, "ACCUSE").some((a) => a.includes("Tural Qasımlı")));
  assert.equal(of(phoned, "CONSULT").length, 1);
  assert.ok(of("Nazir Tural Qasımlı bildirib: “Moldova səfirinin söylədikləri qəbuledilməzdir”.", "ACCUSE").some((a) => a.includes("Tural Qasımlı")));
  // (said by no one, it is none)
  assert.deepEqual(of("Moldova səfirinin söylədikləri qəbuledilməzdir.", "ACCUSE"), []);
  assert.deepEqual(of("Nazir Tural Qasımlı bildirib: “Moldovanın planı qəbuledilməzdir”.", "ACCUSE"), []);
  assert.equal(of("Nazir Tural Qasımlı bildirib: “Moldovanın planı qəbuledilməzdir”.", "REJECT").length, 1);
});

test("regret over what a side did charges it; regret over a tragedy or with no act named does not", () => {
  assert.deepEqual(of("Müdafiə Nazirliyi: “Moldova ordusunun müraciətlərimizə məhəl qoymamasına təəssüf edirik”.", "ACCUSE"),
    [["Müdafiə Nazirliyi", "Moldova"]]);
  assert.deepEqual(events("Baş verən faciəyə dərin təəssüf edirik."), []);
  assert.deepEqual(of("Nazir bildirib: “Çox təəssüf edirəm. Bu barədə sonra danışarıq”.", "ACCUSE"), []);
});

test("a rally organised is a protest; a film's screening organised is not", () => {
  const rally = of("Partiya lideri Tural Qasımlı bildirib ki, cümə günü Kişinyov meydanında böyük nümayiş təşkil edəcəyik.", "PROTEST");
  assert.equal(rally.length, 1);
  assert.deepEqual(events("Kinoteatrda filmin nümayişi təşkil olunub."), []);
});

test("a report called fake in its speaker's words is denied; a fake thing is not", () => {
  assert.deepEqual(of("Nazir Tural Qasımlı: “Bu xəbər tamamilə saxtadır”.", "REJECT"), [["Tural Qasımlı"]]);
  assert.deepEqual(of("Nazir Tural Qasımlı: “Bu məlumat uydurmadır”.", "REJECT"), [["Tural Qasımlı"]]);
  assert.deepEqual(events("Polis saxta sənədlər hazırlayan şəxsi saxlayıb."), events("Polis sənədlər hazırlayan şəxsi saxlayıb."));
});

test("the meeting an envoy is summoned to and complained to at is that complaint, no talk of its own", () => {
  const text = "Gürcüstan Moldovaya nota verib.\n\nMoldovanın səfiri Tural Qasımlı Xarici İşlər Nazirliyinə çağırılıb. " +
    "Bildirilib ki, görüş zamanı, 3 noyabr tarixində Tiflisdəki səfirliyin ərazisinə mərmi düşməsi ilə bağlı kəskin etiraz bildirilib. " +
    "Görüşdə Moldova tərəfi müvafiq tədbirlər görməyə çağırılıb.";
  assert.deepEqual(of(text, "CONSULT"), []);
  assert.ok(of(text, "ACCUSE").length >= 1);
  // a meeting framing a sentence with no complaint stays a meeting
  assert.equal(of("Nazir Tural Qasımlı moldovalı həmkarı ilə görüşüb. Görüş zamanı tərəflər ticarət əlaqələrini müzakirə ediblər.", "CONSULT").length, 1);
});

test("a demand quoted and the verb of calling that reports it in one sentence are one request", () => {
  const text = "Nazir Tural Qasımlı parlamentdə çıxış edib.\n\n“BMT Təhlükəsizlik Şurasının beş daimi üzvü dünyanın taleyini həll etməməlidir” - deyən Qasımlı ali qurumda islahatlar aparmağa çağırıb.";
  assert.equal(of(text, "REQUEST").length, 1);
  // two calls on two sides in two sentences stay two
  assert.equal(of("Nazir Tural Qasımlı Moldovanı danışıqlara qayıtmağa çağırıb. O, həmçinin Gürcüstanı sülhə çağırıb.", "REQUEST").length, 2);
});

test("a reproach is its owner's across the quotation between them", () => {
  const got = of("Deputat Tural Qasımlı həmkarı Levan Şengelianın “Sözünü kişi kimi de” iradına cavab verib. Levan Şengelia onun çıxışına irad tutub.", "ACCUSE");
  assert.ok(got.length >= 1 && got[0][0] === "Levan Şengelia");
});

test("the speaker of a quotation cued by `deyən X` is X, not the source named before", () => {
  const text = "Metbuat.az-ın Anadolu agentliyinə istinadən məlumatına görə, o bildirib ki, kiçik ölkələr qərarlardan kənarda qalıb.\n\n" +
    "“Nəticədə bir milyard insan heç yerdə təmsil olunmayıb. Bir daha bəyan edirəm, Şura islah olunmalıdır” - deyən Qasımlı ali qurumda islahatlar aparmağa çağırıb.";
  assert.deepEqual(speakers(text).map((x) => x[1]), ["Qasımlı"]);
  assert.deepEqual(speakers("“Nəticədə bir milyard insan heç yerdə təmsil olunmayıb” - qeyd edən nazir Tural Qasımlı bildirib ki, islahat lazımdır.").map((x) => x[1]),
    ["Tural Qasımlı"]);
});

test("a genitive owning the noun of speech after a quotation said it; the clause's subject answers", () => {
  const text = "Nazir Tural Qasımlı Levan Şengelianın “Biz bu qərarı heç vaxt qəbul etməyəcəyik” sözlərinə cavab olaraq bunları yazıb: " +
    "“Bu, yalnız emosional bir bəyanatdır və ciddi qəbul edilməməlidir”.";
  assert.deepEqual(speakers(text).map((x) => x[1]), ["Levan Şengelia", "Tural Qasımlı"]);
  // the object of saying with no genitive before it is the subject's
  assert.deepEqual(speakers("Nazir Tural Qasımlı “Biz bu qərarı heç vaxt qəbul etməyəcəyik” sözlərini deyib.").map((x) => x[1]), ["Tural Qasımlı"]);
});

test("after `Onun sözlərinə görə`, a state acting in the clause before the colon does not speak", () => {
  const text = "Bunu XİN sözçüsü Tural Qasımlı yazıb.\nOnun sözlərinə görə, Gürcüstan sakinlərə təminat verməyə hazır olduğunu bildirib: " +
    "\"Bu baxımdan Moldovanın səsləndirdiyi ifadələr təbliğatın məhsuludur\".";
  assert.deepEqual(speakers(text).map((x) => x[1]), ["Tural Qasımlı"]);
  // a person named after the frame still speaks
  const named = "Agentliyin məlumatına görə, Tural Qasımlı deyib: \"Bu baxımdan Moldovanın ifadələri təbliğatın məhsuludur\".";
  assert.deepEqual(speakers(named).map((x) => x[1]), ["Tural Qasımlı"]);
});

test("a quotation closing its sentence before `X belə bəyanatla çıxış edib` is X's; `Belə ki` points at nothing", () => {
  assert.deepEqual(speakers("“Bu qərar heç vaxt dəyişməyəcək”.Moldovanın baş naziri Tural Qasımlı belə bəyanatla çıxış edib.").map((x) => x[1]),
    ["Tural Qasımlı"]);
  assert.deepEqual(speakers("“Bu qərar heç vaxt dəyişməyəcək və biz geri çəkilməyəcəyik”. Nazir Tural Qasımlı belə deyib.").map((x) => x[1]),
    ["Tural Qasımlı"]);
  assert.deepEqual(speakers("Bakıda “Yaşıl şəhər” adlı layihə başlayıb. Belə ki, paytaxtda ağaclar əkiləcək."), []);
});

test("a fake report exposed is denied; a wrong exposed by a journalist is not", () => {
  assert.deepEqual(of("Nazir Tural Qasımlı ermənilərin “vurulmuş qırıcı” barədə saxta xəbərini ifşa edib.", "REJECT"), [["Tural Qasımlı"]]);
  assert.deepEqual(events("Jurnalist Tural Qasımlı korrupsiyanı ifşa edib."), []);
  // (fake goods sold by a gang the police uncovered are no report denied)
  assert.deepEqual(of("Kiberpolis saxta kredit verən dəstəni ifşa edib.", "REJECT"), []);
});

test("international law said broken, with a manner between, is a charge by whoever says it", () => {
  assert.deepEqual(of("Səfir Tural Qasımlı Moldovanın beynəlxalq hüququ açıq şəkildə pozduğunu qeyd edib.", "ACCUSE"), [["Tural Qasımlı", "Moldova"]]);
  // (told by no one it is none)
  assert.deepEqual(of("Moldova beynəlxalq hüququ açıq şəkildə pozub.", "ACCUSE"), []);
});

test("a plan denied in a reported clause negates the act; one affirmed plans it", () => {
  assert.deepEqual(of("Sözçü Tural Qasımlı Moldovanın Gürcüstan ilə əlaqə saxlamağı planlaşdırmadığını deyib.", "CONSULT").length, 1);
  assert.equal(events("Sözçü Tural Qasımlı Moldovanın Gürcüstan ilə əlaqə saxlamağı planlaşdırmadığını deyib.").find((e) => e.type === "CONSULT")?.mode, "negated");
  assert.equal(events("Sözçü Tural Qasımlı Moldovanın Gürcüstan ilə görüşməyi planlaşdırdığını deyib.").find((e) => e.type === "CONSULT")?.mode, "future");
});

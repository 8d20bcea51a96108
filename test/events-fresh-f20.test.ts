// The errors of two fresh blind sets (`test/gold/blind15/`, domestic and business news; `test/gold/headlines11/`, crime and
// society headlines), on sentences written for these tests: an act told at a gathering dated before (`forumun açılış
// sessiyasında`) takes its date; guests of a gathering its host held, told taking part, are its sides; a name inside a
// quoted title is no side; a requirement applied is no demand; a procedure's stage is no act; a negated participle
// describing a noun tells no act; a call whose words the next sentence gives to a speaker is that speaker's; an
// ablative title opening a label is an office with no holder named; problems solved together with a named side are
// cooperation; a quoted label telling its own act in the first person is no press report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-03-13") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const kinds = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.actors.join("|")}:${e.date}:${e.mode}`);
const speakers = (text: string, date?: string) => (doc(text, date).quotes ?? []).map((q) => q.speaker);

const FORUM = "10–11 mart tarixlərində Bankçılar Assosiasiyasının təşkilatçılığı ilə Tiflisdə keçirilən “Fintex 2025” forumu " +
  "sahə liderlərini bir araya gətirib. Tədbir çərçivəsində aktual mövzular müzakirə olunub. ";

test("an act at the opening session of a gathering spanning days, dated before, is on its first day", () => {
  const evs = events(FORUM + "“Bakcell” MMC-nin prezidenti Nicat Əliyev forumun açılış sessiyasında çıxış edib.");
  const talk = evs.find((e) => e.actors.includes("Nicat Əliyev"));
  assert.equal(talk?.date, "2025-03-10");
  // look-alike: a speech at another gathering, named by no noun of the dated one, keeps no date of it
  const other = events(FORUM + "“Bakcell” MMC-nin prezidenti Nicat Əliyev Bakıda keçirilən iclasda çıxış edib.")
    .find((e) => e.actors.includes("Nicat Əliyev"));
  assert.notEqual(other?.date, "2025-03-10");
});

test("an act at a gathering spanning days the news was written in, not at its opening, is on no day the text names", () => {
  const summit = "Sammit martın 12-13-də Vilnüsdə keçirilib. Prezident Ramiz Kərimov sammitdə Baş nazir Tomas Berqlə görüşüb.";
  // written on the summit's last day: the meeting is the news of the day, not of its first day
  const met = events(summit).find((e) => e.type === "CONSULT" && e.actors.includes("Tomas Berq"));
  assert.ok(met);
  assert.notEqual(met.date, "2025-03-12");
  // look-alike: the same told at the opening session is on the first day
  const opened = events(summit.replace("sammitdə", "sammitin açılış sessiyasında")).find((e) => e.type === "CONSULT" && e.actors.includes("Tomas Berq"));
  assert.equal(opened?.date, "2025-03-12");
});

test("a name inside a quoted title is no side of taking part in a panel", () => {
  const text = "Nicat Əliyev çıxış edib. Daha sonra “Qafqazın maliyyə potensialı” mövzusuna həsr olunmuş panel müzakirəsində iştirak edən N. Əliyev " +
    "şirkətin layihəsini nümunə kimi təqdim edib.";
  assert.ok(!events(text).some((e) => e.actors.includes("Qafqaz")));
  // look-alike: a name owning the subject outside quotation marks still stands for it (`X-in naziri … görüşüb`)
  assert.deepEqual(kinds("Gürcüstanın naziri Bakıda Azərbaycanla görüşüb.").map((k) => k.split(":")[0]), ["CONSULT"]);
});

test("guests of a gathering its host held, told taking part with the host, are sides of that gathering", () => {
  const held = "“Kapital Bank” 12 mart 2025-ci il tarixində Bakıda “Rəqəmsal ödənişlər” adlı konfrans keçirib. Konfrans çərçivəsində ödəniş sistemləri müzakirə olunub. ";
  assert.deepEqual(kinds(held + "Qeyd edək ki, tədbirdə Mərkəzi Bankın, İqtisadiyyat Nazirliyinin təmsilçiləri, “Kapital Bank”ın rəhbər heyəti də daxil olmaqla 80-ə yaxın qonaq iştirak edib."),
    ["CONSULT:Kapital Bank|Mərkəzi Bank|İqtisadiyyat Nazirliyi:2025-03-12:asserted"]);
  // look-alike: guests without the host stay an attendance of their own
  assert.equal(events(held + "Qeyd edək ki, tədbirdə Mərkəzi Bankın təmsilçiləri iştirak edib.").length, 2);
});

test("a requirement applied is a rule imposed, no demand nor promise", () => {
  assert.deepEqual(events("ABŞ administrasiyası bütün əcnəbi tələbələr üçün yeni tələb tətbiq etməyə hazırlaşır."), []);
  // look-alike: a demand on a named side
  assert.deepEqual(kinds("Fransa İrandan girovları azad etməyi tələb edib.", "2025-05-22"), ["REQUEST:Fransa|İran:2025-05-22:demanded"]);
});

test("a procedure's stage (`razılaşdırılma mərhələsindədir`) is no agreement", () => {
  assert.deepEqual(events("Azərbaycan Respublikasının Qanun layihəsi hazırlanıb (razılaşdırılma mərhələsindədir)."), []);
  // look-alike: a text agreed between two states
  assert.deepEqual(kinds("Azərbaycan və Gürcüstan sənədin mətnini razılaşdırıblar.").map((k) => k.split(":")[0]), ["AGREE"]);
});

test("a negated participle describing a noun (`qadağan olunmayan fəaliyyət`) tells no act", () => {
  assert.deepEqual(events("Bu ərazidə Azərbaycanın qanunları ilə qadağan olunmayan bütün fəaliyyət növləri həyata keçirilə bilər."), []);
  // look-alike: a ban not imposed, told by a finite verb
  assert.deepEqual(kinds("Azərbaycan bu fəaliyyəti qadağan etməyib.").map((k) => k.split(":").slice(0, 2).join(":") + ":" + k.split(":")[3]), ["COERCE:Azərbaycan:negated"]);
});

test("a call with its subject dropped, whose words the next sentence gives to a speaker, is that speaker's", () => {
  const text = "Sabit internetdən istifadə edən vətəndaşları modem seçərkən diqqətli olmağa çağırır. “APA-Economics” xəbər verir ki, bunu " +
    "təlimdə Rabitə Agentliyinin əməkdaşı Samir Quliyev deyib.";
  assert.deepEqual(kinds(text, "2025-07-18"), ["REQUEST:Samir Quliyev:2025-07-18:demanded"]);
  // look-alike: a thing requires, and the sentence after names who said so: no demand
  assert.deepEqual(events("Layihə böyük vəsait tələb edir. Bunu nazir Samir Quliyev deyib."), []);
});

test("an outlet's frame before `bunu X deyib` gives an opening quotation to X", () => {
  assert.deepEqual(speakers("“Qəbul yerlərinin yarısı texniki ixtisaslara ayrılır”. Banker.az xəbər verir ki, bu sözləri açıqlamasında nazir müavini Samir Quliyev deyib."),
    ["Samir Quliyev"]);
  // look-alike: no back reference after the frame, no speaker (the quotation is left out)
  assert.deepEqual(speakers("“Qəbul yerlərinin yarısı texniki ixtisaslara ayrılır”. Banker.az xəbər verir ki, qəbul iyulda başlayacaq."), []);
});

test("an ablative title opening a label is an office with no holder named (`Deputatdan TƏKLİF:`)", () => {
  assert.deepEqual(speakers('Deputatdan TƏKLİF: "Müdafiə xərclərinin bir hissəsi kibermüdafiəyə yönəldilsin"'), [null]);
  // look-alike: a name in the ablative speaks
  assert.deepEqual(speakers('Orbandan AÇIQLAMA: "Qiymətlər artmayacaq"'), ["Orban"]);
});

test("problems solved together with a named side are cooperation; a body's own act in the first person is told, not reported", () => {
  assert.deepEqual(kinds('"Gürcüstan Dəmir Yolu": "Azərbaycanla yükdaşımada hər problemi birlikdə həll edirik"', "2025-11-20"),
    // (the quoted name is one body, named with its state, which follows it among the actors)
    ["COOPERATE:Gürcüstan Dəmir Yolu|Gürcüstan|Azərbaycan:2025-11-20:asserted"]);
  // look-alikes: an outlet's label over others' act stays reported; a family solving its problems is no side's act
  assert.deepEqual(kinds('"Politico": "Fransa Almaniya ilə problemləri birlikdə həll edir"', "2025-11-20"), ["COOPERATE:Fransa|Almaniya:2025-11-20:reported"]);
  assert.deepEqual(events("Ailə üzvləri problemləri birlikdə həll edirlər."), []);
});

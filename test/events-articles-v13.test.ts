// Articles of the domestic politics of neighbouring and regional states (Armenia, Georgia, Russia, Ukraine, Iran, Turkey),
// written for these tests: people of the region named by a given name the tables lacked, titles before a name, an arrest
// or an attack judged by a side that did not do it, the detained named as the object of another act, arrests and laws
// called persecution or meddling, an act dated by a week told before, a sentence going on with the occasion past its
// source, and a law adopted received as no guest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-06-20") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const people = (text: string) => (doc(text).entities ?? []).filter((e) => e.type === "PER").map((e) => e.name);

test("a given name of the region opens a person's name (`milyarder Samvel Karapetyanı`, `Özgür Özəl`)", () => {
  assert.deepEqual(people("Ermənistan Milli Təhlükəsizlik Xidməti rusiyalı milyarder Samvel Karapetyanı saxlayıb."), ["Samvel Karapetyan"]);
  // the surname alone afterwards is the same person, and speaks the quotation
  const d = doc("CHP sədri Özgür Özəl hökuməti günahlandırıb. \"Xalqın iradəsini qandallamaq olmaz\", - Özəl jurnalistlərə deyib.");
  assert.deepEqual(d.quotes?.map((q) => q.speaker), ["Özgür Özəl"]);
  assert.ok(sides("CHP sədri Özgür Özəl hökuməti günahlandırıb.").includes("ACCUSE:Özgür Özəl"));
  // look-alike: a known given name still reads as before
  assert.deepEqual(people("Nikol Paşinyan bəyanat yayıb."), ["Nikol Paşinyan"]);
});

test("a title of office before a name stays out of it (`Ali Komissarı Volker Türk`, `arxiyepiskopu X`)", () => {
  assert.deepEqual(people("BMT-nin insan hüquqları üzrə Ali Komissarı Volker Türk edamları pisləyib."), ["Volker Türk"]);
  assert.deepEqual(people("Kilsənin arxiyepiskopu Baqrat Qalstanyan həbs edilib."), ["Baqrat Qalstanyan"]);
  // look-alike: a body named with the same word stays a body
  assert.ok((doc("BMT Ali Komissarlığı bəyanat yayıb.").entities ?? []).some((e) => e.type === "ORG" && e.name === "Ali Komissarlıq"));
});

test("an act of harm named as the object of a judging verb is not the judge's (`Türkiyə hücumu qınayıb`)", () => {
  assert.deepEqual(sides("Türkiyə hücumu qınayıb."), ["ACCUSE:Türkiyə"]);
  assert.deepEqual(sides("Robert Koçaryan həbsi siyasi təqib adlandırıb."), ["ACCUSE:Robert Koçaryan"]);
  assert.deepEqual(sides("Azərbaycan XİN Moskvada törədilən terror hücumunu qətiyyətlə pisləyib.").filter((s) => s.startsWith("ASSAULT")), []);
  // look-alike: the owner's act stays (`Rusiyanın hücumunu`), and an act carried on is the subject's own
  assert.ok(sides("Ukrayna Rusiyanın hücumunu qınayıb.").includes("ASSAULT:Rusiya"));
  assert.ok(sides("İsrail Qəzzaya hücumu davam etdirib.").includes("ASSAULT:Qəzza|İsrail"));
});

test("the detained named as the object of another act are no new detention (`saxlanılanları azad etməyə çağırıb`)", () => {
  assert.deepEqual(sides("Salome Zurabişvili hakimiyyəti bütün saxlanılanları dərhal azad etməyə çağırıb."), ["REQUEST:Salome Zurabişvili"]);
  assert.deepEqual(sides("Robert Koçaryan həbs olunanlarla görüşüb.").filter((s) => s.startsWith("COERCE")), []);
  // look-alike: in the nominative they may be the only telling of the detention, and stay
  assert.ok(sides("Saxlanılanlar arasında Levan Xabeişvili də var.").includes("COERCE:Levan Xabeişvili"));
});

test("an arrest, a coup or meddling named by a side is an accusation (`\"siyasi çevriliş\" adlandıraraq`, `müdaxilə kimi`)", () => {
  assert.ok(sides("Cümhuriyyət Xalq Partiyası qərarı \"siyasi çevriliş\" adlandıraraq, etiraz aksiyaları keçirəcəyini bəyan edib.")
    .includes("ACCUSE:Cümhuriyyət Xalq Partiyası"));
  assert.ok(sides("Gürcüstan XİN Brüsselin bəyanatını ölkənin suveren işlərinə qarışmaq cəhdi kimi qiymətləndirib.").some((s) => s.startsWith("ACCUSE:")));
  assert.ok(sides("ABŞ Dövlət Departamenti qanunu \"müstəqil səsləri susdurmağa yönəlmiş addım\" kimi dəyərləndirib.").some((s) => s.startsWith("ACCUSE:")));
  // look-alike: a thing named or judged anything else is none
  assert.deepEqual(sides("Prezident İlham Əliyev bu addımı uğur kimi qiymətləndirib."), []);
  assert.deepEqual(sides("Nazir Ceyhun Bayramov sənədi \"yol xəritəsi\" adlandırıb."), []);
});

test("an act told on after one dated by a week takes that week (`ötən həftə … Əməliyyat zamanı …`)", () => {
  const d = "2025-08-04";
  const ev = events("NABU ötən həftə Müdafiə Nazirliyinin əməkdaşlarının evlərində axtarışlar aparıb.\nƏməliyyat zamanı deputat Aleksey Kuznetsov da saxlanılıb.", d);
  assert.deepEqual(ev.map((e) => e.date), ["2025-W31", "2025-W31"]);
  // look-alike: a week still to come does not date an act told done
  const next = events("NABU gələn həftə yoxlama aparacaq.\nDeputat Aleksey Kuznetsov saxlanılıb.", d).find((e) => e.type === "COERCE");
  assert.equal(next?.date ?? d, d);
});

test("a sentence going on with the occasion past its source keeps the occasion's date (`X-in açıqlamasına görə, iğtişaşlar zamanı …`)", () => {
  const text = "Gürcüstanda polis bazar günü Tbilisidə etiraz aksiyasını dağıdıb.\nDaxili İşlər Nazirliyinin açıqlamasına görə, " +
    "iğtişaşlar zamanı 40-dan çox etirazçı saxlanılıb.";
  // (the detention, not the dispersal, which is COERCE 175 too)
  assert.equal(events(text, "2024-12-02").find((e) => e.type === "COERCE" && e.cameo !== "175")?.date, "2024-12-01");
  // look-alike: a sentence past its source turning to another matter is not dated by the one before
  const other = "Gürcüstanda polis bazar günü Tbilisidə etiraz aksiyasını dağıdıb.\nDaxili İşlər Nazirliyinin açıqlamasına görə, " +
    "deputat Levan Xabeişvili saxlanılıb.";
  assert.notEqual(events(other, "2024-12-02").find((e) => e.type === "COERCE" && e.cameo !== "175")?.date, "2024-12-01");
});

test("a law adopted with no ending receives no guest (`… məhdudlaşdıran qanun qəbul etmişdi`)", () => {
  assert.deepEqual(sides("İyulun 22-də Ali Rada NABU-nun səlahiyyətlərini məhdudlaşdıran qanun qəbul etmişdi.", "2025-08-04"), []);
  // look-alike: a guest received stays a meeting
  assert.ok(sides("Prezident İlham Əliyev Rusiya Dövlət Dumasının sədrini qəbul edib.").some((s) => s.startsWith("CONSULT:")));
});

test("a post's noun inside a sentence stands for the one person titled with it (`Pezeşkian nazirin siyasətini dəstəkləyib`)", () => {
  const lead = "İran parlamenti iqtisadiyyat naziri Əbdülnasir Həmmətiyə etimadsızlıq göstərib. ";
  assert.ok(sides(lead + "Prezident Məsud Pezeşkian nazirin siyasətini dəstəklədiyini bildirib.").includes("SUPPORT:Məsud Pezeşkian|Əbdülnasir Həmməti"));
  // look-alike: the noun before another post's noun (`nazirin müavini`) or after a word of a longer title (`Baş nazirin`) is
  // someone else
  const other = "Xarici işlər naziri Ceyhun Bayramov Bakıda olub. ";
  assert.deepEqual(sides(other + "Prezident İlham Əliyev nazirin müavini ilə görüşüb."), ["CONSULT:İlham Əliyev"]);
  assert.deepEqual(sides(other + "Prezident İlham Əliyev Baş nazirin müavini ilə görüşüb."), ["CONSULT:İlham Əliyev"]);
});

test("a vote for someone's resignation supports no one (`nazirin istefasının lehinə səs verib`)", () => {
  assert.deepEqual(sides("Səsvermədə 182 deputat nazir Əbdülnasir Həmmətinin istefasının lehinə səs verib."), []);
  // look-alike: a vote for a candidacy still supports the candidate
  assert.ok(sides("Deputatlar Əbdülnasir Həmmətinin namizədliyinin lehinə səs verib.").some((s) => s.startsWith("SUPPORT:")));
});

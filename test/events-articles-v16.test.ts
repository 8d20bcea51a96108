// Articles of rights, courts and media (journalists arrested and tried, statements of international bodies and Baku's
// answers, pardons and releases), written for these tests: a delegation recalled from an assembly, a decision deemed
// unacceptable, calls not accepted, a court's hearing, custody, a release to house arrest, defendants, a hunger strike,
// an appeal left unsatisfied, a date of the object's relative clause, a resolution's story, and names in a case.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2026-03-10") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const types = (text: string, date?: string) => events(text, date).map((e) => e.type);
const ents = (text: string) => (doc(text).entities ?? []).map((e) => `${e.type}:${e.text}`);

test("a delegation called back from an assembly is recalled (`AŞPA-dakı nümayəndə heyətini geri çağırıb`, SANCTION 161)", () => {
  const recalled = events("Milli Məclisin Sədri Sahibə Qafarova Azərbaycanın AŞPA-dakı nümayəndə heyətini geri çağırıb.");
  assert.deepEqual(recalled.map((e) => [e.type, e.cameo]), [["SANCTION", "161"]]);
  assert.ok(recalled[0].actors.includes("Sahibə Qafarova"));
  // look-alikes: goods called back are a product recall; a delegation received is a meeting
  assert.deepEqual(types("Şirkət 2 min avtomobili geri çağırıb."), []);
  assert.ok(!types("Prezident Fransa nümayəndə heyətini qəbul edib.").includes("SANCTION"));
});

test("a decision deemed unacceptable by `saymaq` rejects it (`AŞPA-nın qərarını qəbuledilməz sayıb`)", () => {
  assert.deepEqual(sides("Nümayəndə heyətinin rəhbəri Samad Seyidov AŞPA-nın qərarını qəbuledilməz sayıb."),
    ["REJECT:AŞPA|Samad Seyidov"]);
  // look-alike: a norm stated in the passive (`qəbuledilməz sayılır`) rejects no side's act
  assert.deepEqual(types("Belə hallar qəbuledilməz sayılır."), []);
});

test("calls not accepted are refused (REJECT) and calls accepted yielded to (CONCEDE), no guest received", () => {
  assert.deepEqual(sides("Azərbaycan BMT məruzəçisi Meri Loulorun çağırışlarını qəbul etməyib."), ["REJECT:Azərbaycan|Meri Loulor"]);
  assert.deepEqual(types("Ermənistan Azərbaycanın çağırışlarını qəbul edib."), ["CONCEDE"]);
  // look-alike: a person received stays a meeting
  assert.deepEqual(types("Ermənistan Baş naziri Azərbaycanın səfirini qəbul edib."), ["CONSULT"]);
});

test("a court's hearing is its own sitting, no meeting (`Apellyasiya Məhkəməsi … keçirilən iclasda`)", () => {
  const text = "Bakı Apellyasiya Məhkəməsi avqustun 3-də keçirilən iclasda müdafiə tərəfinin vəsatətini təmin edib.";
  assert.ok(!types(text, "2026-08-04").includes("CONSULT"));
  // look-alike: a meeting of two sides held stays one
  assert.ok(types("Azərbaycan və Gürcüstan nümayəndələrinin iclası avqustun 3-də keçirilib.", "2026-08-04").includes("CONSULT"));
});

test("staying in custody is no arrest though the morphology reads the participle as a noun (`həbsdə qalan`)", () => {
  const text = "Yan Braathu Azərbaycan hakimiyyətini hələ də həbsdə qalan digər jurnalistləri də azad etməyə çağırıb.";
  assert.deepEqual(types(text), ["REQUEST"]);
  // look-alike: kept in custody is the detention
  assert.ok(types("Polis Anar Quliyevi 3 gün həbsdə saxlayıb.").includes("COERCE"));
});

test("released from detention to house arrest is a release, no arrest (`həbsdən ev dustaqlığına buraxılıb`)", () => {
  assert.deepEqual(sides("Hüquq müdafiəçisi Leyla Kərimova həbsdən ev dustaqlığına buraxılıb."), ["RETREAT:Leyla Kərimova"]);
  // look-alikes: released some time after the arrest is a release too; an arrest stays one
  assert.deepEqual(types("Jurnalist Anar Quliyev həbsdən 3 il sonra buraxılıb."), ["RETREAT"]);
  assert.deepEqual(types("Polis Leyla Kərimovanı həbs edib."), ["COERCE"]);
});

test("the defendants (`Təqsirləndirilən şəxslər`) are no charge laid", () => {
  assert.deepEqual(types("Təqsirləndirilən şəxslər Mustafa Hacıbəyli və Fərid İsmayılov ittihamı qəbul etməyiblər."), ["REJECT"]);
  // look-alike: a side charged by a named accuser
  assert.deepEqual(sides("Prokurorluq Anar Məmmədlini qaçaqmalçılıqda təqsirləndirib."), ["ACCUSE:Anar Məmmədli"]);
});

test("refusing food is the hunger strike told again, no refusal of a side (`qida qəbulundan imtina edir`)", () => {
  const text = "Həbsdə olan fəal Tofiq Rzayev aclıq aksiyasını davam etdirir. O, fevralın 20-dən etibarən qida qəbulundan imtina edir.";
  assert.deepEqual(types(text), ["PROTEST"]);
  // look-alike: a state refusing to sign refuses
  assert.deepEqual(types("Ermənistan sülh sazişini imzalamaqdan imtina edib."), ["REJECT"]);
});

test("a court leaving an appeal unsatisfied refuses it (`şikayətini təmin etməyib`, REJECT)", () => {
  assert.deepEqual(sides("Bakı Apellyasiya Məhkəməsi jurnalist Anar Quliyevin şikayətini təmin etməyib."),
    ["REJECT:Anar Quliyev|Bakı Apellyasiya Məhkəməsi"]);
  // look-alikes: one satisfied is told by its outcome; `təmin etmək` of anything else provides it
  assert.deepEqual(types("Ali Məhkəmə Anar Quliyevin vəsatətini təmin edib."), []);
  assert.deepEqual(types("Bakı Şəhər İcra Hakimiyyəti Binəqədi sakinlərini su ilə təmin etməyib."), []);
});

test("a date opening a relative clause of the object dates the object, not the act (`noyabrın 20-də qəbul etdiyi qətnaməni rədd edib`)", () => {
  const [rejected] = events("Azərbaycan XİN Avropa Parlamentinin noyabrın 20-də qəbul etdiyi qətnaməni rədd edib.", "2025-11-21");
  assert.equal(rejected.type, "REJECT");
  assert.ok(rejected.date === null || rejected.date === "2025-11-21");
  // look-alike: a date of the occasion the act took place at dates the act
  const [refused] = events("Mayın 21-də keçirilən məhkəmə iclasında hakim Rauf Əhmədov Anar Quliyevin şikayətini təmin etməyib.", "2026-05-22");
  assert.equal(refused.date, "2026-05-21");
});

test("a side's acts told in the resolution the dated sentence named take its date (`X qətnamədə … pisləyib`)", () => {
  const text = "Azərbaycan XİN Avropa Parlamentinin noyabrın 20-də qəbul etdiyi qətnaməni rədd edib. " +
    "Avropa Parlamenti qətnamədə Aİ-ni Bakıya qarşı sanksiyalar tətbiq etməyə çağırıb.";
  assert.equal(events(text, "2025-11-21").find((e) => e.type === "REQUEST")?.date, "2025-11-20");
  // look-alike: a document the dated sentence did not name tells its own story
  const other = "Azərbaycan XİN Avropa Parlamentinin noyabrın 20-də qəbul etdiyi qətnaməni rədd edib. " +
    "Avropa Parlamenti bəyanatda Aİ-ni Bakıya qarşı sanksiyalar tətbiq etməyə çağırıb.";
  assert.notEqual(events(other, "2025-11-21").find((e) => e.type === "REQUEST")?.date, "2025-11-20");
});

test("a pardon told again in its effect two sentences on, with no date of its own, is the pardon (`Sərəncama əsasən … azad ediliblər`)", () => {
  const text = "Prezident İlham Əliyev dekabrın 28-də 154 nəfərin əfv edilməsi haqqında sərəncam imzalayıb. " +
    "Sərəncam 154 məhkuma şamil olunur. Sərəncama əsasən, onlar cəzanın qalan hissəsini çəkməkdən azad ediliblər.";
  assert.deepEqual(types(text, "2025-12-29"), ["CONCEDE"]);
  // look-alike: a release dated a day of its own is the release, after the pardon
  assert.deepEqual(types(text + " Jurnalist Aqil Vəliyev dekabrın 29-da həbsdən azad edilib.", "2025-12-29"), ["CONCEDE", "RETREAT"]);
});

test("an initial with a surname in a case ends the name (`N.Abdullayevaya Cinayət Məcəlləsinin`)", () => {
  assert.deepEqual(ents("Vəkilin sözlərinə görə, N.Abdullayevaya Cinayət Məcəlləsinin maddəsi ilə ittiham elan olunub.")
    .filter((e) => e.startsWith("PER")), ["PER:N.Abdullayevaya"]);
  // look-alikes: an initial before the rest of a name in no case, and a woman's surname in the nominative, stay whole
  assert.ok(ents("Bunu İ.Əliyevin köməkçisi Hikmət Hacıyev deyib.").includes("PER:İ.Əliyevin"));
  assert.ok(ents("N.Abdullayeva Bakıda saxlanılıb.").includes("PER:N.Abdullayeva"));
});

test("a body's head standing alone is no person or place (`Assambleyanın bəzi üzvləri`), but opens a place before its head", () => {
  assert.deepEqual(ents("O qeyd edib ki, Assambleyanın bəzi üzvləri Azərbaycana qarşı kampaniya aparır."), ["LOC:Azərbaycana"]);
  assert.deepEqual(ents("Parlament prospektində yeni piyada keçidi istifadəyə verilib."), ["LOC:Parlament"]);
});

test("outlets and rights groups named in court news are bodies (`\"Amerikanın Səsi\"nə`, `Medianın İnkişafı Agentliyi`, `RSF`)", () => {
  assert.ok(ents('Bu barədə onun həyat yoldaşı Günel Rzayeva "Amerikanın Səsi"nə bildirib.').includes("ORG:Amerikanın Səsi"));
  assert.ok(ents('Medianın İnkişafı Agentliyi isə RSF-in bəyanatını "qərəzli və əsassız" adlandırıb.').includes("ORG:Medianın İnkişafı Agentliyi"));
  const rsf = doc("Sərhədsiz Reportyorlar bu addımı pisləyib. RSF-in bəyanatında deyilir ki, jurnalist azad edilməlidir.");
  const names = new Set((rsf.entities ?? []).filter((e) => e.type === "ORG").map((e) => e.name));
  assert.equal(names.size, 1);
  // look-alike: America alone stays the place
  assert.ok(ents("Amerikanın mövqeyi dəyişməyib.").includes("LOC:Amerikanın"));
});

test("a rapporteur or a rights defender titled before is named again by the title (`məruzəçinin çağırışlarını`, `Hüquq müdafiəçisi isə`)", () => {
  const text = "BMT-nin xüsusi məruzəçisi Meri Loulor Bakını jurnalistləri azad etməyə çağırıb. " +
    "Azərbaycan isə məruzəçinin çağırışlarını qəbul etməyib.";
  assert.ok(sides(text).includes("REJECT:Azərbaycan|Meri Loulor"));
  const said = doc("Hüquq müdafiəçisi Leyla Kərimova həbsdən buraxılıb. Aİ-nin sözçüsü Anitta Hipper bunu alqışlayıb. " +
    "Hüquq müdafiəçisi isə jurnalistlərə bildirib: «Mübarizəni davam etdirəcəyəm».");
  assert.equal(said.quotes?.[0]?.speaker, "Leyla Kərimova");
  // look-alike: a rapporteur the article never titled by name names no one
  assert.ok(!sides("Azərbaycan isə məruzəçinin çağırışlarını qəbul etməyib.").some((s) => s.includes("Loulor")));
});

test("regret over a side's decision is displeasure (`qərarından təəssüflənib`, ACCUSE 110), over a disaster none", () => {
  assert.deepEqual(sides("Vaşinqton Moskvanın qərarından təəssüflənib."), ["ACCUSE:ABŞ|Rusiya"]);
  assert.deepEqual(types("Prezident Rəcəb Tayyib Ərdoğan zəlzələdə həlak olanlara görə təəssüfləndiyini bildirib."), []);
});

test("a complaint lodged with a named body in the bare noun is one (`Apellyasiya Məhkəməsinə şikayət veriləcək`, ACCUSE 114)", () => {
  const [appeal] = events("Vəkil Elçin Sadıqov məhkəmənin qərarından Bakı Apellyasiya Məhkəməsinə şikayət veriləcəyini bildirib.");
  assert.equal(appeal?.type, "ACCUSE");
  assert.equal(appeal.mode, "future");
  assert.ok(appeal.actors.includes("Bakı Apellyasiya Məhkəməsi"));
  // look-alike: a complaint to no named body tells no act between sides
  assert.deepEqual(types("Sakinlər bu barədə şikayət veriblər."), []);
});

test("a measure of restraint changed is no arrest (`qətimkan tədbirini dəyişib`), one chosen is", () => {
  assert.deepEqual(types("Bakı Apellyasiya Məhkəməsi Leyla Kərimovanın qətimkan tədbirini dəyişib.", "2026-08-04"), []);
  assert.deepEqual(types("Xətai Rayon Məhkəməsi Anar Quliyev barəsində qətimkan tədbiri seçib."), ["COERCE"]);
});

test("a court's measure or a case about a named person is done to them (`X barəsində həbs qətimkan tədbiri seçib`)", () => {
  assert.deepEqual(sides("Xətai Rayon Məhkəməsi jurnalist Nərgiz Abdullayeva barəsində 4 ay müddətinə həbs qətimkan tədbiri seçib."),
    ["COERCE:Nərgiz Abdullayeva|Xətai Rayon Məhkəməsi"]);
  assert.deepEqual(sides("Anar Quliyev barəsində cinayət işi başlanılıb."), ["ACCUSE:Anar Quliyev"]);
  // a verbless headline keeps its source as the doer (`Türkiyədən Netanyahu barəsində həbs qərarı`)
  assert.deepEqual(sides("Türkiyədən Netanyahu barəsində həbs qərarı"), ["COERCE:Netanyahu|Türkiyə"]);
  // look-alike: talk about a person is no act on them
  assert.deepEqual(types("Ərdoğan Putin barəsində bəyanat verib."), []);
});

test("a hunger strike told by the noun alone (`aclığa başlayıb`, `aclıq edir`) is one; hunger suffered is none", () => {
  assert.deepEqual(sides("Jurnalist Tofiq Rzayev aclığa başlayıb."), ["PROTEST:Tofiq Rzayev"]);
  assert.deepEqual(sides("Fəal Tofiq Rzayev həbsxanada aclıq edir."), ["PROTEST:Tofiq Rzayev"]);
  assert.deepEqual(types("Qəzzada 500 min nəfər aclıq çəkir."), []);
});

test("a deputy giving up the seat resigns (`mandatından imtina edib`, RETREAT), no refusal", () => {
  assert.deepEqual(types("Deputat Elşən Musayev mandatından imtina edib."), ["RETREAT"]);
  // look-alike: a state giving up claims concedes them
  assert.deepEqual(types("Ermənistan iddialarından imtina edib."), ["CONCEDE"]);
});

test("an act named by its noun as the object of a judging verb takes no side from that verb's subject (`Jurnalistin həbsini ABŞ pisləyib`)", () => {
  assert.deepEqual(sides("Jurnalistin həbsini ABŞ pisləyib."), ["ACCUSE:ABŞ"]);
  // (so with a verbal noun: the release welcomed is no act of the one welcoming it)
  assert.ok(sides("Leyla Kərimovanın azadlığa buraxılmasını Aİ alqışlayıb.").includes("RETREAT:Leyla Kərimova"));
  // look-alike: the noun's own sides before it stay
  assert.deepEqual(sides("Rusiyanın Ukraynaya hücumunu Türkiyə qınayıb."), ["ASSAULT:Rusiya|Ukrayna", "ACCUSE:Rusiya|Türkiyə"]);
});

test("an act denied of no one denies a kind of act, no act of a side (`heç kim … həbs olunmayıb`)", () => {
  assert.deepEqual(types("Azərbaycanda heç kim jurnalist fəaliyyətinə görə həbs olunmayıb."), []);
  // look-alikes: an act denied of a named side stays negated; an act of another clause stays
  assert.deepEqual(events("Ermənistan Azərbaycana hücum etməyib.").map((e) => e.mode), ["negated"]);
  assert.deepEqual(sides("Polis heç kimi saxlamayıb, Anar Quliyev isə saxlanılıb."), ["COERCE:Anar Quliyev"]);
});

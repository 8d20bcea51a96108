// Whole articles of wars and crises (strikes, truces, tariffs, sanctions, trials abroad), written for these tests: a
// story dated by its act named again, a vague time given to no act told before, an offer not accepted, a reply promised
// to an attack, a measure called unlawful, a deal approved, troops pulled out, comment declined,
// and a quoted clause of indirect speech (each with a look-alike that stays as it was).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, document_date = "2025-11-20") => annotate({ id: "t", text, document_date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a sentence opening with the noun of the act just dated goes on with its story (`… görüşüblər. Görüş …`)", () => {
  const text = "Donald Tramp və Vladimir Putin avqustun 15-də Ankoricdə görüşüblər. Görüş təxminən üç saat davam edib, lakin tərəflər " +
    "Ukraynada atəşkəs barədə razılığa gələ bilməyiblər.";
  const agree = events(text, "2025-08-16").find((e) => e.type === "AGREE");
  assert.deepEqual([agree?.date, agree?.mode], ["2025-08-15", "negated"]);
  // look-alikes: a sentence opening with another noun, or with a participle of the verb, is another act, on no date told
  for (const next of ["Sanksiyalar məsələsində isə tərəflər razılığa gələ bilməyiblər.", "Görüşən liderlər razılığa gələ bilməyiblər."]) {
    const other = events(`Donald Tramp və Vladimir Putin avqustun 15-də Ankoricdə görüşüblər. ${next}`, "2025-08-16").find((e) => e.type === "AGREE");
    assert.equal(other?.date, "2025-08-16");
  }
});

test("a vague time of an act told again gives the act no date (`… məhkum edilib. … həbs cəzasını yaxın həftələrdə çəkməlidir`)", () => {
  const got = events("Nikola Sarkozi 5 il həbs cəzasına məhkum edilib. Keçmiş prezident həbs cəzasını yaxın həftələrdə çəkməyə başlamalıdır.", "2025-09-26");
  assert.deepEqual(got.map((e) => `${e.type}:${e.date}:${e.mode}`), ["COERCE:2025-09-26:asserted"]);
  // look-alike: a calendar date of the act told again still dates it
  const visit = events("Donald Tramp Bakıya səfər edəcək. Avqustun 2-də reallaşacaq səfər çərçivəsində sənədlər imzalanacaq.").find((e) => e.type === "CONSULT");
  assert.equal(visit?.date, "2026-08-02");
});

test("an offer or an invitation not accepted is refused (`Moskva bu təklifi qəbul etməyib`, REJECT)", () => {
  const got = events("Ukrayna Rusiyaya 30 günlük atəşkəs təklif edib. Moskva bu təklifi qəbul etməyib.");
  assert.deepEqual(got.map((e) => `${e.type}:${e.mode}`), ["AGREE:asserted", "REJECT:asserted"]);
  assert.deepEqual(sides("Nikol Paşinyan Vladimir Putinin dəvətini qəbul etməyib."), ["REJECT:Nikol Paşinyan|Vladimir Putin"]);
  // look-alike: accepted stays an agreement
  assert.deepEqual(sides("Rusiya Ukraynanın təklifini qəbul edib."), ["AGREE:Rusiya|Ukrayna"]);
});

test("a reply promised to an attack or a killing threatens (`komandirinin qətlinə cavab verəcəyini bəyan edib`)", () => {
  assert.deepEqual(sides("Hizbullah İsrailin hücumuna cavab verəcəyini bəyan edib."), ["THREATEN:Hizbullah|İsrail"]);
  assert.deepEqual(events("Hizbullah komandirinin qətlinə cavab verəcəyini bəyan edib.").map((e) => e.type), ["THREATEN"]);
  // look-alikes: a reply given, and a reply to questions about an attack
  assert.deepEqual(events("Hizbullah İsrailin hücumuna cavab verib."), []);
  assert.deepEqual(events("Nazir Ceyhun Bayramov hücumla bağlı suallara cavab verəcək."), []);
});

test("a measure called unlawful is an accusation (`Kreml yeni sanksiyaları qanunsuz adlandırıb`)", () => {
  assert.ok(events("Kreml yeni sanksiyaları qanunsuz adlandırıb.").some((e) => e.type === "ACCUSE" && e.actors[0] === "Kreml"));
  assert.deepEqual(sides('NATO-nun Baş katibi Mark Rütte Rusiyanın hərəkətlərini "ehtiyatsız" adlandırıb.'), ["ACCUSE:Mark Rütte|Rusiya"]);
  // look-alike: called a success
  assert.deepEqual(events("Kreml layihəni uğurlu adlandırıb."), []);
});

test("a deal between sides approved is signed into force (`HƏMAS ilə razılaşmanı təsdiqləyib`, SUPPORT 057)", () => {
  assert.deepEqual(sides("İsrail hökuməti HƏMAS ilə razılaşmanı təsdiqləyib."), ["SUPPORT:HƏMAS|İsrail"]);
  // look-alike: a report approved
  assert.deepEqual(events("İsrail hökuməti hesabatı təsdiqləyib."), []);
});

test("troops pulled out of a place withdraw (`Qəzzanın bəzi hissələrindən qoşunlarını çəkəcək`)", () => {
  const [out] = events("İsrail ordusu Qəzzanın bəzi hissələrindən qoşunlarını çəkəcək.");
  assert.deepEqual([out?.type, out?.mode], ["RETREAT", "future"]);
  // look-alike: troops moved to a border
  assert.ok(!events("Rusiya Ukrayna sərhədinə qoşunlarını çəkib.").some((e) => e.type === "RETREAT"));
});

test("comment declined is no refusal (`hökmə münasibət bildirməkdən imtina edib`)", () => {
  assert.deepEqual(events("Fransa prezidenti Emmanuel Makron hökmə münasibət bildirməkdən imtina edib."), []);
  assert.deepEqual(events("Emmanuel Makron jurnalistlərin sualını şərh etməkdən imtina edib."), []);
  // look-alike: talks refused
  assert.deepEqual(sides("Rusiya Ukrayna ilə danışıqlardan imtina edib."), ["REJECT:Rusiya|Ukrayna"]);
});

test("a quoted clause turned into the reporting verb's object is indirect speech, no quote", () => {
  assert.deepEqual(doc('Çin Kommersiya Nazirliyi "sona qədər mübarizə aparacağını" bəyan edib.').quotes ?? [], []);
  // look-alike: the words themselves, tied to the verb by a dash
  const [q] = doc('"Biz sona qədər mübarizə aparacağıq", - deyə Çin Kommersiya Nazirliyi bəyan edib.').quotes ?? [];
  assert.deepEqual([q?.text, q?.speaker], ["Biz sona qədər mübarizə aparacağıq", "Çin Kommersiya Nazirliyi"]);
});

test("the capitals of world news are places (`Karakas`, `Şarm-əş-Şeyx`)", () => {
  const ents = doc("Karakas ittihamları rədd edib. Danışıqlar Şarm-əş-Şeyxdə aparılıb.").entities.map((e) => `${e.text}/${e.type}/${e.name}`);
  assert.deepEqual(ents, ["Karakas/LOC/Karakas", "Şarm-əş-Şeyxdə/LOC/Şarm-əş-Şeyx"]);
});

test("the means an act was done by stands between a noun and its verb as no word, and its owner is no side (`… ABŞ-ın vasitəçiliyi ilə əldə olunmuşdu`)", () => {
  const [truce] = events("Xatırladaq ki, İsrail ilə Livan arasında atəşkəs ötən il noyabrın 27-də ABŞ-ın vasitəçiliyi ilə əldə olunmuşdu.");
  assert.deepEqual([truce?.type, [...(truce?.actors ?? [])].sort(), truce?.date], ["RETREAT", ["Livan", "İsrail"], "2024-11-27"]);
  assert.deepEqual(sides("Rusiya ilə Ukrayna arasında əsir mübadiləsi BƏƏ-nin vasitəçiliyi ilə həyata keçirilib."), ["RETREAT:Rusiya|Ukrayna"]);
  // with no side but the mediator named, the mediator is still none; the sides told before are the deal's
  assert.deepEqual(sides("Atəşkəs ABŞ-ın vasitəçiliyi ilə əldə olunub."), []);
  assert.deepEqual(sides("İsrail ilə İran arasında atəşkəs qüvvəyə minib. Razılaşma Qətərin vasitəçiliyi ilə əldə olunub."),
    ["RETREAT:İran|İsrail", "AGREE:İran|İsrail"]);
  // look-alike: a side's own help (`X-in dəstəyi ilə`) before no phrase of its own leaves the phrase's gap as it was
  assert.deepEqual(sides("Ukrayna ABŞ-ın dəstəyi ilə Rusiyaya zərbələr endirib.").map((s) => s.split(":")[0]), ["ASSAULT"]);
});

test("power seized with no one named is done to the country where it happens (`Nigerdə hərbçilər dövlət çevrilişi edib`)", () => {
  assert.deepEqual(sides("Nigerdə hərbçilər dövlət çevrilişi edib."), ["COERCE:Niger"]);
  assert.deepEqual(sides("Qvineya-Bisauda hərbçilər hakimiyyəti ələ keçirdiklərini elan ediblər."), ["COERCE:Qvineya-Bisau"]);
  // look-alikes: a village taken there names no side; nor does a city, which is no state
  assert.deepEqual(events("Nigerdə hərbçilər bir kəndi ələ keçirib."), []);
  assert.deepEqual(events("Bakıda hərbçilər hakimiyyəti ələ keçirib."), []);
});

test("an offset from `bundan` counts from the date just named (`iyunun 23-də … Bundan bir gün əvvəl`)", () => {
  const d = doc("Atəşkəs barədə iyunun 23-də Donald Tramp elan edib. Bundan bir gün əvvəl ABŞ İranın nüvə obyektlərinə zərbələr endirmişdi.", "2025-06-25");
  assert.deepEqual(d.timexes?.map((x) => `${x.text}=${x.value}`), ["iyunun 23-də=2025-06-23", "Bundan bir gün əvvəl=2025-06-22"]);
  assert.equal(d.events?.find((e) => e.type === "ASSAULT")?.date, "2025-06-22");
  // look-alike: with no day named before it, the offset counts from the document's date (after a day named, with no
  // `bundan`, it counts from that day under a past verb too: time23, test/time-anchored-t23.test.ts)
  assert.deepEqual(doc("Atəşkəs barədə elan edilib. ABŞ bir gün əvvəl İrana zərbələr endirib.", "2025-06-25").timexes?.map((x) => x.value),
    ["2025-06-24"]);
  assert.deepEqual(doc("Atəşkəs barədə iyunun 23-də elan edilib. ABŞ bir gün əvvəl İrana zərbələr endirib.", "2025-06-25").timexes?.map((x) => x.value),
    ["2025-06-23", "2025-06-22"]);
});

test("an event noun that is the subject of what a speaker says of it is not the speaker's act (`belə görüşün … mümkün olacağını deyib`)", () => {
  assert.deepEqual(events("Kreml sözçüsü Dmitri Peskov belə görüşün yalnız danışıqların sonunda mümkün olacağını deyib."), []);
  // look-alikes: a meeting owned by its sides keeps them; an action noun's genitive is what is acted on, the doer the subject
  assert.ok(events("Dmitri Peskov Vladimir Putinin Donald Trampla görüşünün avqustda keçiriləcəyini deyib.").some((e) => e.type === "CONSULT" && e.actors.includes("Donald Tramp")));
  assert.ok(sides("Avropa İttifaqı Rusiyaya qarşı sanksiyaların uzadılmasına razılıq verib.").includes("SANCTION:Avropa İttifaqı|Rusiya"));
});

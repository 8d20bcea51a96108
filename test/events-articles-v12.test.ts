// Articles of acts told inside speech (briefings, interviews and statements of officials and spokespeople, denials,
// reported claims), written for these tests: a predicate with its copula before `, lakin …`, the day a statement was
// made (its attribution, `Bu barədə … danışıb`, `Bu sözləri … deyib`, the statement just told), a subject that is no
// name asking for whoever reports it, an official titled `rəsmisi`, `Sözçü` for a press secretary, a wrong charged by
// whoever says it, an ultimatum after a demand, recognition refused, the owner of a policy criticised, a speech's
// occasion opening the next sentence after its speaker's name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-08-12") => annotate({ id: "t", text, document_date: date });
const show = (text: string, date?: string) => (doc(text, date).events ?? []).map((e) => `${e.type}:${e.date}:${e.mode}:${e.actors.join("|")}`);
const speakers = (text: string, date?: string) => (doc(text, date).quotes ?? []).map((q) => q.speaker);

test("a predicate with its copula closing its clause before `, lakin …` is its own verb (readiness stated)", () => {
  assert.deepEqual(show("Ukrayna sülhə hazırdır, lakin şərtləri qəbul etməyəcək."), ["AGREE:2025-08-12:asserted:Ukrayna"]);
  assert.deepEqual(show('"Prezident Putin Tramp ilə görüşməyə hazırdır, lakin bunun üçün ciddi hazırlıq lazımdır", - Peskov qeyd edib.'),
    ["AGREE:2025-08-12:asserted:Putin|Tramp"]);
  // (the first person too, and the demand after the comma stays a demand of its own)
  assert.deepEqual(show('"Biz Fransa ilə normal münasibətlərə hazırıq, lakin Paris ədalətli mövqe tutmalıdır", - Hikmət Hacıyev əlavə edib.'),
    ["AGREE:2025-08-12:asserted:Hikmət Hacıyev|Fransa", "REQUEST:2025-08-12:demanded:Hikmət Hacıyev|Fransa"]);
});

test("look-alike: readiness denied before `, lakin …` states none", () => {
  assert.ok(!show("Ukrayna sülhə hazır deyil, lakin danışıqlar davam edir.").some((e) => e.startsWith("AGREE")));
});

test("an act done by saying it is on the day it was said: its attribution, or the sentence telling it again", () => {
  assert.deepEqual(show('"Yaponiya bəyanatını geri götürməlidir", - Lin Cyan noyabrın 13-də brifinqdə bildirib.', "2025-11-14"),
    ["REQUEST:2025-11-13:demanded:Lin Cyan|Yaponiya"]);
  assert.deepEqual(show('"Türkiyə Suriyanın ərazi bütövlüyünü dəstəkləyir". Bu sözləri Hakan Fidan aprelin 15-də Ankarada deyib.', "2025-04-16"),
    ["SUPPORT:2025-04-15:asserted:Türkiyə|Suriya"]);
  // a lead told done, then said again with its day (`Bu barədə … danışıb`) or quoted from the same speaker with it
  assert.deepEqual(show("Kreml Kiyevi tənqid edib. Bu barədə Dmitri Peskov martın 3-də jurnalistlərə danışıb.", "2025-03-05"),
    ["ACCUSE:2025-03-03:asserted:Kreml|Ukrayna"]);
  assert.deepEqual(show('Lin Cyan Yaponiyanı tənqid edib. "Yaponiya bəyanatını geri götürməlidir", - Lin Cyan noyabrın 13-də bildirib.', "2025-11-14"),
    ["ACCUSE:2025-11-13:asserted:Lin Cyan|Yaponiya", "REQUEST:2025-11-13:demanded:Lin Cyan|Yaponiya"]);
  // and a later act of the speaker of a statement just dated
  assert.deepEqual(show('Hikmət Hacıyev martın 13-də Fransanı tənqid edib. "Paris Azərbaycana qarşı kampaniyanı dayandırmalıdır", - H.Hacıyev deyib.', "2025-03-14"),
    ["ACCUSE:2025-03-13:asserted:Hikmət Hacıyev|Fransa", "REQUEST:2025-03-13:demanded:Hikmət Hacıyev|Fransa|Azərbaycan"]);
});

test("look-alike: a quoted act told done, another speaker, a background paragraph keep the news's day", () => {
  assert.deepEqual(show('"Rusiya müqaviləni pozub", - Zelenski noyabrın 13-də bildirib.', "2025-11-14"), []);
  assert.deepEqual(show('Lin Cyan Yaponiyanı tənqid edib. "Yaponiya bəyanatını geri götürməlidir", - Mao Ninq noyabrın 13-də bildirib.', "2025-11-14")[0],
    "ACCUSE:2025-11-14:asserted:Lin Cyan|Yaponiya");
  assert.deepEqual(show("Kreml Kiyevi tənqid edib. Xatırladaq ki, martın 3-də Ukrayna Kurska hücum edib.", "2025-03-05")[0], "ACCUSE:2025-03-05:asserted:Kreml|Ukrayna");
  assert.equal(show('Hikmət Hacıyev martın 13-də Fransanı tənqid edib. Xatırladaq ki, "Paris Azərbaycana qarşı kampaniyanı dayandırmalıdır", - ' +
    "H.Hacıyev deyib.", "2025-03-14")[1], "REQUEST:2025-03-14:demanded:Hikmət Hacıyev|Fransa|Azərbaycan");
  assert.equal(show('Hikmət Hacıyev martın 13-də Fransanı tənqid edib. "Paris Azərbaycana qarşı kampaniyanı dayandırmalıdır", - Ceyhun Bayramov deyib.',
    "2025-03-14")[1], "REQUEST:2025-03-14:demanded:Ceyhun Bayramov|Fransa|Azərbaycan");
});

test("a demand whose subject is no name (`hərəkat … tələb edir`) is made by whoever reports it; `rəsmisi X` is a person", () => {
  const text = "HƏMAS-ın rəsmisi Bassem Naim bildirib ki, hərəkat İsrail qoşunlarının Qəzzadan çıxarılmasını tələb edir.";
  assert.deepEqual(show(text), ["REQUEST:2025-08-12:demanded:Bassem Naim|Qəzza"]);
  assert.deepEqual(doc(text).entities.map((e) => `${e.text}/${e.type}`), ["HƏMAS-ın/ORG", "Bassem Naim/PER", "İsrail/LOC", "Qəzzadan/LOC"]);
  assert.deepEqual(speakers('HƏMAS-ın rəsmisi Bassem Naim bildirib ki, hərəkat razı deyil. "Heç bir saziş imzalanmayacaq", - o deyib.'), ["Bassem Naim"]);
});

test("look-alike: a named subject keeps the demand; the adjective `rəsmi` titles no one", () => {
  assert.deepEqual(show("Bassem Naim bildirib ki, Misir İsrail qoşunlarının Qəzzadan çıxarılmasını tələb edir."), ["REQUEST:2025-08-12:demanded:Misir|Qəzza"]);
  assert.ok(!doc("HƏMAS rəsmi bəyanat yayıb.").entities.some((e) => e.type === "PER"));
});

test("`Sözçü` opening a sentence is the press secretary or press chief titled before", () => {
  // (the claims rejected were still made: the Parliament's ACCUSE, as the gold sets annotate them, pages-so.ts)
  assert.deepEqual(show("Azərbaycan XİN-in mətbuat xidmətinin rəhbəri Ayxan Hacızadə bəyanat yayıb. Sözçü Avropa Parlamentinin iddialarını rədd edib."),
    ["ACCUSE:2025-08-12:asserted:Avropa Parlamenti", "REJECT:2025-08-12:asserted:Ayxan Hacızadə|Avropa Parlamenti"]);
  // look-alike: a secretary-general is no spokesperson
  assert.deepEqual(show("Azərbaycan XİN-in baş katibi Ayxan Hacızadə bəyanat yayıb. Sözçü Avropa Parlamentinin iddialarını rədd edib."),
    ["ACCUSE:2025-08-12:asserted:Avropa Parlamenti", "REJECT:2025-08-12:asserted:Avropa Parlamenti"]);
});

test("a wrong charged by whoever says it (`\"X sülhə mane olur\"`, `… bildirib ki, X sabitliyi pozur`) is their accusation", () => {
  assert.deepEqual(show('"Fransa regionda sülh prosesinə mane olur", - deyə Hikmət Hacıyev bildirib.'), ["ACCUSE:2025-08-12:asserted:Hikmət Hacıyev|Fransa"]);
  assert.deepEqual(show("Nazir Ceyhun Bayramov deyib ki, Ermənistanın addımları regionda sabitliyi pozur."), ["ACCUSE:2025-08-12:asserted:Ceyhun Bayramov|Ermənistan"]);
  assert.deepEqual(show("Hakan Fidan deyib. Onun sözlərinə görə, İsrailin Suriya ərazisinə zərbələri regionda sabitliyi pozur.").filter((e) => e.startsWith("ACCUSE")),
    ["ACCUSE:2025-08-12:asserted:Hakan Fidan|İsrail"]);
});

test("look-alike: the same words told by no one, asked or denied charge no one", () => {
  assert.deepEqual(show("Güclü külək yolda hərəkətə mane olur."), []);
  assert.deepEqual(show("Fransa sülhə mane olur."), []);
  assert.deepEqual(show("Ceyhun Bayramov bildirib ki, Ermənistan sülhə mane olmamalıdır."), ["REQUEST:2025-08-12:demanded:Ceyhun Bayramov|Ermənistan"]);
  assert.deepEqual(show("Ceyhun Bayramov bildirib ki, Ermənistan beynəlxalq hüququ pozmur."), []);
});

test("an ultimatum after a demand (`… götürməlidir. Əks halda … düşəcək`) threatens the one asked", () => {
  assert.deepEqual(show('"Yaponiya tərəfi səhv bəyanatlarını dərhal geri götürməlidir. Əks halda bütün nəticələrə görə məsuliyyət Tokionun üzərinə ' +
    'düşəcək", - Lin Cyan noyabrın 13-də brifinqdə bildirib.', "2025-11-14"),
  ["REQUEST:2025-11-13:demanded:Lin Cyan|Yaponiya", "THREATEN:2025-11-13:asserted:Lin Cyan|Yaponiya"]);
  // look-alike: after no demand it is none
  assert.ok(!show('"Ermənistan sülh sazişini imzalayacaq. Əks halda danışıqlar uzanacaq", - Nikol Paşinyan deyib.').some((e) => e.startsWith("THREATEN")));
});

test("a decision or an outcome refused recognition is a rejection; recognised, none", () => {
  assert.deepEqual(show("Volodimir Zelenski heç bir qərarı tanımayacaqlarını bəyan edib."), ["REJECT:2025-08-12:asserted:Volodimir Zelenski"]);
  assert.deepEqual(show("Volodimir Zelenski bu qərarı tanıyıb."), []);
});

test("a policy criticised by the name of its topic after its owner (`X-in Ukrayna siyasətini`) criticises the owner", () => {
  assert.deepEqual(show("Ceyhun Bayramov Rusiyanın Ukrayna siyasətini pisləyib."), ["ACCUSE:2025-08-12:asserted:Ceyhun Bayramov|Rusiya"]);
  // look-alike: with no owner the name is the side
  assert.deepEqual(show("Hikmət Hacıyev Fransa siyasətini sərt tənqid edib."), ["ACCUSE:2025-08-12:asserted:Hikmət Hacıyev|Fransa"]);
});

test("a speaker's name, then the speech just dated in the locative (`Zelenski çıxışında …`), goes on with its day", () => {
  const lead = "Ukrayna prezidenti Volodimir Zelenski sentyabrın 23-də BMT Baş Assambleyasında çıxış edib. ";
  assert.deepEqual(show(lead + "Zelenski çıxışında Rusiyanı ittiham edib.", "2025-09-24"), ["ACCUSE:2025-09-23:asserted:Volodimir Zelenski|Ukrayna|Rusiya"]);
  // look-alike: a place of its own opens another act
  assert.deepEqual(show(lead + "Zelenski Kiyevdə Rusiyanı ittiham edib.", "2025-09-24"), ["ACCUSE:2025-09-24:asserted:Volodimir Zelenski|Ukrayna|Rusiya"]);
});

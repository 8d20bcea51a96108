// Sides of events the grammar names, on sentences written for these tests: two known names joined by
// a hyphen before the noun they modify (`X-Y danışıqları`), and a known owner in the genitive opening
// the name of an event (`X Təşkilatının Y Forumu`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a hyphenated pair of states before an event noun names both sides", () => {
  assert.deepEqual(sides("Gürcüstan-Qazaxıstan danışıqları dünən başlayıb."), ["CONSULT:Gürcüstan|Qazaxıstan"]);
  // in the case of the last name, owning the noun of a passive clause
  assert.deepEqual(sides("Gürcüstan-Qazaxıstan əməkdaşlığının yeni sahələri müzakirə olunub."), ["CONSULT:Gürcüstan|Qazaxıstan"]);
});

test("a hyphenated pair owning the patient of a passive names both sides", () => {
  assert.deepEqual(sides("Gürcüstan-Qazaxıstan sərhədi tezliklə açılacaq."), ["CONCEDE:Gürcüstan|Qazaxıstan"]);
});

test("look-alikes: a pair of towns names a road, a pair owning a noun in another case is no side", () => {
  assert.deepEqual(sides("Gəncə-Qazax yolunda iki avtomobil toqquşub."), sides("Gəncə yolunda iki avtomobil toqquşub."));
  // (`münasibətlərinin inkişafı`: the pair owns what develops, it does not act)
  assert.deepEqual(sides("Gürcüstan-Qazaxıstan münasibətlərinin inkişaf etməsi məmnunluq doğurur."), []);
  // a hyphenated known name stays one name
  assert.ok(!sides("Qvineya-Bisauda yeni hökumət danışıqlara başlayıb.").some((s) => s.includes("Qvineya|")));
});

test("a known body in the genitive opening an event's name is whose event it is", () => {
  assert.deepEqual(sides("Türk Dövlətləri Təşkilatının Gənclər Forumu keçirilib."), ["CONSULT:Türk Dövlətləri Təşkilatı"]);
  // look-alike: an unknown owner gives no side (the gathering, named, is then its own: headlines2)
  assert.deepEqual(sides("Qarlıq Dağlar Birliyinin Gənclər Forumu keçirilib."), ["CONSULT:Qarlıq Dağlar Birliyinin Gənclər Forumu"]);
});

test("an organ of a state before a person's name is the state acting on that person, not the person's title", () => {
  assert.deepEqual(sides("Norveç hökuməti Con Smiti həbs edib."), ["COERCE:Con Smit|Norveç"]);
  // a title before the name is the person's own (`X Prezidenti Y`): Y acts for X
  assert.equal(events("Norveç Prezidenti Con Smit Fransaya səfər edib.")[0]?.actors[0], "Con Smit");
});

test("a name before its own speech in the locative is the subject of the act told there", () => {
  assert.deepEqual(sides("Con Smit müsahibəsində Fransanı ittiham edib."), ["ACCUSE:Con Smit|Fransa"]);
  assert.deepEqual(sides("Con Smit telefon danışığında Pol Ceksonu təbrik edib."), ["SUPPORT:Con Smit|Pol Cekson"]);
  // a place before an institution in the locative is still what it modifies: no subject
  assert.ok(!sides("Norveç universitetlərində tələbələr Fransanı ittiham edib.").some((s) => s.includes("Norveç")));
});

test("the owner of a titled object past bare words is the side received (`X-in müdafiə nazirini qəbul edib`)", () => {
  assert.deepEqual(sides("Con Smit Fransanın müdafiə nazirini qəbul edib."), ["CONSULT:Con Smit|Fransa"]);
  assert.deepEqual(sides("Con Smit Fransanın yeni səhiyyə nazirini qəbul edib."), ["CONSULT:Con Smit|Fransa"]);
});

test("a genitive owning the object of a reported verb is no subject of it (`X Y-in təklifini qəbul etməyəcəyini açıqlayıb`)", () => {
  assert.ok(events("Norveç Fransanın sülh təklifini qəbul etməyəcəyini açıqlayıb.").some((e) => e.actors[0] === "Norveç" && e.actors.includes("Fransa")));
  // a free genitive is still the doer: `X Y-in Z-ə hücum etdiyini bildirib`
  assert.ok(events("Con Smit Fransanın İspaniyaya hücum etdiyini bildirib.").some((e) => e.type === "ASSAULT" && e.actors[0] === "Fransa"));
});

test("a genitive owns an event noun past the noun's own arguments and attributes (`X-in Y-ə rəsmi səfəri`)", () => {
  assert.deepEqual(events("Con Smitin Fransaya rəsmi səfəri başlayıb.").map((e) => e.actors), [["Con Smit", "Fransa"]]);
});

test("a side's demands accepted is yielding, its plan accepted is agreeing; a person accepted is a guest received", () => {
  assert.deepEqual(events("Norveç Fransanın tələblərini qəbul edib.").map((e) => e.type), ["CONCEDE"]);
  assert.deepEqual(events("Norveç Fransanın sülh planını qəbul edib.").map((e) => e.type), ["AGREE"]);
  assert.deepEqual(events("Con Smit Fransanın səfirini qəbul edib.").map((e) => e.type), ["CONSULT"]);
});

test("objects joined by a conjunction, each with its case, are all sides (`X-i və Y-i dəvət edib`)", () => {
  assert.deepEqual(sides("Tramp Putini və Zelenskini Ağ Evə dəvət edib.").map((s) => s.split(":")[1]), ["Putin|Tramp|Zelenski"]);
});

test("an event noun framing the main clause in time is done by the main clause's subject (`X-lə görüşdən sonra Y …`); a result frame is not", () => {
  assert.deepEqual(events("Putinlə görüşdən sonra Tramp bəyanat yayıb.").find((e) => e.type === "CONSULT")?.actors, ["Tramp", "Putin"]);
  // (the one struck in a result frame is no striker: `X-in zərbələri nəticəsində Y həlak olub`)
  assert.ok(!events("İsrailin zərbələri nəticəsində Con Smit həlak olub.").some((e) => e.type === "ASSAULT" && e.actors[0] === "Con Smit"));
});

test("a state's body named by an abbreviation with the compound's possessive (`Rusiya XİN-i`) is a subject, not an object", () => {
  assert.ok(events("Rusiya XİN-i Fransanı tənqid edib.").some((e) => e.type === "ACCUSE" && e.actors[0] === "Rusiya XİN" && e.actors.includes("Fransa")));
});

test("a demand not carried out (`X-in tələbini icra etməyib`) is refused; one carried out tells no event", () => {
  assert.deepEqual(sides("Norveç Fransanın tələbini icra etməyib."), ["REJECT:Fransa|Norveç"]);
  assert.deepEqual(sides("Norveç Fransanın tələbini icra edib."), []);
});

test("a relative clause describing a possessed noun has the noun's owner for its side, not the main clause's subject", () => {
  // (`X-in Y-ə səfər edəcək təyyarəsi`: X's plane that will fly to Y; the one giving leave is another side)
  assert.deepEqual(sides("Gürcüstan Makronun Qazaxıstana səfər edəcək təyyarəsinə icazə verib.").filter((s) => s.startsWith("CONSULT")), ["CONSULT:Makron|Qazaxıstan"]);
  // a future participle before a name describes that name
  const visit = events("Nazir Bakıya səfər edəcək Fransa nümayəndə heyətini qəbul edəcək.").find((e) => e.trigger.text === "səfər edəcək");
  assert.equal(visit?.actors[0], "Fransa");
  // look-alike: a future verb closing its clause keeps the clause's subject
  assert.deepEqual(sides("Makron Qazaxıstana səfər edəcək."), ["CONSULT:Makron|Qazaxıstan"]);
});

test("a body's name before a noun it does not own keeps its own case: the body is the subject", () => {
  // `vətəndaşlara` carries no possessive: not `X vətəndaşlarına`, the citizens of X
  assert.deepEqual(sides("Azərbaycan Xarici İşlər Nazirliyi vətəndaşlara müraciət edərək onları qaydalara əməl etməyə çağırıb."),
    ["REQUEST:Azərbaycan|Azərbaycan Xarici İşlər Nazirliyi"]);
  // owned, the noun carries the name's case: a state's citizens detained
  assert.deepEqual(sides("Rusiyada Azərbaycan vətəndaşları saxlanılıb."), ["COERCE:Azərbaycan|Rusiya"]);
});

test("a name modifying a document is no guest received: a bill adopted is no meeting", () => {
  assert.deepEqual(sides("Milli Məclis qanun layihəsini birinci oxunuşda qəbul edib."), []);
  assert.deepEqual(sides("Prezident İlham Əliyev Fransa səfirini qəbul edib."), ["CONSULT:Fransa|İlham Əliyev"]);
});

test("the owner of the means an act is done by helped it: no subject, no partner (`X-in vasitəçiliyi ilə`)", () => {
  assert.deepEqual(sides("Rusiya Ukrayna ilə BƏƏ-nin vasitəçiliyi ilə əsir mübadiləsi aparıb."), ["RETREAT:Rusiya|Ukrayna"]);
  // a body of people owned stands for its owner: a meeting with Russia
  assert.deepEqual(sides("Azərbaycan Rusiyanın nümayəndələri ilə görüşüb."), ["CONSULT:Azərbaycan|Rusiya"]);
});

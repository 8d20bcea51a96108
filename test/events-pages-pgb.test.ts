// Sentences written for these tests (stop 32, pgb) in the style of conflict and security news: a decision adopted, a
// plane come with cargo, an embassy's staff leaving, a state's forces, a counter-offensive, exercises with a partner, a
// strike told again by the place it fell on, the bounds of a span of time, and people described by their capture.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a decision adopted receives no guest", () => {
  assert.deepEqual(of("Nazirlik Litvanı və Latviyanı dəstəkləmək barədə qərar qəbul etdiyini bildirib.", "CONSULT"), []);
  assert.deepEqual(of("Hökumət Ukraynanı müdafiə etmək üçün yeni qərar qəbul edib.", "CONSULT"), []);
  // a guest received stays
  assert.deepEqual(of("Prezident Litvanın xarici işlər nazirini qəbul edib.", "CONSULT").length, 1);
});

test("a plane, a ship or a convoy come with cargo is a delivery, no visit", () => {
  assert.deepEqual(of("Fransadan Ermənistana Fransa istehsalı zirehli texnika daşıyan 6 təyyarə gəlib.", "CONSULT"), []);
  assert.deepEqual(of("Türkiyədən Suriyaya humanitar yardım aparan konvoy gəlib.", "CONSULT"), []);
  // a person coming is a visit still
  assert.equal(of("Qazaxıstanın xarici işlər naziri Murat Nurtleu Bakıya gəlib.", "CONSULT").length, 1);
});

test("an embassy's staff declared persona non grata leaving a country is no withdrawal; troops leaving are", () => {
  assert.deepEqual(of("Persona non qrata elan olunan Səudiyyə səfirliyinin əməkdaşları Livanı tərk edib.", "RETREAT"), []);
  assert.deepEqual(of("Moldova hökuməti tərəfindən “arzuolunmaz şəxs” elan edilən diplomatlar Moldovanı tərk ediblər.", "RETREAT"), []);
  assert.equal(of("Fransa hərbçiləri Çadı tərk edib.", "RETREAT").length, 1);
});

test("a state's forces named by a nationality word are that state", () => {
  assert.deepEqual(of("Rus qüvvələri Sumı şəhərini artilleriyadan atəşə tutub.", "ASSAULT"), [["Rusiya", "Sumı"]]);
  assert.ok(of("Türk silahlı qüvvələri İraqın şimalında PKK mövqelərini vurub.", "ASSAULT").some((a) => a.includes("Türkiyə")));
});

test("a counter-offensive carried out is an act of force", () => {
  const got = of("Ukrayna ordusu Zaporojye istiqamətində əks-hücum əməliyyatı həyata keçirib.", "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Ukrayna"));
  assert.equal(of("Sudan ordusu Xartumda əks-hücuma başlayıb.", "ASSAULT").length, 1);
});

test("exercises held with a named partner are military cooperation; held alone they show force", () => {
  assert.deepEqual(of("Qazaxıstan ilə Özbəkistan gələn ay hərbi təlimlər keçirəcək.", "COOPERATE").length, 1);
  assert.deepEqual(of("Qazaxıstan ilə Özbəkistan gələn ay hərbi təlimlər keçirəcək.", "MOBILIZE"), []);
  assert.deepEqual(of("Pakistan ordusu sərhəd yaxınlığında hərbi təlimlər keçirib.", "COOPERATE"), []);
  assert.equal(of("Pakistan ordusu sərhəd yaxınlığında hərbi təlimlər keçirib.", "MOBILIZE").length, 1);
  // (the comitative of a border is the border's: exercises there are one side's show of force)
  assert.deepEqual(of("Estoniya Rusiya ilə sərhəddə hərbi təlimlərə başlayıb.", "COOPERATE"), []);
  assert.equal(of("Estoniya Rusiya ilə sərhəddə hərbi təlimlərə başlayıb.", "MOBILIZE").length, 1);
});

test("a strike told by the place it fell on alone is the strike told with its sides", () => {
  const text = "Odessaya raket hücumu edilib, üç nəfər yaralanıb. " +
    "Rusiya ordusu gecə saatlarında Odessa şəhərinə ballistik raketlərlə zərbə endirib.";
  const assault = events(text).filter((e) => e.type === "ASSAULT");
  assert.equal(assault.length, 1);
  assert.ok(assault[0].actors.includes("Rusiya"));
  // told alone, the place stays the act's only side
  assert.equal(of("Odessaya raket hücumu edilib, üç nəfər yaralanıb.", "ASSAULT").length, 1);
});

test("the bound of a span of time dates no act", () => {
  // (the start of a span up to now, of an act still to come: the package is told now)
  const since = events("Yaponiya 2022-ci ilin martından bəri ən böyük sanksiya paketini Rusiyaya qarşı tətbiq edəcək.", "2025-11-20")
    .filter((e) => e.type === "SANCTION");
  assert.equal(since.length, 1);
  assert.notEqual(since[0].date, "2022-03");
  // (the end of a span, past already, of an act told done: the extension is told now)
  const until = events("Kanada Belarusa qarşı sanksiyaları oktyabrın sonuna qədər uzadıb.", "2025-11-20")
    .filter((e) => e.type === "SANCTION");
  assert.ok(until.every((e) => e.date !== "2025-10"));
  // a date of the act stays
  assert.deepEqual(events("Yaponiya martın 3-də Rusiyaya qarşı sanksiyalar tətbiq edib.", "2025-11-20")
    .filter((e) => e.type === "SANCTION").map((e) => e.date), ["2025-03-03"]);
});

test("people described by a passive participle of capture tell who they are, no capture", () => {
  assert.deepEqual(of("Əsir götürülən 40 ukraynalı hərbçi Türkiyənin vasitəçiliyi ilə Ukraynaya təhvil verilib.", "ASSAULT"), []);

  // the capture told by its verb stays, and so does an arrest (`Həbs edilən X …`, an arrest by the studied conventions)
  assert.equal(of("Rusiya ordusu beş ukraynalı əsgəri əsir götürüb.", "ASSAULT").length, 1);
  assert.equal(of("Gürcüstan polisi iki Ermənistan vətəndaşını həbs edib.", "COERCE").length, 1);
});

test("a war begun against a side is an act of force by the one who began it", () => {
  const got = events("Xatırladaq ki, martın 3-də Efiopiya Eritreyaya qarşı genişmiqyaslı müharibəyə başlayıb.", "2025-11-20")
    .filter((e) => e.type === "ASSAULT");
  assert.deepEqual(got.map((e) => [e.actors, e.date]), [[["Efiopiya", "Eritreya"], "2025-03-03"]]);
  assert.deepEqual(of("İsrail HƏMAS-a qarşı müharibəyə başlayıb.", "ASSAULT"), [["İsrail", "HƏMAS"]]);
  // a war of trade begun names no force
  assert.deepEqual(of("ABŞ Çinə qarşı ticarət müharibəsinə başlayıb.", "ASSAULT"), []);
  assert.deepEqual(of("Nazir korrupsiyaya qarşı müharibəyə başlayıb.", "ASSAULT"), []);
  assert.deepEqual(of("Senator Marko Rubio mətbuat azadlığına qarşı müharibəyə başlayıb.", "ASSAULT"), []);
});

test("a place before its district's or region's genitive is what the act is done to, with a state's forces as the doer", () => {
  assert.deepEqual(of("Erməni silahlı qüvvələri Tovuz rayonunun kəndlərini artilleriyadan atəşə tutub.", "ASSAULT"), [["Ermənistan", "Tovuz"]]);
  assert.deepEqual(of("Rus qoşunları Donetsk vilayətinin yaşayış məntəqələrini atəşə tutub.", "ASSAULT"), [["Rusiya", "Donetsk"]]);
  // (its people or officials are sides of their own, no place the act is done to)
  assert.deepEqual(of("Nazir Qəbələ rayonunun sakinlərini qəbul edib.", "CONSULT"), []);
});

test("a harsh reply one will be compelled to give is a threat made; one compelled before is none", () => {
  const text = "Prezident bildirib ki, Ermənistan təxribatları davam etdirsə, Azərbaycan adekvat cavab verməyə məcbur olacaq.";
  const got = events(text).filter((e) => e.type === "THREATEN");
  assert.equal(got.length, 1);
  assert.equal(got[0].mode, "asserted");
  assert.deepEqual(of("İran ordusu sərt cavab verməyə məcbur olub.", "THREATEN"), []);
});

// Constructions of political news the event stage misread (helper fr23): grammar, not vocabulary.
// - A statement, resolution, appeal or letter that a subject participle of an act done by saying it describes (`X Y-in
//   çıxmasını tələb edən qətnamə qəbul edib`, `X Y-i pisləyən bəyanat yayıb`) carries that act of whoever adopts or issues it,
//   in the tense and mode of the adopting verb (vetoes.ts `genericDoers`/`statementNouns`, arguments.ts `statementAt`,
//   hit-events.ts).
// - A verbless headline naming an agreement between two sides (`X ilə Y arasında razılaşma`, `X və Y arasında saziş`) is the
//   agreement reached (AGREE) or the treaty signed (SUPPORT 057) (the entry field `verblessBetween`).
// - A guest received in the passive with no agent at a place naming the host (`X nümayəndə heyəti Kremldə qəbul edilib`,
//   `… Bakıda qəbul edilib`): the place's owner, a city's state, is the host (src/lang/az/events/constructions-fr23.ts).
// - Permission given to a named side for an act told before it (`X Y-ə … istifadə etməyə icazə verib`, `… icazə verməyib`) is CONCEDE ("ease"); an act of
//   another kind permitted right before it is that act (the entry field `consentWord`); the outer dative is the one permitted.
// - A call to return to the talks' table (`tərəfləri danışıqlar masasına qayıtmağa çağırıb`) is one REQUEST: the talks opening
//   the compound are what is asked (guards.ts `requestedBy`).
// Sentences written for these tests; each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents as events, oneEvent as one, noEvent as none } from "./helpers-events.js";

test("a statement or resolution described by a participle of saying carries the issuer's act", () => {
  one("BMT Təhlükəsizlik Şurası İsrailin Qəzzadan çıxmasını tələb edən qətnamə qəbul edib.", "REQUEST", ["BMT Təhlükəsizlik Şurası", "İsrail"], "demanded");
  one("Avropa İttifaqı İranı danışıqlara çağıran bəyanat qəbul edib.", "REQUEST", ["Avropa İttifaqı", "İran"], "demanded");
  one("Ərdoğan Azərbaycanı dəstəkləyən bəyanat verib.", "SUPPORT", ["Ərdoğan", "Azərbaycan"]);
  // in the tense and mode of the adopting or issuing verb
  one("BMT Təhlükəsizlik Şurası İsrailin Qəzzadan çıxmasını tələb edən qətnamə qəbul edəcək.", "REQUEST", ["BMT Təhlükəsizlik Şurası", "İsrail"], "future");
  one("Ərdoğan Azərbaycanı dəstəkləyən bəyanat verməyib.", "SUPPORT", ["Ərdoğan", "Azərbaycan"], "negated");
  // look-alikes: a law setting rules, a programme asking clients for a deposit and countries that condemned are no acts of sides
  none("Parlament vergi dərəcələrini müəyyən edən qanun qəbul edib.");
  none("Şirkət müştərilərdən depozit tələb edən proqram hazırlayıb.");
  none("Fransa hücumu pisləyən ölkələrə qoşulub.");
});

test("a verbless agreement between two sides is the agreement reached or the treaty signed", () => {
  one("Azərbaycan ilə Qazaxıstan arasında razılaşma", "AGREE", ["Azərbaycan", "Qazaxıstan"]);
  one("Türkiyə və İraq arasında tarixi saziş", "SUPPORT", ["Türkiyə", "İraq"]);
  // with its verb far from it, as before
  one("Azərbaycan və Gürcüstan arasında razılaşma ötən ilin oktyabrın 5-də əldə olunub.", "AGREE", ["Azərbaycan", "Gürcüstan"]);
  // look-alikes: an agreement as the basis or the absence of one tells none
  none("Azərbaycan ilə Qazaxıstan arasında razılaşmaya əsasən yüklər daşınır.");
  none("Azərbaycan ilə Qazaxıstan arasında razılaşma yoxdur.");
  none("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi artıb.");
});

test("a guest received in the passive at a place naming the host", () => {
  one("Türkiyə nümayəndə heyəti Kremldə qəbul edilib.", "CONSULT", ["Kreml", "Türkiyə"]);
  one("Qətərin nümayəndə heyəti Bakıda qəbul edilib.", "CONSULT", ["Azərbaycan", "Qətər"]);
  one("Ermənistanın xarici işlər naziri Bakıda qəbul olunub.", "CONSULT", ["Azərbaycan", "Ermənistan"]);
  one("Türkiyə Prezidenti Ərdoğan Ağ Evdə qəbul ediləcək.", "CONSULT", ["Ağ Ev", "Ərdoğan"], "future");
  // with the agent named, the agent is the host, as before
  one("Türkiyə nümayəndə heyəti Kremldə Putin tərəfindən qəbul edilib.", "CONSULT", ["Putin", "Türkiyə"]);
  // look-alikes: a document adopted, a budget passed, documents taken, people admitted receive no guest
  none("Bəyannamə Bakıda qəbul edilib.");
  none("Büdcə Milli Məclisdə qəbul edilib.");
  none("Sənədlər nazirlikdə qəbul edilir.");
  none("Tələbələr universitetə qəbul olunub.");
  none("Nümayəndə heyəti işə qəbul olunub.");
});

test("a stay told with the locative has the city's state as its host (unchanged)", () => {
  one("Makron Ankarada rəsmi səfərdədir.", "CONSULT", ["Makron", "Türkiyə"]);
  one("Əliyev Moskvada işgüzar səfərdə olacaq.", "CONSULT", ["Əliyev", "Rusiya"], "future");
  // look-alike: a meeting held in one's own capital names no host
  one("Əliyev Bakıda iclas keçirib.", "CONSULT", ["Əliyev"]);
});

test("permission given to a named side is a concession (CONCEDE); an act permitted is that act", () => {
  one("ABŞ Ukraynaya uzaqmənzilli raketlərdən istifadə etməyə icazə verib.", "CONCEDE", ["ABŞ", "Ukrayna"]);
  one("Gürcüstan Rusiya təyyarələrinə hava məkanından keçməyə icazə verməyib.", "CONCEDE", ["Gürcüstan", "Rusiya"], "negated");
  // the one permitted is the outer dative, not the target inside the act permitted
  one("Almaniya Ukraynaya Rusiya ərazisinə zərbələr endirməyə icazə verəcək.", "CONCEDE", ["Almaniya", "Ukrayna"], "future");
  assert.ok(!events("Almaniya Ukraynaya Rusiya ərazisinə zərbələr endirməyə icazə verəcək.")[0].actors.includes("Rusiya"));
  // the airspace phrase reads as before
  one("Türkiyə İsrail təyyarəsinə hava məkanından istifadəyə icazə verib.", "CONCEDE", ["Türkiyə", "İsrail"]);
  // look-alikes: an act of another kind permitted is that act alone; permission to no named side is none
  one("Pentaqon raketlərin Ukraynaya tədarükünə icazə verib.", "COOPERATE", ["Pentaqon", "Ukrayna"]);
  none("Abituriyentlərə qeydiyyatdan keçməyə icazə verilib.");
  none("Bank müştərilərə kartdan istifadəyə icazə verir.");
  none("Nazirlik şirkətə fəaliyyət üçün icazə verib.");
  none("Norveç Fransaya icazə verib.");
});

test("a call to return to the talks' table is one request, the talks no meeting of their own", () => {
  one("BMT tərəfləri danışıqlar masasına qayıtmağa çağırıb.", "REQUEST", ["BMT"], "demanded");
  one("Çin İranı və ABŞ-ı danışıqlar masasına qayıtmağa çağırıb.", "REQUEST", ["Çin", "İran"], "demanded");
  // look-alikes: a return to the table that happened is the talks; a call to restraint is a request as before
  one("İran və ABŞ danışıqlar masasına qayıdıb.", "CONSULT", ["İran", "ABŞ"]);
  one("Çin İranı təmkinli olmağa çağırıb.", "REQUEST", ["Çin", "İran"], "demanded");
});

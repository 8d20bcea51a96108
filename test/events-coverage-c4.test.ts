// Standard phrasings of political and world news for the conflictual acts (src/lang/az/events/coverage-c4.ts), on
// sentences written for these tests: each entry with a sentence it must read, and a domestic or commercial use of the
// same words that must stay no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents, tellsEvent as tells } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text);
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);
const none = (...texts: string[]) => { for (const t of texts) assert.deepEqual(types(t), [], t); };

test("REQUEST: a side called on (`səsləyib`), an explanation or guarantees asked, arms asked of a state, an appeal addressed", () => {
  tells("Ərdoğan İsraili atəşkəsə əməl etməyə səsləyib.", "REQUEST", ["Ərdoğan", "İsrail"], "demanded");
  tells("Azərbaycan Fransadan izahat tələb edib.", "REQUEST", ["Azərbaycan", "Fransa"], "demanded");
  tells("Ermənistan Rusiyadan təhlükəsizlik təminatı istəyib.", "REQUEST", ["Ermənistan", "Rusiya"], "demanded");
  tells("Ukrayna ABŞ-dan əlavə \"Patriot\" sistemləri istəyib.", "REQUEST", ["Ukrayna", "ABŞ"], "demanded");
  tells("Zelenski ABŞ-a müraciət ünvanlayıb.", "REQUEST", ["Zelenski", "ABŞ"], "demanded");
});

test("look-alikes of REQUEST: a song voiced, a pupil asked, a bank's collateral, a wish to go, a bank's address to clients", () => {
  none("Müğənni konsertdə yeni mahnısını səsləndirib.", "Müəllim şagirddən izahat istəyib.",
    "Bank müştəridən kredit üçün təminat tələb edir.", "Ovçu Gəncədən ov silahı almaq istəyir.",
    "Bank müştərilərinə müraciət ünvanlayıb.");
});

test("ACCUSE: reproach, a barrage of criticism, an act named or judged hostile", () => {
  tells("Pekin Tokionu məzəmmət edib.", "ACCUSE", ["Çin", "Yaponiya"]);
  tells("Kreml Zelenskinin bəyanatlarını sərt tənqid atəşinə tutub.", "ACCUSE", ["Kreml", "Zelenski"]);
  tells("Zaxarova Bakının addımlarını qeyri-dost addım adlandırıb.", "ACCUSE", ["Zaxarova", "Azərbaycan"]);
  tells("Türkiyə İsrailin hərəkətlərini soyqırımı kimi qiymətləndirib.", "ACCUSE", ["Türkiyə", "İsrail"]);
  // criticism's barrage is no shelling
  assert.ok(!events("Kreml Zelenskinin bəyanatlarını sərt tənqid atəşinə tutub.").some((e) => e.type === "ASSAULT"));
});

test("look-alikes of ACCUSE: a father's reproach, a book's title, a step judged good", () => {
  none("Ata oğlunu gecikməyə görə məzəmmət edib.", "Jurnalist kitabını \"Təxribat\" adlandırıb.",
    "Ekspertlər bu addımı müsbət hal kimi qiymətləndirib.", "Futbolçu azarkeşlərin tənqid atəşinə tuş gəlib.");
});

test("REJECT: denied, called lies, ignored, evaded, answered no, left unanswered", () => {
  tells("Çin ABŞ-ın ittihamlarını yalanlayıb.", "REJECT", ["Çin", "ABŞ"]);
  tells("Kreml Qərbin xəbərlərini yalan adlandırıb.", "REJECT", ["Kreml", "Qərb"]);
  tells("İsrail BMT-nin çağırışlarına məhəl qoymur.", "REJECT", ["İsrail", "BMT"]);
  tells("Putin Zelenski ilə görüşməkdən boyun qaçırıb.", "REJECT", ["Putin", "Zelenski"]);
  tells("Tehran Vaşinqtonun dəvətinə mənfi cavab verib.", "REJECT", ["İran", "ABŞ"]);
  tells("Ermənistan Azərbaycanın təklifini cavabsız qoyub.", "REJECT", ["Ermənistan", "Azərbaycan"]);
});

test("look-alikes of REJECT: a lie told, heed paid, a driver's red light, tax evaded, a test, a complaint left unanswered", () => {
  none("Uşaq yalan danışıb.", "İsrail BMT-nin çağırışlarına məhəl qoyub.", "Sürücü qırmızı işığa məhəl qoymayıb.",
    "Sahibkar vergi ödəməkdən boyun qaçırıb.", "Analiz mənfi cavab verib.", "Bank müştərinin şikayətini cavabsız qoyub.");
});

test("THREATEN: `hədə gəlib`, a heavy reply promised, a deadline given to a leader or a state", () => {
  tells("Medvedev Qərbə nüvə silahı ilə hədə gəlib.", "THREATEN", ["Medvedev", "Qərb"]);
  assert.ok(!events("Medvedev Qərbə nüvə silahı ilə hədə gəlib.").some((e) => e.type === "CONSULT"));
  tells("İran İsrailə ağır cavab verəcəyini bəyan edib.", "THREATEN", ["İran", "İsrail"]);
  tells("Tramp Putinə 50 gün vaxt verib.", "THREATEN", ["Tramp", "Putin"]);
});

test("look-alikes of THREATEN: a reply given, a bank's answers, a bank's or a president's time given at home", () => {
  none("Həkim ağır xəstəlik barədə suallara cavab verib.", "Bank müştərilərin suallarına cavab verəcək.",
    "Bank müştərilərə borcu ödəmək üçün 30 gün vaxt verib.", "Prezident Con Smit ona qərar qəbul etmək üçün iki həftə vaxt vermişdi.");
});

test("PROTEST: protests begun or joined, a rally before an embassy", () => {
  tells("Nepalda gənclər hökumətə qarşı etirazlara başlayıb.", "PROTEST", ["Nepal"]);
  tells("Gürcüstanda minlərlə insan etirazlara qoşulub.", "PROTEST", ["Gürcüstan"]);
  tells("Parisdə Ermənistan tərəfdarları Azərbaycan səfirliyi qarşısında aksiya keçiriblər.", "PROTEST", ["Ermənistan"]);
});

test("look-alikes of PROTEST: clients' objections answered, a shop's sale, an embassy's tree planting", () => {
  none("Şirkət müştərilərin etirazlarına cavab verib.", "Mağaza qarşısında endirim aksiyası keçirilib.",
    "Səfirlik qarşısında ağacəkmə aksiyası keçirilib.");
});

test("SANCTION: imports restricted, participation in a body frozen, ECOWAS left", () => {
  tells("Rusiya Ermənistandan gül idxalına məhdudiyyət qoyub.", "SANCTION", ["Rusiya", "Ermənistan"]);
  tells("Ermənistan KTMT-də iştirakını dondurub.", "SANCTION", ["Ermənistan", "KTMT"]);
  tells("Niger ECOWAS-dan çıxıb.", "SANCTION", ["Niger", "ECOWAS"]);
});

test("look-alikes of SANCTION: a bank's cash limit, a firm out of a tender", () => {
  none("Bank nağd pul çıxarışına məhdudiyyət qoyub.", "Şirkət tenderdə iştirakını dayandırıb.");
});

test("MOBILIZE: military presence raised, warships sent", () => {
  tells("ABŞ Yaxın Şərqdə hərbi mövcudluğunu gücləndirir.", "MOBILIZE", ["ABŞ"]);
  tells("ABŞ Venesuela sahillərinə hərbi gəmilər yönəldib.", "MOBILIZE", ["ABŞ", "Venesuela"]);
});

test("look-alikes of MOBILIZE: a bank's presence, funds or cargo ships directed", () => {
  none("Bank bölgədə mövcudluğunu genişləndirib.", "Hökumət əlavə vəsait yönəldib.", "Şirkət yük gəmilərini Bakı limanına yönəldib.");
});

test("COERCE: a tanker or a flotilla seized, villages taken", () => {
  tells("İran hərbçiləri Hörmüz boğazında neft tankerini ələ keçirib.", "COERCE", ["İran"]);
  tells("İsrail Qəzzaya yardım aparan flotiliyanı ələ keçirib.", "COERCE", ["İsrail"]);
  tells("Rusiya Ukraynanın daha iki kəndini ələ keçirib.", "COERCE", ["Rusiya", "Ukrayna"]);
});

test("look-alikes of COERCE: drugs seized from a ship, traffic kept under control, a rate held, a bare police", () => {
  none("Gömrükçülər gəmidən narkotik ələ keçirib.", "Polis yol hərəkətini nəzarətdə saxlayıb.",
    "Mərkəzi Bank uçot dərəcəsini 7 faiz səviyyəsində saxlayıb.");
  assert.ok(!events("Polis Con Smitin nəvəsinin ölümü ilə əlaqədar şübhəliləri saxlayıb.").some((e) => e.type === "COERCE"));
});

test("ASSAULT: shelled with rockets or artillery; an aid convoy attacked is no aid", () => {
  tells("Rusiya Odessanı raket atəşinə tutub.", "ASSAULT", ["Rusiya", "Odessa"]);
  tells("Ermənistan silahlı qüvvələri Azərbaycan mövqelərini minaatan atəşinə tutub.", "ASSAULT", ["Ermənistan", "Azərbaycan"]);
  assert.deepEqual(types("İsrail Qəzzada humanitar yardım karvanına hücum edib."), ["ASSAULT:asserted"]);
  assert.deepEqual(types("Azərbaycan Qəzzaya humanitar yardım karvanı göndərib."), ["AID:asserted"]);
});

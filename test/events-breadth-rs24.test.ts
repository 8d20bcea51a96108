// Invented breadth for demands, appeals and sanctions between states in political and world news (helper rs24): each change
// of src/lang/az/events/breadth-rs24.ts and of the engine proven on sentences written for these tests, each with a
// look-alike that must stay no event of the type.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventTypes, hasEvent, noEvent, oneEvent, tellsEvent } from "./helpers-events.js";

test("an act asked of a side in the ablative by an infinitive in the accusative is a REQUEST; one's own move or purchase is none", () => {
  oneEvent("Gürcüstan Rusiyadan Abxaziyadakı hərbi bazasını bağlamağı istəyib.", "REQUEST", ["Gürcüstan", "Rusiya"], "demanded");
  tellsEvent("Polşa NATO-dan hava patrulunu gücləndirməyi istəyib.", "REQUEST", ["Polşa", "NATO"], "demanded");
  noEvent("Azərbaycan Türkiyədən qaz almaq istəyir.", "REQUEST");
  noEvent("Ailə Rusiyadan köçməyi istəyib.", "REQUEST");
  noEvent("Ukrayna ABŞ-dan yeni texnologiyalar almağı istəyir.", "REQUEST");
});

test("permission asked of a side is a REQUEST; asked of no named side it is none", () => {
  tellsEvent("Türkiyə ABŞ-dan F-35 proqramına qayıtmaq üçün icazə istəyib.", "REQUEST", ["Türkiyə", "ABŞ"], "demanded");
  noEvent("Sürücü yoldan keçmək üçün icazə istəyib.", "REQUEST");
});

test("a state or a body invited to act is asked to (REQUEST), the talks it is invited to not held; the public invited is none", () => {
  const text = "Qətər HƏMAS-ı və İsraili danışıqlar masasına qayıtmağa dəvət edib.";
  tellsEvent(text, "REQUEST", ["Qətər", "HƏMAS"], "demanded");
  assert.ok(!eventTypes(text).includes("CONSULT"), text);
  const talks = "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Rusiya və Ukraynanı İstanbulda sülh danışıqlarına dəvət edib.";
  tellsEvent(talks, "REQUEST", ["Rusiya", "Ukrayna"], "demanded");
  assert.ok(!eventTypes(talks).includes("CONSULT"), talks);
  noEvent("Bank Azərbaycan vətəndaşlarını bu sərfəli alətdən faydalanmağa dəvət edir.", "REQUEST");
  // (a person invited stays an invitation, AGREE 036)
  assert.ok(hasEvent("Putin İlham Əliyevi Moskvaya dəvət edib.", "AGREE", "İlham Əliyev"));
});

test("what an infinitive asked for acts on (`hücumları dayandırmağı istəyib`) is no act done; told done it stays", () => {
  const asked = "İran Səudiyyə Ərəbistanından Yəmənə hücumları dayandırmağı istəyib.";
  tellsEvent(asked, "REQUEST", ["İran", "Səudiyyə Ərəbistanı"], "demanded");
  assert.ok(!eventTypes(asked).includes("ASSAULT"), asked);
  const joint = "Şimali Koreya ABŞ və Cənubi Koreyadan birgə hərbi təlimləri dayandırmağı tələb edib.";
  assert.ok(!eventTypes(joint).includes("COOPERATE"), joint);
  assert.ok(hasEvent("Səudiyyə Ərəbistanı Yəmənə hücumları davam etdirib.", "ASSAULT", "Yəmən"));
});

test("a meeting asked of a named side is a REQUEST (106), no meeting held; a wish to meet told by the verb asks none", () => {
  oneEvent("Serbiya Prezidenti Aleksandar Vuçiç Vladimir Putinlə görüş istəyib.", "REQUEST", ["Aleksandar Vuçiç", "Vladimir Putin"], "demanded");
  noEvent("Aleksandar Vuçiç Vladimir Putinlə görüşmək istəyib.", "REQUEST");
  assert.ok(hasEvent("Aleksandar Vuçiç Vladimir Putinlə görüşüb.", "CONSULT", "Vladimir Putin"));
});

test("sanctions lifted by the verb of raising are CONCEDE, refused negated; a question raised about them is none", () => {
  oneEvent("ABŞ Suriyaya qarşı sanksiyaları qaldırıb.", "CONCEDE", ["ABŞ", "Suriya"]);
  oneEvent("Avropa İttifaqı Rusiyaya qarşı sanksiyaları qaldırmayacaq.", "CONCEDE", ["Avropa İttifaqı", "Rusiya"], "negated");
  noEvent("Deputat iclasda sanksiyalar məsələsini qaldırıb.", "CONCEDE");
});

test("aid frozen or cut back is SANCTION (162); aid raised is none", () => {
  oneEvent("Avropa İttifaqı Gürcüstana maliyyə yardımını dondurub.", "SANCTION", ["Avropa İttifaqı", "Gürcüstan"]);
  tellsEvent("Almaniya Ukraynaya maliyyə yardımını azaldacaq.", "SANCTION", ["Almaniya", "Ukrayna"], "future");
  noEvent("Avropa İttifaqı Gürcüstana maliyyə yardımını artırıb.", "SANCTION");
});

test("relations downgraded, an agreement with a side suspended, an embassy's work stopped, a delegation's powers suspended are SANCTION", () => {
  oneEvent("Litva Belarusla diplomatik münasibətlərinin səviyyəsini aşağı salıb.", "SANCTION", ["Litva", "Belarus"]);
  noEvent("Litva Belarusla diplomatik münasibətlərinin səviyyəsini yüksəldib.", "SANCTION");
  oneEvent("Hindistan Pakistanla İnd çayı üzrə su sazişini dayandırıb.", "SANCTION", ["Hindistan", "Pakistan"]);
  noEvent("Şirkət işçi ilə bağlanmış əmək müqaviləsini dayandırıb.", "SANCTION");
  tellsEvent("Rusiya Moldovadakı səfirliyinin fəaliyyətini dayandırıb.", "SANCTION", ["Rusiya"]);
  noEvent("Rusiya Moldovadakı zavodun fəaliyyətini dayandırıb.", "SANCTION");
  tellsEvent("Avropa Şurası Parlament Assambleyası Azərbaycan nümayəndə heyətinin səlahiyyətlərini dayandırıb.", "SANCTION", ["Azərbaycan"]);
  noEvent("Şirkətin direktoru müavinin səlahiyyətlərini dayandırıb.", "SANCTION");
});

test("soldiers of the reserve called up to a muster are mobilised; soldiers called on to act are asked", () => {
  oneEvent("Rusiya Prezidenti Vladimir Putin ehtiyatda olan hərbçiləri toplanışa çağırıb.", "MOBILIZE", ["Vladimir Putin"]);
  noEvent("Putin hərbçiləri sülhə çağırıb.", "MOBILIZE");
});

test("a flight a carrier cancels restricts no one; an agreement a state cancels stays SANCTION", () => {
  noEvent("Aeroflot texniki səbəblərə görə Bakı reysini ləğv edib.");
  tellsEvent("Burkina-Faso Fransa ilə hərbi sazişi ləğv edib.", "SANCTION", ["Fransa"]);
});

test("a headline's label before a colon makes the must-clause after it its demand; a label with no name demands nothing", () => {
  tellsEvent("Ərdoğan: İsrail Qəzzadan çəkilməlidir", "REQUEST", ["Ərdoğan", "İsrail"], "demanded");
  tellsEvent("Paşinyan: Rusiya sərhədçilərini hava limanından çıxarmalıdır", "REQUEST", ["Paşinyan", "Rusiya"], "demanded");
  noEvent("Nazir: Vətəndaşlar sənədlərini vaxtında təqdim etməlidir", "REQUEST");
});

// Headline grammar read from invented headlines of domestic, regional, energy and military news
// (src/lang/az/events/headlines-b4.ts and the engine and table rules with it): a delegation's state as the guest, a quoted
// act whose noun qualifies the possessed noun before the closing verb, a yes/no question, a verbless `X-dən Y-yə`
// embargo, and the phrasings of the new file; each with a look-alike of the same words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, hasEvent } from "./support/events.js";

const types = (text: string) => eventsOf(text).map((e) => e.type);
const has = hasEvent;

test("a state before `nümayəndə heyəti` is the guest received, not a title of the host", () => {
  has("Ərdoğan Ukrayna nümayəndə heyətini qəbul edib", "CONSULT", "asserted", ["Ərdoğan", "Ukrayna"]);
  has("Ukrayna nümayəndə heyəti Ərdoğan tərəfindən qəbul edilib", "CONSULT", "asserted", ["Ərdoğan", "Ukrayna"]);
  // look-alikes: a title before a name still names the person; a body's own panel receives no one
  has("Türkiyə Prezidenti Ərdoğan Zelenskini qəbul edib", "CONSULT", "asserted", ["Ərdoğan", "Zelenski"]);
  assert.deepEqual(types("Milli Məclisin heyəti yeni sessiyaya hazırlaşır"), []);
});

test("inside a quotation a noun qualifying the possessed noun before the closing verb is the act", () => {
  has('Kallas: "Aİ Rusiyaya qarşı sanksiya paketini hazırlayır"', "SANCTION", "asserted", ["Aİ", "Rusiya"]);
  // look-alike: a policy talked about names no side and is no act
  assert.deepEqual(types('Kallas: "Sanksiya siyasətini dəyişmirik"'), []);
});

test("a yes/no question tells no act, not even by its noun; a question of another word still tells it", () => {
  assert.deepEqual(types("İran və ABŞ yenidən danışıqlar masasına oturacaqmı?"), []);
  assert.deepEqual(types("Putin və Trampın görüşü baş tutacaqmı?"), []);
  assert.ok(types("Əhməd əş-Şəranın ABŞ səfəri Yaxın Şərqə nə vəd edir?").includes("CONSULT"));
});

test("a verbless headline of an embargo or tariffs from one state to another is the act", () => {
  has("Türkiyədən İsrailə ticarət embarqosu", "SANCTION", "asserted", ["Türkiyə", "İsrail"]);
  has("ABŞ-dan Hindistana yeni tariflər", "SANCTION", "asserted", ["ABŞ", "Hindistan"]);
  assert.deepEqual(types("Nazirlikdən sürücülərə cərimə"), []);
});

test("a reply promised to a named state threatens it; one to a query or a body does not", () => {
  has("Hizbullah İsrailə cavab verəcəyini bildirib", "THREATEN", "asserted", ["Hizbullah", "İsrail"]);
  assert.deepEqual(types("Nazirlik deputatın sorğusuna cavab verəcək"), []);
  assert.ok(!types("XİN Avropa Parlamentinə cavab verəcək").includes("THREATEN"));
});

test("arms sent to or bought from a state are military cooperation; aid sent and goods bought at home are not", () => {
  has("Fransa Ermənistana haubitsalar göndərib", "COOPERATE", "asserted", ["Fransa", "Ermənistan"]);
  has("Azərbaycan Pakistandan 40 qırıcı alacaq", "COOPERATE", "future", ["Azərbaycan", "Pakistan"]);
  has("Azərbaycan İsraildən yeni hava hücumundan müdafiə sistemləri alıb", "COOPERATE", "asserted", ["Azərbaycan", "İsrail"]);
  assert.deepEqual(types("Azərbaycan Türkiyəyə humanitar yardım göndərib"), ["AID"]);
  assert.deepEqual(types("Şirkət yeni dron alıb"), []);
});

test("supplies, exports or cooperation begun with a state are cooperation; figures of a quarter are not", () => {
  has("SOCAR Suriyaya təbii qaz tədarükünə başlayıb", "COOPERATE", "asserted", ["SOCAR", "Suriya"]);
  has("Azərbaycan Ermənistana benzin ixrac etməyə başlayıb", "COOPERATE", "asserted", ["Azərbaycan", "Ermənistan"]);
  has("Azərbaycan Türkmənistanla əməkdaşlığa başlayıb", "COOPERATE", "asserted", ["Azərbaycan", "Türkmənistan"]);
  assert.deepEqual(types("Tələbələr təcrübəyə başlayıb"), []);
});

test("water cannon used on protesters is an assault (PLOVER crowd-control); a body declared terrorist is coerced", () => {
  has("Gürcüstan polisi etirazçılara qarşı su şırnağından istifadə edib", "ASSAULT", "asserted", ["Gürcüstan"]);
  has("Britaniya Hizbullahı terror təşkilatı elan edib", "COERCE", "asserted", ["Hizbullah"]);
  assert.ok(!types("Britaniya yeni strategiya elan edib").includes("COERCE"));
});

test("an opposition's rally or one against a decision is a protest; a shop's sale is not", () => {
  has("Keniyada müxalifət tərəfdarları aksiya keçirib", "PROTEST", "asserted", ["Keniya"]);
  has("Azərbaycanlılar Parisdə Fransa Senatının qərarına qarşı aksiya keçirib", "PROTEST", "asserted", ["Fransa Senatı"]);
  assert.deepEqual(types("Bank mağazalarda endirim aksiyası keçirib"), []);
});

test("military forces raised or massed and a base reinforced mobilise; a firm's sales force does not", () => {
  has("Şimali Koreya hərbi qüvvələrini artırıb", "MOBILIZE", "asserted", ["Şimali Koreya"]);
  has("Efiopiya Eritreya ilə sərhədə qoşun yığır", "MOBILIZE", "asserted", ["Efiopiya"]);
  has("Rusiya Ermənistandakı hərbi bazasını gücləndirir", "MOBILIZE", "asserted", ["Rusiya"]);
  assert.deepEqual(types("Şirkət satış qüvvələrini artırıb"), []);
});

test("a visa regime eased concedes; a tax regime eased does not", () => {
  has("Gürcüstan Rusiya vətəndaşları üçün viza rejimini yüngülləşdirib", "CONCEDE", "asserted", ["Gürcüstan"]);
  assert.deepEqual(types("Gürcüstan vergi rejimini yüngülləşdirib"), []);
});

test("mediation resumed, aid allotted to a state and readiness to normalise ties", () => {
  has("Qətər HƏMAS ilə İsrail arasında vasitəçiliyi bərpa edib", "CONSULT", "asserted", ["Qətər", "İsrail"]);
  assert.ok(!types("Qətər vasitəçiliyi dayandırıb").includes("CONSULT"));
  has("Ukraynaya hərbi yardım ayrılıb", "AID", "asserted", ["Ukrayna"]);
  assert.deepEqual(types("Ailələrə yardım ayrılıb"), []);
  has("Səudiyyə Ərəbistanı İsraillə münasibətləri normallaşdırmağa hazırdır", "AGREE", "asserted", ["Səudiyyə Ərəbistanı", "İsrail"]);
  assert.deepEqual(types("Münasibətləri normallaşdırmaq çətindir"), []);
});

test("talks one will not go to are refused (REJECT, as the page gold sets sf-08, sj-18 tell it); a topic not raised is none", () => {
  has("İran ABŞ ilə birbaşa danışıqlara getməyəcək", "REJECT", "asserted", ["İran", "ABŞ"]);
  has("İran ABŞ ilə danışıqlara gedəcək", "CONSULT", "future", ["İran", "ABŞ"]);
  assert.deepEqual(types("Görüşdə söhbət sanksiyalardan getməyib"), []);
});

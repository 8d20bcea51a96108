// Headline grammar read from invented world and politics headlines (src/lang/az/events/headlines-b3.ts and the engine
// rules with it): a verbless `X-dən Y-yə N` headline, a meeting that will not take place, a label's own side, a noun
// told going on inside a quotation, a trip told in the present, supplies cut off, a shoot-out by its noun, membership
// blocked; each with a look-alike of the same words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, hasEvent } from "./support/events.js";

const events = (text: string) => eventsOf(text);
const types = (text: string) => events(text).map((e) => e.type);
const has = hasEvent;

test("a verbless headline naming who did it to whom tells the act, its doer the ablative", () => {
  has("Çindən Yaponiyaya etiraz", "ACCUSE", "asserted", ["Çin", "Yaponiya"]);
  has("Şimali Koreyadan Seula sərt xəbərdarlıq", "THREATEN", "asserted", ["Şimali Koreya"]);
  has("Əliyevdən Zelenskiyə başsağlığı", "SUPPORT", "asserted", ["Əliyev", "Zelenski"]);
  has("Con Smitdən Pol Brauna MƏKTUB", "CONSULT", "asserted", ["Con Smit", "Pol Braun"]);
  has("Ərdoğanın Putinə zəngi", "CONSULT", "asserted", ["Ərdoğan", "Putin"]);
  has("Yaponiyadan Ukraynaya 4 milyard dollar yardım", "AID", "asserted", ["Yaponiya", "Ukrayna"]);
  has("ABŞ-DAN İRANA YENİ SANKSİYALAR", "SANCTION", "asserted", ["ABŞ", "İran"]);
  // the clause after the colon is one of its own: its condition makes no condition of the warning
  has("ABŞ-dan İrana xəbərdarlıq: nüvə proqramı dayandırılmasa, zərbələr olacaq", "THREATEN", "asserted", ["ABŞ", "İran"]);
  // look-alikes: a ministry's warning to drivers names no side; a warning of weather is none
  assert.deepEqual(types("Nazirlikdən sürücülərə xəbərdarlıq"), []);
  assert.deepEqual(types("Xəbərdarlıq: Bakıda güclü külək"), []);
  assert.deepEqual(types("Bakıdan Sumqayıta yeni avtobus xətti"), []);
});

test("a meeting whose taking place is negated is a negated meeting; a topic of a denial is none", () => {
  has("Ərdoğan və Trampın görüşü baş tutmayacaq", "CONSULT", "negated", ["Ərdoğan", "Tramp"]);
  has("Putinin Bakıya səfəri baş tutmayıb", "CONSULT", "negated", ["Putin"]);
  assert.deepEqual(types("Tramp ilə görüşü barədə məlumat verilməyib"), []);
});

test("a label naming a state or a person is the side of an act its clause tells with no doer; an outlet's is not", () => {
  has("Kreml: Kiyevlə danışıqlar davam edəcək", "CONSULT", "future", ["Kreml", "Ukrayna"]);
  assert.ok(!events('"Reuters": Kiyevlə danışıqlar davam edəcək').some((e) => e.actors.includes("Reuters")));
  // a clause with its own subject keeps it
  const e = events("Kreml: Zelenski Trampla görüşəcək").find((x) => x.type === "CONSULT");
  assert.ok(e && !e.actors.includes("Kreml"), JSON.stringify(e));
});

test("inside a quotation a noun told going on or taking place is the act; a noun talked about is not", () => {
  has('Kreml: "Ukrayna ilə danışıqlar davam edəcək"', "CONSULT", "future", ["Ukrayna"]);
  has('Peskov: "Putin ilə Trampın görüşü keçiriləcək"', "CONSULT", "future", ["Putin", "Tramp"]);
  assert.deepEqual(types('Con Smit: "Danışıqlar mühüm mövzudur"'), []);
});

test("a trip told in the present is a visit; cargo sent or income earned is none", () => {
  has("Merts sabah Pekinə yollanır", "CONSULT", "future", ["Merts"]);
  has("Fransa Prezidenti Bakıya gəlir", "CONSULT", "asserted", ["Fransa"]);
  assert.deepEqual(types("Yük Bakıya yollanır"), []);
  assert.deepEqual(types("Yük Bakıya gəlir"), []);
  assert.deepEqual(types("Turizm Bakıya gəlir gətirir"), []);
});

test("supplies to a state cut off are a sanction; supplies raised are not", () => {
  has("Rusiya Ermənistana qaz tədarükünü dayandırıb", "SANCTION", "asserted", ["Rusiya", "Ermənistan"]);
  assert.ok(!types("Rusiya Ermənistana qaz tədarükünü artırıb").includes("SANCTION"));
});

test("a shoot-out between two named states told by its noun is an attack; one between unnamed groups is none", () => {
  has("Pakistan ilə Əfqanıstan arasında sərhəddə atışma", "ASSAULT", "asserted", ["Pakistan", "Əfqanıstan"]);
  assert.deepEqual(types("Polislə cinayətkarlar arasında atışma"), []);
});

test("a state's membership blocked is a veto (REJECT); accounts blocked are not", () => {
  has("Macarıstan Ukraynanın Aİ-yə üzvlüyünü bloklayır", "REJECT", "asserted", ["Macarıstan", "Ukrayna"]);
  assert.ok(!types("Bank hesabları bloklayıb").includes("REJECT"));
});

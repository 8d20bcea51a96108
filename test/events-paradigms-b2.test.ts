// A paradigm check of the common triggers (src/lang/az/events/paradigms-b2.ts, with the engine and table rules it needs),
// on sentences written for these tests: the passive in `olunub` read as the one in `edilib` where a side is sure, a
// headline of nothing but `X-dan Y-yə` and its event noun, credentials presented and a letter handed over with the one
// given them named between, an agreement told by the participle of its reaching; each with a look-alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, hasEvent } from "./support/events.js";

const events = (text: string) => eventsOf(text);
const types = (text: string) => events(text).map((e) => e.type);
const has = hasEvent;

test("a passive in `olunub` stands for the one in `edilib` where an agent is named or the entry needs a side", () => {
  has("Pol Braunun qərarı Con Smit tərəfindən tənqid olunub.", "ACCUSE", "asserted", ["Con Smit", "Pol Braun"]);
  has("Pol Braunun qərarı Con Smit tərəfindən tənqid edilib.", "ACCUSE", "asserted", ["Con Smit", "Pol Braun"]);
  has("Emmanuel Makron Prezident İlham Əliyev tərəfindən qəbul olunub.", "CONSULT", "asserted", ["İlham Əliyev", "Emmanuel Makron"]);
  // a rule abolished, a requirement, a bill adopted: no side, no act
  assert.deepEqual(types("Bu tarixdən etibarən Bakıda seçim sistemi ləğv olunur."), []);
  assert.deepEqual(types("Şirkətin Bakıdakı nümayəndəliyi ləğv olunub."), []);
  assert.deepEqual(types("Bakı Dövlət Universitetinə qəbul üçün tələb olunan sənədlər açıqlanıb."), []);
  assert.deepEqual(types("Qanun layihəsi Milli Məclis tərəfindən qəbul olunub."), []);
});

test("a headline of a name in the ablative, one in the dative and the event noun tells the act from the first to the second", () => {
  has("Əliyevdən Ərdoğana başsağlığı.", "SUPPORT", "asserted", ["Əliyev", "Ərdoğan"]);
  has("Azərbaycandan Livana humanitar yardım", "AID", "asserted", ["Azərbaycan", "Livan"]);
  has("Ankaradan Bakıya dəstək.", "SUPPORT", "asserted", ["Türkiyə", "Azərbaycan"]);
  has("Moskvadan Vaşinqtona xəbərdarlıq", "THREATEN", "asserted", ["Rusiya", "ABŞ"]);
  // the colon form keeps working, and now names both sides
  has("Ukraynadan Rusiyaya ittiham: \"Onlar yalan danışır\"", "ACCUSE", "asserted", ["Ukrayna", "Rusiya"]);
  // a route is no act; nor is a noun whose light verb a headline does not drop
  assert.deepEqual(types("Bakıdan Gəncəyə yeni avtobus reysi."), []);
  assert.deepEqual(types("Bakıdan Moskvaya qatar"), []);
});

test("credentials presented and a letter handed over with the one given them named between", () => {
  has("ABŞ-ın yeni səfiri etimadnaməsini İlham Əliyevə təqdim edib.", "CONSULT", "asserted", ["İlham Əliyev"]);
  assert.deepEqual(types("Səfir etimadnaməsinin surətini Xarici İşlər Nazirliyinə təqdim edib."), []);
  has("Donald Trampın məktubu İlham Əliyevə çatdırılıb.", "CONSULT", "asserted", ["İlham Əliyev", "Donald Tramp"]);
  assert.deepEqual(types("Sifarişçinin məktubu poçt vasitəsilə ünvana çatdırılıb."), []);
});

test("an agreement told by the participle of its reaching, between named sides", () => {
  has("Azərbaycan ilə Türkiyə arasında əldə olunan razılaşma qüvvəyə minib.", "AGREE", "asserted", ["Azərbaycan", "Türkiyə"]);
  assert.deepEqual(types("Əldə olunan razılaşmaya əsasən tariflər artırılıb."), []);
});

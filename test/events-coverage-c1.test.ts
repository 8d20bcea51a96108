// Phrasings of the cooperative acts from a walk of how news writes them (src/lang/az/events/coverage-c1.ts), on
// sentences written for these tests: a post left (`vəzifəsindən ayrılıb`), an agreement approved (`Memorandumu təsdiq
// edib`), an acquittal (`bəraət verilib`), each with a look-alike that must stay no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);

test("leaving one's post is a resignation (RETREAT), as `vəzifəsindən gedib`", () => {
  const [e] = events("Nazir Con Smit vəzifəsindən ayrılıb.");
  assert.equal(e?.type, "RETREAT");
  assert.deepEqual(e?.actors, ["Con Smit"]);
  assert.deepEqual(types("Nazir Con Smit postundan ayrılacaq."), ["RETREAT:future"]);
  // a decision to leave is told as taken
  assert.deepEqual(types("Con Smit vəzifəsindən ayrılmaq qərarına gəlib."), ["RETREAT:asserted"]);
});

test("look-alikes: parting from anything but a post, and the participle naming who left, are no new act", () => {
  assert.deepEqual(types("Con Smit ailəsindən ayrılıb."), []);
  assert.deepEqual(types("Con Smit Bakıdan ayrılıb."), []);
  assert.deepEqual(types("Vəzifəsindən ayrılan Con Smit bankda işləyib."), []);
});

test("an agreement between sides approved is signed into force (SUPPORT 057)", () => {
  const [e] = events("Nazirlər Kabineti Norveç ilə Anlaşma Memorandumunu təsdiq edib.");
  assert.equal(e?.type, "SUPPORT");
  assert.equal(e?.cameo, "057");
  assert.ok(e?.actors.includes("Norveç"));
  assert.deepEqual(types("Norveç ilə saziş təsdiq edilib."), ["SUPPORT:asserted"]);
});

test("look-alikes: a document of one's own, or a figure, approved is no agreement", () => {
  assert.deepEqual(types("Nazirlər Kabineti yeni qaydaları təsdiq edib."), []);
  assert.deepEqual(types("Şirkətin büdcəsi təsdiq edilib."), []);
});

test("an acquittal given or received concedes (CONCEDE), as charges dropped", () => {
  const [e] = events("Məhkəmə Con Smitə bəraət verib.");
  assert.equal(e?.type, "CONCEDE");
  assert.ok(e?.actors.includes("Con Smit"));
  assert.deepEqual(types("Jurnalist Con Smit bəraət alıb."), ["CONCEDE:asserted"]);
});

test("look-alike: justifying a thing (`bəraət qazandırmaq`) acquits no one", () => {
  assert.deepEqual(types("Con Smit terrorizmə bəraət qazandırmaqda günahlandırılır."), types("Con Smit terrorizmi təbliğ etməkdə günahlandırılır."));
});

test("`zəng vurub` is a phone call, as `zəng edib`, not a strike; a call to a number is none", () => {
  const [e] = events("Ərdoğan Putinə zəng vurub.");
  assert.equal(e?.type, "CONSULT");
  assert.deepEqual(e?.actors, ["Ərdoğan", "Putin"]);
  assert.deepEqual(types("Sakinlər 112 nömrəsinə zəng vurub."), []);
});

test("a decision vetoed is rejected, its owner the side; solidarity expressed with a side is support", () => {
  const [v] = events("Macarıstan Avropa İttifaqının qərarını veto edib.");
  assert.equal(v?.type, "REJECT");
  assert.deepEqual(v?.actors, ["Macarıstan", "Avropa İttifaqı"]);
  assert.deepEqual(types("Türkiyə Azərbaycanla həmrəyliyini bildirib."), ["SUPPORT:asserted"]);
});

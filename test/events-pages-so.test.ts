// Sentences written for these tests (stop 36, so) in the style of criticism and rebuttal news: a side's words judged in
// someone's speech, harsh words voiced against a side, an act that caused a side's protest, and claims a side made that
// another rejects. Names, places and wording are invented; each trigger has a look-alike that stays no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a side's words judged in someone's speech are that speaker's charge against the side", () => {
  const a = of("Nazir Kamran Əliyev bildirib ki, Gürcüstan XİN-in son açıqlaması yolverilməzdir.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.ok(a[0].includes("Kamran Əliyev") && a[0].includes("Gürcüstan XİN"));
  const b = of("Səfir Orxan Quliyev: \"Litva parlamentinin bəyanatı böhtandır\".", "ACCUSE");
  assert.equal(b.length, 1);
  assert.ok(b[0].includes("Orxan Quliyev"));
  // (owned by the side it charges, no noun of words needed)
  assert.ok(of("Müdafiə Nazirliyi bildirib ki, bu, Moldovanın növbəti təxribatıdır.", "ACCUSE").some((x) => x.includes("Moldova")));
  // (a verdict on something no side did, or told by no one, is none)
  assert.deepEqual(of("Nazir bildirib ki, iş yerlərinin gizlədilməsi yolverilməzdir.", "ACCUSE"), []);
  assert.deepEqual(of("Latviya XİN-in bəyanatı riyakarlıqdır.", "ACCUSE"), []);
});

test("regret or displeasure a side's words stir, in its speaker's words, is a charge", () => {
  const a = of("Deputat Aynur Sadıqova bildirib ki, Estoniya səfirinin müsahibəsi ciddi təəssüf doğurur.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.ok(a[0].includes("Aynur Sadıqova"));
  // prices stir displeasure in no named side
  assert.deepEqual(of("Deputat bildirib ki, qiymətlərin artması narazılıq doğurur.", "ACCUSE"), []);
});

test("harsh words voiced against a side are a charge by the one who voiced them", () => {
  const a = of("Polşa deputatı Yan Kovalski Azərbaycana qarşı qəbuledilməz ifadələr işlədib.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.ok(a[0].includes("Yan Kovalski") && a[0].includes("Azərbaycan"));
  // words of praise, or harsh words against no side, are none
  assert.deepEqual(of("General Qazaxıstan haqqında dəyərli fikirlər səsləndirib.", "ACCUSE"), []);
  assert.deepEqual(of("Jurnalist efirdə yolverilməz ifadələr işlədib.", "ACCUSE"), []);
});

test("an act that caused a named side's protest is that side's charge", () => {
  const a = of("Bayrağın asılması rəsmi Vilnüsün ciddi etirazına səbəb olub.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.ok(a[0].includes("Litva"));
  // the displeasure of unnamed people is none
  assert.deepEqual(of("Xidmətin dayandırılması sürücülərin narazılığına səbəb olub.", "ACCUSE"), []);
});

test("claims a named side made stay its charge when another rejects them", () => {
  const got = events("Macarıstan Slovakiyanın əsassız iddialarını qətiyyətlə rədd edib.");
  assert.ok(got.some((e) => e.type === "REJECT" && e.actors.includes("Macarıstan")));
  const claim = got.filter((e) => e.type === "ACCUSE");
  assert.equal(claim.length, 1);
  assert.deepEqual(claim[0].actors, ["Slovakiya"]);
  // (the claim said by a participle's subject: `Y-in Z-yə qarşı səsləndirdiyi iddiaları`)
  assert.ok(of("Nazirlik Polşanın Litvaya qarşı səsləndirdiyi əsassız iddiaları rədd edib.", "ACCUSE").length === 1);
  // claims owned by no named side, claims to land, a source of news and criminal charges are none
  assert.deepEqual(of("Nazirlik bu cür saxta iddiaları rədd edib.", "ACCUSE"), []);
  assert.deepEqual(of("Gürcüstan Rusiyanın ərazi iddialarını rədd edib.", "ACCUSE"), []);
  assert.deepEqual(of("Macarıstanın iddialarına görə, Slovakiya sərhədi bağlayıb.", "ACCUSE"), []);
  assert.deepEqual(of("Bələdiyyə sədri korrupsiya ittihamları ilə saxlanılıb.", "ACCUSE"), []);
});

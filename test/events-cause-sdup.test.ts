// Sentences written for these tests (stop 36, cause sdup: one real act told twice and output twice): criticism told of an
// envoy summoned is the complaint told again, not an act of its own; the other side's answer, charges and a person's own
// remark stay apart; an undated talk of the same sides a few sentences on is the call told on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-03") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

const SUMMONED = "Noyabrın 3-də Litvanın Azərbaycandakı səfiri Tomas Kairis Xarici İşlər Nazirliyinə çağırılıb.";

test("criticism told of a summoned envoy in the next sentence is the complaint told again", () => {
  const got = of(`${SUMMONED} Səfirə Litva mətbuatında yayılan yazılarla bağlı irad bildirilib.`, "ACCUSE");
  assert.deepEqual(got.map((e) => e.trigger.text), ["çağırılıb"]);
  assert.deepEqual(of(`${SUMMONED} Litva Seymi pislənilib.`, "ACCUSE").map((e) => e.trigger.text), ["çağırılıb"]);
});

test("criticism in a sentence the summons's meeting frames, two sentences on, is the complaint told again", () => {
  const got = of(`${SUMMONED} Bu barədə nazirlikdən bildirilib. Görüşdə Litva Seyminin qətnaməsi pislənilib.`, "ACCUSE");
  assert.deepEqual(got.map((e) => e.trigger.text), ["çağırılıb"]);
});

test("the other side's answer, charges brought and a person's remark complained of stay acts of their own", () => {
  // (the complainer acted on: an answer)
  const answer = of("Noyabrın 3-də Litvanın Azərbaycandakı səfiri Tomas Kairis Azərbaycan Xarici İşlər Nazirliyinə çağırılıb. " +
    "Litva Xarici İşlər Nazirliyi isə Azərbaycanı kəskin tənqid edib.", "ACCUSE");
  assert.equal(answer.length, 2);
  // (112: charges, not disapproval)
  assert.equal(of(`${SUMMONED} Litva prokurorluğu Azərbaycan vətəndaşını casusluqda ittiham edib.`, "ACCUSE").length, 2);
  // (a person the complaint did not name, acting first: what was complained of)
  const remark = of(`${SUMMONED} Görüşdə Litva Prezidenti Gitanas Nausedanın Vilnüsdə Azərbaycan əleyhinə səsləndirilmiş, ` +
    "həqiqəti əks etdirməyən fikirləri ilə bağlı Litva tərəfinə etiraz edilib.", "ACCUSE");
  assert.ok(remark.some((e) => e.actors[0] === "Gitanas Nauseda"));
  // (the complainer's criticism of a state the complaint did not name)
  assert.equal(of(`${SUMMONED} Azərbaycan Latviyanı da kəskin tənqid edib.`, "ACCUSE").length, 2);
});

test("an undated talk of the call's sides four sentences on is the call told on", () => {
  const got = of("Azərbaycanın xarici işlər naziri Ceyhun Bayramov ilə Litvanın xarici işlər naziri Kestutis Budris arasında " +
    "telefon danışığı olub. Nazirlər regionda vəziyyəti qiymətləndiriblər. Budris Vilnüs konfransını xatırladıb. " +
    "Söhbət zamanı gələcək səfərlər də qeyd olunub. Bayramov Litva ilə əməkdaşlıq məsələlərini müzakirə edib.", "CONSULT");
  assert.equal(got.length, 1);
  // (a talk with a side the call did not have is one of its own)
  const other = of("Azərbaycanın xarici işlər naziri Ceyhun Bayramov ilə Litvanın xarici işlər naziri Kestutis Budris arasında " +
    "telefon danışığı olub. Nazirlər regionda vəziyyəti qiymətləndiriblər. Budris Vilnüs konfransını xatırladıb. " +
    "Söhbət zamanı gələcək səfərlər də qeyd olunub. Bayramov Latviya ilə əməkdaşlıq məsələlərini müzakirə edib.", "CONSULT");
  assert.equal(other.length, 2);
});

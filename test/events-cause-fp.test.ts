// Sentences written for these tests (stop 37, cause "fp": predictions no gold event resembles). A release, a signing,
// a protest or cooperation named only by its possessed verbal noun (an aim, a condition, a time) is no act; one said to
// take place and the finite act stay. A concession or a retreat its side says it will not make is a refusal to yield.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("a release named by its verbal noun as an aim or a condition is no release", () => {
  assert.deepEqual(of("Nazir Lorenin azad edilməsi üçün çalışan diplomatlara təşəkkür edib.", "RETREAT"), []);
  assert.deepEqual(of("Hüquq Mərkəzi fəalların azadlığa çıxması üçün Norveç hökuməti ilə danışıqlara başlayacaq.", "RETREAT"), []);
  assert.deepEqual(of("Girovların sərbəst buraxılması Feronun şərtlərə əməl etməsindən asılıdır.", "RETREAT"), []);
  // the release told done stays, and so does the demand for it
  assert.equal(of("Norveç Aron Velsi azadlığa buraxıb.", "RETREAT").length, 1);
  assert.equal(of("Aron Vels azadlığa çıxıb.", "RETREAT").length, 1);
  assert.equal(of("Fəallar Aron Velsin azad edilməsini tələb ediblər.", "REQUEST").length, 1);
  // and so does one welcomed, the object of a verb that presupposes it
  assert.equal(of("Norveç Feronun Aron Velsi azad etməsini alqışlayıb.", "RETREAT").length, 1);
});

test("a signing or a protest named by its verbal noun as a time or an aim is none", () => {
  assert.deepEqual(of("Nazir Lemar bəyannamənin imzalanmasından sonra Feronun addımlarını tənqid edib.", "SUPPORT"), []);
  assert.deepEqual(of("Şəhər İcra Hakimiyyəti Xalq Partiyası Gənclər Təşkilatının Norveç səfirliyi qarşısında piket keçirməsinə icazə verməyib.", "PROTEST"), []);
  // a signing said to take place, or told by its finite verb, stays
  assert.equal(of("Norveç və Finlandiya arasında sazişin imzalanması mərasimi keçirilib.", "SUPPORT").length, 1);
  assert.equal(of("Norveç və Finlandiya saziş imzalayıb.", "SUPPORT").length, 1);
});

test("a concession or a retreat its side says it will not make is a refusal", () => {
  const yielded = events("Biz Feronun tələblərinə boyun əyməyəcəyik, - deyə nazir Aron Vels bildirib.");
  assert.deepEqual(yielded.filter((e) => e.type === "CONCEDE"), []);
  const refused = yielded.filter((e) => e.type === "REJECT");
  assert.equal(refused.length, 1);
  assert.equal(refused[0].mode, "asserted");
  assert.equal(refused[0].cameo, "124");
  assert.equal(of("Sözçü bildirib ki, hərəkat Norveçin təzyiqlərinə boyun əyməyəcək.", "REJECT").length, 1);
  // one not made stays negated, of its own type
  const held = of("Norveç hələ Aron Velsi azadlığa buraxmayıb.", "RETREAT");
  assert.equal(held.length, 1);
  assert.equal(held[0].mode, "negated");
});

test("readiness for an act read by its phrase tells no second promise", () => {
  // the threat read from the phrase before the readiness word is the only event
  const ready = events("Lemar bəyan edib ki, Feroya qarşı sərt sanksiyalar tətbiq etməyə hazırdır.");
  assert.deepEqual(ready.map((e) => e.type), ["THREATEN"]);
  const coop = events("Norveç hökuməti Fransa ilə tam əməkdaşlıq etməyə hazır olduğunu bildirib.");
  assert.deepEqual(coop.map((e) => e.type), ["AGREE"]);
  assert.equal(coop[0].trigger.text, "əməkdaşlıq etməyə");
});

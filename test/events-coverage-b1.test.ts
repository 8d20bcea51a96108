// A second pass over the political phrasings of coverage-c3/c4 (src/lang/az/events/coverage-b1.ts, with the table
// senses and the engine rules it needs), on sentences written for these tests: mediation offered, an act asked of
// another, offers, demands and conditions not accepted, a counter-strike announced, a package vetoed, a crowd's
// protest, and acts told by their noun or in the passive; each with a look-alike of the same words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, hasEvent } from "./support/events.js";

const events = (text: string) => eventsOf(text);
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);
const has = hasEvent;

test("mediation one offers is one's own act (AGREE 039); proposing that others act is still a request", () => {
  has("Qətər tərəflər arasında vasitəçilik etməyi təklif edib.", "AGREE", "asserted", ["Qətər"]);
  has("Qətərin Rusiya ilə Ukrayna arasında vasitəçilik təklifi dəstəklənib.", "AGREE", "asserted", ["Qətər"]);
  has("Con Smit Avropaya Rusiyadan neft almağı dayandırmağı təklif edib.", "REQUEST", "demanded", ["Con Smit", "Avropa"]);
});

test("an act owned by another and asked of them is a request; wanting to do it oneself is none", () => {
  has("Con Smit Pol Braundan Qəzzada hərbi əməliyyatı dayandırmasını istəyib.", "REQUEST", "demanded", ["Con Smit", "Pol Braun"]);
  assert.ok(!types("Con Smit Pol Braundan Qəzzada hərbi əməliyyatı dayandırmasını istəyib.").includes("RETREAT:asserted"));
  assert.deepEqual(types("Fransa ordusu Qəzzada hərbi əməliyyatı dayandırıb.").map((x) => x.split(":")[0]), ["RETREAT"]);
});

test("an offer, a demand or a condition not accepted is refused (REJECT); accepted it stays AGREE or CONCEDE", () => {
  has("İran ABŞ-ın danışıqlar təklifini qəbul etməyib.", "REJECT", "asserted", ["İran", "ABŞ"]);
  has("HƏMAS İsrailin şərtlərini qəbul etmir.", "REJECT", "asserted", ["HƏMAS", "İsrail"]);
  has("Ukrayna Rusiyanın ultimatumunu qəbul etməyəcəyini bildirib.", "REJECT", "asserted", ["Ukrayna", "Rusiya"]);
  has("Ermənistan Azərbaycanın təklifini qəbul edib.", "AGREE", "asserted", ["Ermənistan", "Azərbaycan"]);
  has("HƏMAS İsrailin şərtlərini qəbul edib.", "CONCEDE", "asserted", ["HƏMAS", "İsrail"]);
  // a guest not received is no refusal of an offer
  assert.ok(!types("Con Smit Pol Braunu qəbul etməyib.").some((x) => x.startsWith("REJECT")));
});

test("an offer accepted in the passive by a named side is AGREE, not accepted REJECT; a body's proposal is domestic", () => {
  has("Ermənistanın təklifi Azərbaycan tərəfindən qəbul edilib.", "AGREE", "asserted", ["Azərbaycan", "Ermənistan"]);
  has("İranın təklifi ABŞ tərəfindən qəbul edilmədi.", "REJECT", "asserted", ["ABŞ", "İran"]);
  assert.deepEqual(types("Nazirliyin təklifi Milli Məclis tərəfindən qəbul olunub."), []);
  assert.deepEqual(types("Con Smitin təklifi ilə Fransa hökuməti tərəfindən qərar qəbul edilib."), []);
});

test("a counter-strike its doer announces is a threat; one delivered or expected by another is the attack", () => {
  has("İran İsrailə cavab zərbəsi endirəcəyini bəyan edib.", "THREATEN", "asserted", ["İran", "İsrail"]);
  has("İran İsrailə cavab zərbəsi endirib.", "ASSAULT", "asserted", ["İran", "İsrail"]);
  has("ABŞ İranın İraqdakı hərbi obyektlərə cavab zərbələri endirəcəyini gözləyir.", "ASSAULT", "future", ["İran"]);
});

test("a package vetoed is REJECT (129), no sanction; sanctions aimed at an industry strike no one", () => {
  has("Macarıstan Avropa İttifaqının yeni sanksiya paketini bloklayıb.", "REJECT", "asserted", ["Macarıstan", "Avropa İttifaqı"]);
  assert.ok(!types("Macarıstan Avropa İttifaqının yeni sanksiya paketini bloklayıb.").some((x) => x.startsWith("SANCTION")));
  assert.ok(!types("Sanksiyalar Rusiyanın hərbi sənayesini hədəf alır.").some((x) => x.startsWith("ASSAULT")));
  has("Rusiya ordusu dron hücumu ilə Ukraynanın enerji obyektlərini hədəf alıb.", "ASSAULT", "asserted", ["Rusiya"]);
});

test("a crowd's protest is a demonstration (PROTEST); a state's protest to another stays ACCUSE", () => {
  has("İsraildə minlərlə insan Pol Braun hökumətinə qarşı etiraz edib.", "PROTEST", "asserted", []);
  has("Azərbaycan Fransaya etiraz edib.", "ACCUSE", "asserted", ["Azərbaycan", "Fransa"]);
});

test("acts told by their noun: strikes on a state, a call on a side, aid delivered; look-alikes are none", () => {
  has("İsrailin Qəzzaya zərbələri davam edir.", "ASSAULT", "asserted", ["İsrail"]);
  has("İsrailin Livana zərbələri: 12 nəfər həlak olub.", "ASSAULT", "asserted", ["İsrail", "Livan"]);
  assert.deepEqual(types("Pandemiya iqtisadiyyata ağır zərbə vurub."), []);
  assert.ok(!types("Con Smit Venesuelaya zərbələrlə bağlı qərarını açıqladı.").some((x) => x === "ASSAULT:asserted"));
  has("Pol Braunun Qərbə çağırışı cavabsız qalıb.", "REQUEST", "demanded", ["Pol Braun"]);
  assert.deepEqual(types("Gənclərin hərbi xidmətə çağırışı başlayıb."), []);
  has("Türkiyənin Suriyaya humanitar yardımı çatdırılıb.", "AID", "asserted", ["Türkiyə", "Suriya"]);
  assert.deepEqual(types("Sifariş müştəriyə çatdırılıb."), []);
});

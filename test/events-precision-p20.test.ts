// False alarms on unseen news (helper p20, an audit of events from documents no gold set covers), each with a look-alike
// that must stay an event. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-12") => annotate({ id: "t", text, document_date: date }).events ?? [];
const told = (text: string, type: string) => events(text).filter((e) => e.type === type);
const actors = (text: string, type: string) => told(text, type).map((e) => [...e.actors].sort().join("+"));

test("a place before a noun of its inhabitants (`X sakini`) is where private people live, no side", () => {
  // a resident's crime names no side: the town is no robber
  assert.deepEqual(told("Lənkəran sakini qonşusunun evini qarət etdi", "COERCE"), []);
  // residents thanking a leader: the leader stays the side, the town does not join him
  assert.deepEqual(actors("Ağdam sakinləri Rəcəb Tayyib Ərdoğana təşəkkür məktubu ünvanlayıblar", "SUPPORT"), ["Rəcəb Tayyib Ərdoğan"]);
  // look-alike: a named person's house robbed stays the house practice's COERCE, and a state's act on a place stays
  assert.equal(told("Məşhur aktyor Con Smitin evi qarət olundu", "COERCE").length, 1);
  assert.deepEqual(actors("Rusiya Xersona raket zərbəsi endirib", "ASSAULT").filter((a) => a.includes("Rusiya")).length, 1);
});

test("a sport body dismissing its coach tells play, no act between sides", () => {
  assert.deepEqual(told("AFFA Con Smiti baş məşqçi vəzifəsindən azad etdi", "COERCE"), []);
  // look-alike: a state's president dismissing a minister stays
  assert.equal(told("Prezident Qasım-Jomart Tokayev Marat Əhmədovu nazir vəzifəsindən azad edib", "COERCE").length, 1);
});

test("a person one does not know (`tanımadığı adam`) is a stranger, no recognition", () => {
  assert.deepEqual(told("Müğənni Anna Smit pulunu tanımadığı adama verib", "SUPPORT"), []);
  assert.deepEqual(told("Jurnalist Con Smit onu tanıdığı şəxs ilə görüşüb", "SUPPORT"), []);
  // look-alike: a state recognised stays SUPPORT
  assert.deepEqual(actors("İspaniya Fələstin dövlətini tanıyıb", "SUPPORT"), ["Fələstin+İspaniya"]);
});

test("a commission a body sets up within itself is a domestic act; a joint one is cooperation", () => {
  assert.deepEqual(told("Şikayətlərin yoxlanılması məqsədi ilə Səhiyyə Nazirliyində xüsusi komissiya yaradılıb.", "COOPERATE"), []);
  // look-alike: a bilateral or joint commission of two states stays
  assert.equal(told("Azərbaycan və Qazaxıstan ikitərəfli komissiya yaradacaq.", "COOPERATE").length, 1);
  assert.equal(told("Gürcüstan ilə Ermənistan arasında birgə komissiya yaradılıb.", "COOPERATE").length, 1);
});

// Misses of the studied political sets where no trigger fired, fixed by the grammar pattern they share (see
// src/lang/az/events/README.md): an act attempted, told by the infinitive of its verb before a noun of attempt with its
// light verb (`öldürməyə cəhd edib`) or before a past wish for the types of force (`öldürmək istəyiblər`), is told
// negated, as an act that did not come about; each with a look-alike that stays as it was. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, hasEvent } from "./support/events.js";

const types = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.mode}`);

test("an attempt on a side told by the infinitive and `cəhd` with its verb is the act, told negated", () => {
  hasEvent("Naməlum şəxs Pol Braunu bıçaqla öldürməyə cəhd edib.", "ASSAULT", "negated", ["Pol Braun"]);
  hasEvent("Fransa Malini bombalamağa cəhd edib.", "ASSAULT", "negated", ["Fransa", "Mali"]);
  // the act done is still asserted, and an attempt denied or only to come tells none
  hasEvent("Naməlum şəxs Pol Braunu bıçaqla öldürüb.", "ASSAULT", "asserted", ["Pol Braun"]);
  assert.deepEqual(types("Naməlum şəxs Pol Braunu bıçaqla öldürməyə cəhd etməyib."), []);
  // attempts named by a possessed noun (`bombalamaq cəhdləri`) are no verb of attempt
  assert.ok(!types("Fransanın Malini bombalamaq cəhdləri barədə yazılar yayılıb.").includes("ASSAULT:negated"));
});

test("a past wish to strike a side is an attempt; a wish to meet is none", () => {
  hasEvent("Pol Braunu zəhərli çayla öldürmək istəyiblər.", "ASSAULT", "negated", ["Pol Braun"]);
  assert.deepEqual(types("Con Smit Pol Braunla görüşmək istəyib."), []);
  // a readiness or intent in the present keeps its own reading (no attempt)
  assert.ok(!types("Fransa Malini bombalamaq istəyir.").includes("ASSAULT:negated"));
});

// Triggers from the walk of the most frequent uncovered predicates of unlabelled news (a guarantee given,
// trade with a side stopped) and their look-alikes (one's own activity stopped, exports raised). Sentences
// are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsWith } from "./helpers-events.js";

test("a guarantee given is AGREE, as `zəmanət verib`; a bank guarantee named is no promise", () => {
  const evs = eventsWith("Norveç Fransaya qarantiya verib.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "AGREE");
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
  assert.equal(evs[0].mode, "asserted");
  const none = eventsWith("Norveç bank qarantiyası barədə məlumat yayıb.", [["Norveç", "LOC", "Norveç"]]);
  assert.deepEqual(none.map((e) => e.type), []);
});

test("buying from or importing from a side stopped is SANCTION; one's own activity stopped, or exports raised, is not", () => {
  const evs = eventsWith("Norveç Fransadan balıq idxalını dayandırıb. Kanada Braziliya neftinin alışını dayandırıb.",
    [["Norveç", "LOC", "Norveç"], ["Fransadan", "LOC", "Fransa"], ["Kanada", "LOC", "Kanada"], ["Braziliya", "LOC", "Braziliya"]]);
  assert.deepEqual(evs.map((e) => e.type), ["SANCTION", "SANCTION"]);
  assert.deepEqual(evs[0].actors, ["Norveç", "Fransa"]);
  assert.equal(evs[1].actors[0], "Kanada");
  const none = eventsWith("Norveç şirkəti fəaliyyətini dayandırıb. Kanada Braziliyaya ixracı artırıb.",
    [["Norveç", "LOC", "Norveç"], ["Kanada", "LOC", "Kanada"], ["Braziliyaya", "LOC", "Braziliya"]]);
  assert.deepEqual(none.map((e) => e.type), []);
});

test("a step called impermissible is REJECT, as `qəbuledilməz hesab edib`; a practice judged so by the copula is not", () => {
  const evs = eventsWith("Norveç Fransanın addımını yolverilməz hesab edib.", [["Norveç", "LOC", "Norveç"], ["Fransanın", "LOC", "Fransa"]]);
  assert.deepEqual(evs.map((e) => e.type), ["REJECT"]);
  assert.equal(evs[0].actors[0], "Norveç");
  const none = eventsWith("Norveçdə yerlərin gizlədilməsi yolverilməzdir.", [["Norveçdə", "LOC", "Norveç"]]);
  assert.deepEqual(none.map((e) => e.type), []);
});

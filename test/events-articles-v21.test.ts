// Articles of economic and energy diplomacy (gas deals, OPEC+, IMF loans, sanctions, tariffs, arrests of bankers,
// strikes), written for these tests: a demand told before and then not accepted by its addressee.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-14") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const types = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a demand told before and then not accepted is refused (`Rusiya bu tələbi qəbul etməyib`, REJECT)", () => {
  assert.deepEqual(types("Ukrayna Rusiyadan dərhal atəşkəs elan etməyi tələb edib. Rusiya isə bu tələbi qəbul etməyib."),
    ["REQUEST:Rusiya|Ukrayna", "REJECT:Rusiya"]);
  // look-alikes: the demand accepted is no refusal (and no act read here); the owned form stays the owner's refusal
  assert.deepEqual(types("Ukrayna Rusiyadan dərhal atəşkəs elan etməyi tələb edib. Rusiya isə bu tələbi qəbul edib."),
    ["REQUEST:Rusiya|Ukrayna"]);
  assert.deepEqual(types("Rusiya Ukraynanın tələbini qəbul etməyib."), ["REJECT:Rusiya|Ukrayna"]);
  // a requirement adopted or not by a body with no side named tells no act
  assert.deepEqual(types("Parlament yeni tələbləri qəbul etməyib."), []);
});

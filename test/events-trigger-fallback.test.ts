// Two phrases of one head: the later one is read only when the earlier made no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TriggerEntry } from "../src/extract/events/tables.js";
import { extractEvents } from "../src/extract/events/index.js";
import { getLanguage } from "../src/lang/index.js";
import type { Language } from "../src/lang/types.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");
const ET = ["et", "ed"];
// an offer to a person is read first as a consultation (invented for the test); any other offer as a promise
const first: TriggerEntry = { head: "təklif", forms: "noun", type: "CONSULT", cameo: "040", object: ["dat"], objectTypes: ["PER"], objectRequired: true, needs: ET };
const second: TriggerEntry = { head: "təklif", forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], needs: ET };
const lang: Language = { ...az, events: { ...az.events!, triggers: [first, second] } };

function types(text: string, ents: [string, "PER" | "LOC", string][]): string[] {
  const d = docOf(text);
  for (const [surface, type, name] of ents) entity(d, surface, type, name);
  return extractEvents(d, lang).map((e) => e.type);
}

test("a later phrase of the same head is read when the first makes no event", () => {
  assert.deepEqual(types("Azərbaycan Gürcüstana yeni layihə təklif edib.", [["Azərbaycan", "LOC", "Azərbaycan"], ["Gürcüstana", "LOC", "Gürcüstan"]]), ["AGREE"]);
});

test("a later phrase of the same head is not read when the first made its event", () => {
  assert.deepEqual(types("Azərbaycan Kamal Əliyevə yeni layihə təklif edib.", [["Azərbaycan", "LOC", "Azərbaycan"], ["Kamal Əliyevə", "PER", "Kamal Əliyev"]]), ["CONSULT"]);
});

// Gatherings known by a name with no gathering noun in it (`COP29`, `COP30`): taking part in one, or hosting it, is taking
// part in a summit (CONSULT), as with `sammitdə iştirak edib`. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-12" }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}:${e.mode}`);

test("taking part in a gathering named by no gathering noun is CONSULT", () => {
  assert.deepEqual(types("Gürcüstanın Baş naziri İrakli Kobaxidze COP30-da iştirak edib."), ["CONSULT:Gürcüstan|İrakli Kobaxidze:asserted"]);
  assert.deepEqual(types("Prezident Emmanuel Makron COP30-a qatılmayacaq."), ["CONSULT:Emmanuel Makron:negated"]);
  assert.deepEqual(types("Braziliya COP30-a ev sahibliyi edir."), ["CONSULT:Braziliya:asserted"]);
});

test("what is done for a named gathering, or a war taken part in, is no gathering attended", () => {
  // (organising it is work for it, and the war is no gathering)
  assert.deepEqual(types("Şirkət COP29-un təşkilində iştirak edib."), []);
  assert.deepEqual(types("Vətən müharibəsində iştirak edən hərbçilər təltif olunub."), []);
});

test("an opening attended alone is a ceremony, no meeting; one attended by two sides, or a gathering's, is", () => {
  assert.deepEqual(types("Prezident Kasım-Jomart Tokayev Astanada yeni zavodun açılışında iştirak edib."), []);
  // (the firm whose plant is opened is no second side)
  assert.deepEqual(types("Prezident Kasım-Jomart Tokayev \"Kazatomprom\" şirkətinin yeni zavodunun açılışında iştirak edib."), []);
  assert.deepEqual(types("Kasım-Jomart Tokayev və Şavkat Mirziyoyev yeni zavodun açılışında iştirak ediblər."),
    ["CONSULT:Kasım-Jomart Tokayev|Şavkat Mirziyoyev:asserted"]);
  assert.ok(types("Nazir Mixtar Babayev COP29-un açılışında iştirak edib.").some((x) => x.startsWith("CONSULT:Mixtar Babayev")));
  assert.ok(types("Ceyhun Bayramov forumun açılış sessiyasında iştirak edib.").some((x) => x.startsWith("CONSULT:Ceyhun Bayramov")));
});

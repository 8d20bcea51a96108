// Entities of real news pages (stop 33): Turkish titles as the Azerbaijani press quotes them, and a person's name
// ending as a genitive does where nothing in the clause is owned. Sentences invented for these tests; each change has a
// look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import { findEntity as find, hasEntity as has } from "./helpers-entities.js";

test("a Turkish title is a title: outside the name, and the office it names resolves to its holder", () => {
  const t = "Türkiyə Cümhurbaşkanı Rəcəb Tayyib Ərdoğan Bakıya gəlib.";
  assert.equal(has(t, "Cümhurbaşkanı"), false);
  assert.equal(find(t, "Rəcəb Tayyib Ərdoğan")?.type, "PER");
  assert.equal(has("TBMM Başkanı Numan Kurtulmuş çıxış edib.", "Başkanı"), false);
  // the office alone, with its state, is its holder on the date
  const ev = annotate({ id: "t", text: "Türkiyə Cumhurbaşkanı Əliyevi təbrik edib.", document_date: "2025-05-01" }).events ?? [];
  assert.ok(ev.some((e) => e.type === "SUPPORT" && e.actors.includes("Rəcəb Tayyib Ərdoğan")));
});

test("a surname ending as a genitive owns nothing before its clause's verb: the name as written", () => {
  assert.equal(find("Ongun Tekin Bakıda həbs edilib.", "Ongun Tekin")?.name, "Ongun Tekin");
  assert.equal(find("Məhmət Karin bəyanat yayıb.", "Məhmət Karin")?.name, "Məhmət Karin");
  // look-alikes: a genitive with its possessed noun after it loses its ending
  assert.equal(find("Ongun Tekinin Bakıda evi var.", "Ongun Tekinin")?.name, "Ongun Tekin");
  assert.equal(find("Aleksandr Vuçiçin açıqlaması maraqlıdır.", "Aleksandr Vuçiçin")?.name, "Aleksandr Vuçiç");
});

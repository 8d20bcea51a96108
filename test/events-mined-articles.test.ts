// Phrasings of known trigger heads that told no event in unlabelled articles (src/lang/az/events/mined-articles.ts),
// on sentences written for these tests: a stay on a visit in a place names the place as the host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a visit spent in a country names the country as the host, as a visit to it does", () => {
  assert.deepEqual(sides("Norveçin Baş naziri Con Smit gələn həftə Gürcüstanda səfərdə olacaq."), ["CONSULT:Con Smit|Gürcüstan|Norveç"]);
  assert.deepEqual(sides("Norveçin Baş naziri Con Smit gələn həftə Gürcüstana səfər edəcək."), ["CONSULT:Con Smit|Gürcüstan|Norveç"]);
  // with the copula
  assert.deepEqual(sides("Con Smit Gürcüstanda rəsmi səfərdədir."), ["CONSULT:Con Smit|Gürcüstan"]);
  const [visit] = events("Con Smit Gürcüstanda səfərdə olub.");
  assert.equal(visit?.location, "Gürcüstan");
  assert.equal(visit?.mode, "asserted");
});

test("look-alikes: the visit as the frame of another act, and a place with no visit, keep their reading", () => {
  // (`səfərdə olan X …`: the annotators tell that visit by the act it frames; the host is no new side of it)
  assert.deepEqual(sides("Gürcüstanda səfərdə olan Con Smit Tbilisidə universitetə gedib."), sides("Səfərdə olan Con Smit Tbilisidə universitetə gedib."));
  // a place where something else happens is no host
  assert.deepEqual(sides("Con Smit Gürcüstanda tətildə olub."), []);
  // a team away is no visit of a side
  assert.deepEqual(sides("Komanda Tbilisidə səfərdə olacaq."), []);
});

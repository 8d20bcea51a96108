// Remaining misses of the studied real headline sets, in invented headlines: people named by what they did (a participle
// as a plural noun) detained by a police body named as the doer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date });
const sides = (text: string) => (doc(text).events ?? []).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("people named by a participle as a noun, detained in the active by a named police body (`Kiberpolis … satanları saxladı`)", () => {
  assert.deepEqual(sides("Kiberpolis saxta bilet satanları saxladı"), ["COERCE:Kiberpolis"]);
  assert.deepEqual(sides("Kiberpolis sosial şəbəkədə dələduzluq edənləri saxlayıb"), ["COERCE:Kiberpolis"]);
  // look-alikes: plans or stores kept name no police; what the police keep is no one detained; an unnamed police names
  // no side
  assert.deepEqual(sides("Şirkət köhnə planları saxlayıb"), []);
  assert.deepEqual(sides("Kiberpolis bu məlumatları saxlayır"), []);
  assert.deepEqual(sides("Polis oğurluq edənləri saxlayıb"), []);
  // (a noun that ends as the participle does is no one named by an act: plans or ports kept by a named body)
  assert.deepEqual(sides("Dövlət Təhlükəsizlik Xidməti gizli planları saxlayır"), []);
  assert.deepEqual(sides("Kiberpolis köhnə limanları saxlayır"), []);
});

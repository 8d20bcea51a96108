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

test("an event noun in the dative before the noun of an attempt (`hücuma cəhd edib`, `yürüşə cəhd edən X`) is the act tried, told negated", () => {
  const modes = (text: string) => (doc(text).events ?? []).map((e) => `${e.type}:${e.mode}:${[...e.actors].sort().join("|")}`);
  assert.deepEqual(modes("Üsyançılar hücuma cəhd ediblər, lakin geri oturdulublar"), []); // no named side: none
  assert.deepEqual(modes("Ukrayna hücuma cəhd edib"), ["ASSAULT:negated:Ukrayna"]);
  assert.deepEqual(modes("Müxalifət lideri Əli Kərimli yürüşə cəhd edib"), ["PROTEST:negated:Əli Kərimli"]);
  // a participle describing the one who tried tells the attempt (a negated participle of a thing's kind tells none)
  assert.deepEqual(modes("Qırmızı bayraqla yürüşə cəhd edən Vüqar Məmmədov kimdir?"), ["PROTEST:negated:Vüqar Məmmədov"]);
  // look-alikes: an offensive gone over to is done; a march called for is a demand, no march tried
  assert.deepEqual(modes("Ukrayna hücuma keçib"), ["ASSAULT:asserted:Ukrayna"]);
  assert.ok(!modes("Əli Kərimli tərəfdarlarını yürüşə çağırıb").some((m) => m.startsWith("PROTEST")));
});

test("a gang uncovered in the active by a named police body (`Kiberpolis … dəstəni ifşa etdi`) is acted on by it", () => {
  assert.deepEqual(sides("Kiberpolis saxta kredit verən iki dəstəni ifşa etdi"), ["COERCE:Kiberpolis"]);
  // look-alikes: a journalist exposing a wrong names no police; an unnamed police names no side
  assert.deepEqual(sides("Jurnalist Samir Quliyev korrupsiyanı ifşa edib"), []);
  assert.deepEqual(sides("Polis dələduzları ifşa edib"), []);
});

// Invented sentences of world and regional politics (helper inv21): a dated meeting or phone call frames the acts its
// sides are told doing after it, and a named person detained in the active by the police or a security or investigating
// body is an arrest. Each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-13") => annotate({ id: "t", text, document_date: date }).events ?? [];
const dated = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.date);
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a dated phone call or meeting frames the acts its sides are told doing after it", () => {
  const call = "Prezident İlham Əliyev iyunun 12-də Gürcüstanın Baş naziri İrakli Kobaxidze ilə telefonla danışıb. " +
    "Söhbət zamanı Kobaxidze Azərbaycan xalqını bayram münasibətilə təbrik edib. Dövlətimizin başçısı Kobaxidzeyə təşəkkür edib.";
  assert.deepEqual(dated(call, "SUPPORT"), ["2025-06-12", "2025-06-12"]);
  // look-alike: the sentence right after the call, opening with a name, is another act on the news's day
  const next = "Prezident İlham Əliyev iyunun 12-də Gürcüstanın Baş naziri İrakli Kobaxidze ilə telefonla danışıb. " +
    "Kobaxidze Azərbaycan xalqını bayram münasibətilə təbrik edib.";
  assert.deepEqual(dated(next, "SUPPORT"), ["2025-06-13"]);
  // look-alike: a call still to come frames no act told done
  const planned = "Prezident İlham Əliyev iyunun 12-də Gürcüstanın Baş naziri İrakli Kobaxidze ilə telefonla danışacaq. " +
    "Bu barədə məlumat yayılıb. Dövlətimizin başçısı Kobaxidzeyə təşəkkür edib.";
  assert.deepEqual(dated(planned, "SUPPORT"), ["2025-06-13"]);
  // look-alike: an act of sides the call did not have is on the news's day
  const other = "Prezident İlham Əliyev iyunun 12-də Gürcüstanın Baş naziri İrakli Kobaxidze ilə telefonla danışıb. " +
    "Söhbət zamanı tərəflər regional məsələləri müzakirə ediblər. Fransa Prezidenti Emmanuel Makron Ukraynanı dəstəkləyib.";
  assert.deepEqual(dated(other, "SUPPORT"), ["2025-06-13"]);
});

test("a named person detained in the active by the police or a security body is an arrest (`X Xidməti Y-i saxlayıb`)", () => {
  assert.ok(sides("Gürcüstan Dövlət Təhlükəsizlik Xidməti jurnalist Levan Beridzeni rüşvətə görə saxlayıb.")
    .some((s) => s.startsWith("COERCE:") && s.includes("Levan Beridze") && s.includes("Gürcüstan")));
  assert.ok(sides("Polis müxalifət deputatı Levan Beridzeni səhər saatlarında saxlayıb.").some((s) => s.startsWith("COERCE:") && s.includes("Levan Beridze")));
  // look-alikes: what a body keeps, or a person's car stopped, is no arrest
  assert.deepEqual(sides("Mərkəzi Bank faiz dərəcəsini dəyişməz saxlayıb."), []);
  assert.deepEqual(sides("Polis Levan Beridzenin avtomobilini yolda saxlayıb."), []);
  assert.deepEqual(sides("İstintaq materiallarını seyfdə saxlayan müstəntiq Levan Beridze çıxış edib.").filter((s) => s.startsWith("COERCE")), []);
});

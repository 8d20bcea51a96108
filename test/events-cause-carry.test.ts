// Sentences written for these tests (cause stop 37, carry) in the style of news closing with background: a dated background
// paragraph (`Xatırladaq ki, …`, `Qeyd edək ki, …`) goes on in the sentences after it, and an act those tell done, by a verb,
// with no date of its own, is on the background's date. Names, places and dates are invented; each shape has a look-alike
// that keeps the news day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("an act told done after a dated background sentence is on the background's date", () => {
  const a = of("Xatırladaq ki, martın 14-də Borislav şəhərində sərnişin qatarı relsdən çıxıb. " +
    "Qatarda olan 40 nəfərdən 12-si yaralanıb. Qeyd edək ki, qatar Valdoriya ordusu tərəfindən raketlə vurulub.", "ASSAULT");
  assert.ok(a.length >= 1);
  assert.ok(a.every((e) => e.date === "2025-03-14"), JSON.stringify(a.map((e) => e.date)));
});

test("a noun's light verb right after it counts as the act told done", () => {
  const a = of("Qeyd edək ki, hadisə sentyabrın 3-də baş verib. Valdoriyaya məxsus iki qırıcı Norlandiyanın hava məkanına daxil olub. " +
    "Cavab olaraq Norlandiyanın qırıcıları havaya qaldırılıb.", "MOBILIZE");
  assert.ok(a.length >= 1);
  assert.equal(a[a.length - 1].date, "2025-09-03");
});

test("after a dated background, a side named first, a noun for the act or a quoted act keeps the news day", () => {
  // (a side opening the sentence: its reaction, told now)
  const a = of("Xatırladaq ki, martın 14-də Borislavda jurnalist Orxan Vəlizadə həbs edilib. Norlandiya Xarici İşlər Nazirliyi bu həbsi pisləyib.", "ACCUSE");
  assert.ok(a.every((e) => e.date !== "2025-03-14"), JSON.stringify(a.map((e) => e.date)));
  // (an act named by its noun, not told done on one day: regular attacks)
  const b = of("Xatırladaq ki, ötən həftə Norlandiya qaz ehtiyatını artırmağa başlayıb. Bu, Valdoriya ordusunun müntəzəm hücumları fonunda baş verib.", "ASSAULT");
  assert.ok(b.every((e) => e.date === "2025-10-08"), JSON.stringify(b.map((e) => e.date)));
});

// Offsets after a month or a year the narrative named (stop 31): `2024-cü ilin aprelində … İki ay sonra …`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const values = (text: string, date = "2025-11-12") =>
  (annotate({ id: "t", text, document_date: date }).timexes ?? []).map((t) => [t.text, t.value]);

test("months or years after a month or a year named count from it, told in the past", () => {
  assert.deepEqual(values("2024-cü ilin aprelində tərəflər razılığa gəliblər. İki ay sonra kəndlər qaytarılıb."),
    [["2024-cü ilin aprelində", "2024-04"], ["İki ay sonra", "2024-06"]]);
  assert.deepEqual(values("2020-ci ildə müharibə olub. Üç il sonra əməliyyat keçirilib."), [["2020-ci ildə", "2020"], ["Üç il sonra", "2023"]]);
  // look-alike: a time still to come counts from now (`beş ildən sonra … alacaq`)
  assert.deepEqual(values("2030-cu ildə layihə bitəcək. Türkiyə beş ildən sonra qaz alacaq."), [["2030-cu ildə", "2030"], ["beş ildən sonra", "2030"]]);
});

test("days after a month named fall in that month, not after the day of the news", () => {
  const text = "Paşinyan bu gün Brüsselə gedəcək. Xatırlatma. 2023-cü ilin sentyabrında əməliyyat olub. " +
    "Bir gün sonra separatçılar razılaşıb. Həmin ilin dekabrında əsirlər mübadilə edilib.";
  assert.deepEqual(values(text).slice(1), [["2023-cü ilin sentyabrında", "2023-09"], ["Bir gün sonra", "2023-09"], ["Həmin ilin dekabrında", "2023-12"]]);
  // look-alike: after a day named, the day after it
  assert.deepEqual(values("2024-cü ilin 10 aprelində tərəflər razılığa gəliblər. Bir gün sonra kəndlər qaytarılıb."),
    [["2024-cü ilin 10 aprelində", "2024-04-10"], ["Bir gün sonra", "2024-04-11"]]);
});

// Two known persons' surnames joined by a hyphen (`Putin-Cinpin danışıqları`) are the two sides as the article names
// them in full, so a later line about the talks retells the meeting told before rather than adding one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date: string) =>
  (annotate({ id: "t", text, document_date: date }).events ?? []).map((e) => [e.type, [...e.actors].sort(), e.date]);

test("a surname pair takes the full names the article gave, and retells the meeting", () => {
  const text = "Rusiya Prezidenti Vladimir Putin sentyabrın 2-də Pekində Çin lideri Si Cinpinlə görüşüb. " +
    "Tərəflər iqtisadi əməkdaşlığı müzakirə ediblər. Putin-Cinpin danışıqları 7 saatdan çox çəkib.";
  assert.deepEqual(events(text, "2025-09-03"), [["CONSULT", ["Rusiya", "Si Cinpin", "Vladimir Putin", "Çin"], "2025-09-02"]]);
});

test("with no full name told, the surnames stand as written", () => {
  assert.deepEqual(events("Əliyev-Paşinyan görüşü Vaşinqtonda keçiriləcək.", "2025-08-03"), [["CONSULT", ["Paşinyan", "Əliyev"], "2025-08-03"]]);
});

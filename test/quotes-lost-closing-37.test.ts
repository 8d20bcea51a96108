// Quotations whose closing mark the page lost (stop 37), on texts written for these tests: a quotation opened after a
// lead-in's colon with no quotation mark anywhere after it runs to the end of the text, over several paragraphs (a
// letter given whole), and a straight mark opens one there too; an unclosed mark with marks after it stays as before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const quotes = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).quotes ?? [])
  .map((q) => ({ speaker: q.speaker, text: q.text }));

const LETTER = "Prezident Elvin Məmmədov Litva Prezidenti Tomas Kərimliyə təbrik məktubu ünvanlayıb.\n\nMəktubda deyilir:\n\n" +
  "\"Hörmətli cənab Prezident,\n\nÖlkənizin milli bayramı münasibətilə Sizi səmimi-qəlbdən təbrik edirəm.\n\n" +
  "Əminəm ki, ölkələrimiz arasındakı əlaqələr bundan sonra da inkişaf edəcək.";

test("a letter opened after a colon and never closed runs to the end of the text", () => {
  const qs = quotes(LETTER);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].speaker, "Elvin Məmmədov");
  assert.ok(qs[0].text.startsWith("Hörmətli cənab Prezident,"));
  assert.ok(qs[0].text.endsWith("bundan sonra da inkişaf edəcək"));
  // look-alike: the same letter with its closing mark is the same quotation (its final stop inside the marks)
  assert.deepEqual(quotes(LETTER + "\"").map((q) => [q.speaker, q.text]), [["Elvin Məmmədov", qs[0].text + "."]]);
});

test("an unclosed quotation after a colon inside a paragraph runs to its end", () => {
  const text = "Nazir müavini Rəşad Quliyev bildirib ki, aksiya zamanı heç kəs saxlanılmayıb: “Sosial şəbəkələrdə yayılan məlumatlar həqiqəti əks etdirmir.";
  assert.deepEqual(quotes(text), [{ speaker: "Rəşad Quliyev", text: "Sosial şəbəkələrdə yayılan məlumatlar həqiqəti əks etdirmir" }]);
  // look-alike: a colon before a quoted name closed later in the text opens no quotation of the rest
  const named = "Nazirlik yeni layihəni təqdim edib: “Yaşıl Şəhər. Layihənin adı “Yaşıl Şəhər” olaraq qalacaq.";
  assert.ok(quotes(named).every((q) => !q.text.includes("Layihənin adı")));
});

// Constructions left over in the studied real article sets (helper reala28), with invented text: a name in the comitative
// inside a topic phrase (`X ilə görüşü barədə danışıb`, talked about the meeting with X), and a quotation after a lead-in's
// colon whose closing mark is lost before another speaker's quotation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-06-22") => annotate({ id: "t", text, document_date: date });
const sides = (text: string) => (doc(text).events ?? []).filter((e) => e.trigger.text.startsWith("danış")).map((e) => [...e.actors].sort().join("|"));

test("a comitative inside a topic phrase is that phrase's noun's argument, no partner of the talk (`X ilə görüşü barədə danışdı`)", () => {
  // (the talk is about a meeting with X, or about an opening done together with X: no talk with X)
  assert.deepEqual(sides("Nazir Kərimov Rusiya ilə görüşü barədə danışdı."), []);
  assert.deepEqual(sides("Tədbirdə general Nəsirov çıxış etdi. Diviziyanın Heydər Əliyevlə birlikdə açılışında iştirakı barədə geniş danışdı."), []);
  // look-alikes: a partner before a bare noun, a compound's noun, a genitive owning the topic, or a pronoun: talks with X
  assert.deepEqual(sides("Nazir Kərimov Rusiya ilə sülh barədə danışdı."), ["Kərimov|Rusiya"]);
  assert.deepEqual(sides("Nazir Kərimov Rusiya ilə təhlükəsizlik məsələləri barədə danışdı."), ["Kərimov|Rusiya"]);
  assert.deepEqual(sides("Nazir Kərimov Rusiya ilə ölkənin gələcəyi barədə danışdı."), ["Kərimov|Rusiya"]);
  assert.deepEqual(sides("Nazir Kərimov Putinlə bu barədə danışıb."), ["Kərimov|Putin"]);
});

test("a quotation after a lead-in's colon that loses its closing mark before another speaker's is dropped, not run on", () => {
  const text = "Kitabın təqdimatında bir neçə alim çıxış edib. Professor Anar Quliyev: “Bu kitabda iqtisadiyyatın bütün sahələri təhlil edilib. " +
    "Kitabda “Neft strategiyası” adlı fəsil də var. Professor Elçin Rzayev: “Müəllif böyük iş görüb, kitab gənclər üçün dəyərlidir”.\n\n" +
    "“Mən bu işi gələcək nəsillər üçün yazmışam”.\n\nAkademik Tofiq Nəbiyev: Kitab üzərində on il çalışmışam.";
  const qs = (doc(text).quotes ?? []).map((q) => [q.text.slice(0, 12), q.speaker]);
  // (the second professor's words are his; the first professor's quotation does not run on to the mark opening a later
  // paragraph)
  assert.deepEqual(qs.filter(([, s]) => s !== "Tofiq Nəbiyev"), [["Müəllif böyü", "Elçin Rzayev"]]);
  // look-alike: a quotation over two paragraphs, each reopening the mark with no other speaker between, is one
  const two = "Nazir Anar Quliyev bildirib: “Bu il ixrac artıb.\n\n“Gələn il də artım gözlənilir”.";
  assert.deepEqual((doc(two).quotes ?? []).map((q) => q.speaker), ["Anar Quliyev"]);
  assert.equal((doc(two).quotes ?? [])[0]?.text.endsWith("gözlənilir"), true);
});

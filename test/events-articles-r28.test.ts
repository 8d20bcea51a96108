// Constructions left over in the studied real article sets (helper reala28), with invented text: a name in the comitative
// inside a topic phrase (`X ilə görüşü barədə danışıb`, talked about the meeting with X), and a quotation after a lead-in's
// colon whose closing mark is lost before another speaker's quotation, and a request in the passive (`xahiş olunur`) made by
// the body the article names as its source, and a notice's thanks to the reader.
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

test("a request in the passive (`xahiş olunur`) with no one named is the announcement's: the body its source line names", () => {
  const asked = (text: string) => (doc(text).events ?? []).filter((e) => e.type === "REQUEST").map((e) => `${e.mode}:${e.actors.join("|")}`);
  const src = "Şəhərdə yeni qaydalar tətbiq olunur. Bu barədə Fövqəladə Hallar Nazirliyindən məlumat verilib. Bildirilib ki, avtomobillərin sayı " +
    "məhdudlaşdırılıb. Giriş pulludur. ";
  assert.deepEqual(asked(src + "Zərurət olmadıqda şəxsi avtomobillə əraziyə daxil olunmaması xahiş olunur."), ["demanded:Fövqəladə Hallar Nazirliyi"]);
  assert.deepEqual(asked(src + "Zərurət olmadıqda əraziyə daxil olunmaması xahiş edilir."), ["demanded:Fövqəladə Hallar Nazirliyi"]);
  // look-alikes: with no source line no one asks; the passive of `tələb` tells a need, no request
  assert.deepEqual(asked("Şəhərdə yeni qaydalar tətbiq olunur. Zərurət olmadıqda əraziyə daxil olunmaması xahiş olunur."), []);
  assert.deepEqual(asked(src + "Əraziyə girmək üçün sənəd tələb olunur."), []);
  // (the one asked is in the ablative; a place in the clause is what is asked about, no side)
  assert.deepEqual(asked(src + "Sakinlərdən Qoruq ərazisinə daxil olmamaları xahiş olunur."), ["demanded:Fövqəladə Hallar Nazirliyi"]);
  // (an announcement whose call was told before tells that call again: listed once)
  assert.deepEqual(asked("Fövqəladə Hallar Nazirliyi vətəndaşlara müraciət edərək onları ehtiyatlı olmağa çağırıb. Bu barədə nazirliyin " +
    "saytında yazılıb. Müraciətdə vətəndaşlardan evdə qalmaları xahiş olunub."), ["demanded:Fövqəladə Hallar Nazirliyi"]);
});

test("thanks outside quotation marks for the reader's own (`dəstəyiniz üçün təşəkkür edirik`) are a notice's formula, no SUPPORT", () => {
  const thanks = (text: string) => (doc(text).events ?? []).filter((e) => e.type === "SUPPORT").map((e) => [...e.actors].sort().join("|"));
  assert.deepEqual(thanks("Bu barədə Fövqəladə Hallar Nazirliyindən məlumat verilib. Əraziyə daxil olunmaması xahiş olunur. " +
    "Anlayış və dəstəyiniz üçün təşəkkür edirik."), []);
  // look-alikes: thanks to a named side, and the same words inside a quotation addressed to a state
  assert.deepEqual(thanks("Prezident İlham Əliyev Ərdoğana dəstəyə görə təşəkkür edib."), ["İlham Əliyev|Ərdoğan"]);
  assert.deepEqual(thanks("Prezident İlham Əliyev deyib: “Türkiyəyə dəstəyiniz üçün təşəkkür edirik”."), ["Türkiyə|İlham Əliyev"]);
});

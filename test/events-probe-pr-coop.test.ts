// Cooperative acts as real news phrases them (helper pr-coop), on sentences written for these tests: thanks or praise
// the speaker wishes to say (`təşəkkürümü bildirmək istərdim`) is said, no promise; a speaker's own stated intent in a
// quotation (`"Biz X ilə müqavilə bağlamaq istəyirik"`) is AGREE; support for a named state's cause in the dative of a
// noun it owns (`X-in ərazi bütövlüyünə dəstəyini ifadə edib`) is SUPPORT with that state. Each with a look-alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneEvent as one, pipelineEvents } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text);
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);

test("thanks or congratulations the speaker wishes to say are said (SUPPORT 051), not promised", () => {
  one("Prezident Con Smitə səmimi qəbula görə təşəkkürümü bildirmək istərdim.", "SUPPORT", ["Con Smit"]);
  one("Pol Braun: \"Prezident Con Smitə səmimi qəbula görə təşəkkürümü bildirmək istərdim\"", "SUPPORT", ["Pol Braun", "Con Smit"]);
  one("Dost Qazaxıstanı milli bayram münasibətilə təbrik etmək istəyirəm.", "SUPPORT", ["Qazaxıstan"]);
});

test("look-alikes: a third person's wish stays intent; a wish to stress or a plain statement tells nothing", () => {
  assert.deepEqual(types("Nazir Con Smitə təşəkkürünü bildirmək istəyir."), ["AGREE:asserted"]);
  assert.deepEqual(types("Bir məsələni xüsusi vurğulamaq istərdim."), []);
});

test("a speaker's own intent in a quotation, by an infinitive before a first-person wish, is AGREE", () => {
  one("Pol Braun: \"Biz Monqolustanla yeni müqavilə bağlamaq istəyirik\"", "AGREE", ["Pol Braun", "Monqolustan"]);
  one("Pol Braun deyib: \"Biz Monqolustanla əməkdaşlıq etmək istəyirik\".", "AGREE", ["Pol Braun", "Monqolustan"]);
  one("Pol Braun: \"Biz Monqolustanla müqavilə bağlamağa hazırıq\"", "AGREE", ["Pol Braun", "Monqolustan"]);
});

test("look-alikes: an intent denied, or a wish not closing the clause, tells none", () => {
  assert.deepEqual(types("Pol Braun: \"Biz Monqolustanla müqavilə bağlamaq istəmirik\""), []);
  assert.deepEqual(types("Pol Braun: \"Biz Monqolustanla müqavilə bağlamaq istəyənlərə kömək edirik\""), []);
});

test("support for a named state's cause owned in the genitive (SUPPORT 051)", () => {
  one("Monqolustan Qazaxıstanın ərazi bütövlüyünə dəstəyini ifadə edib.", "SUPPORT", ["Monqolustan", "Qazaxıstan"]);
  one("Monqolustan Qazaxıstanın mövqeyinə dəstək verib.", "SUPPORT", ["Monqolustan", "Qazaxıstan"]);
  one("Monqolustan Qazaxıstana dəstəyini bildirib.", "SUPPORT", ["Monqolustan", "Qazaxıstan"]);
});

test("look-alikes: support with a person's or a body's help, or a person's anniversary sponsored, is no support of a state", () => {
  assert.deepEqual(types("Bankın dəstəyi ilə layihə həyata keçirilib."), []);
  assert.deepEqual(types("Şirkət bəstəkar Con Smitin yubileyinə dəstək verib."), []);
});

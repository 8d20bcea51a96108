// Invented headlines in the shapes news sites write them (helper hl, ../src/lang/az/events/headlines-hl.ts, the question and
// said-of rules of ../src/extract/events/hit-events.ts and the verbless frames of ../src/extract/events/triggers.ts): a
// question of why or when about a named doer's act, a claim called false in a `Speaker: "…"` headline, people detained
// or caught in the active, a person taken into custody, exports to a state raised, troops asked of an alliance, a
// verbless `X-dən Y-yə …` whose source is a name's office, a verbless `X-in … istefası`, talks frozen, and a side's
// protest taken note of; each with a look-alike that stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, title: text, document_date: "2025-11-20" } as any).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const types = (text: string) => events(text).map((e) => e.type);

test("a question of why, when or how about a named doer's act tells the act; a yes/no question or no doer named tells none", () => {
  assert.deepEqual(sides("İsrail Beyrutu niyə yenidən bombaladı?"), ["ASSAULT:Beyrut|İsrail"]);
  assert.deepEqual(sides("Makron Si Cinpinlə nə vaxt görüşəcək?"), ["CONSULT:Makron|Si Cinpin"]);
  // look-alikes: asked whether it happens, or of whoever it was (a pronoun, a passive)
  assert.deepEqual(sides("Makron Si Cinpinlə görüşəcəkmi?"), []);
  assert.deepEqual(sides("Onlar Bakıya niyə gəlmişdilər?"), []);
  assert.deepEqual(sides("Körpədən niyə imtina edilib?"), []);
});

test("a claim called false in a `Speaker: \"…\"` headline is the speaker's denial; the words with no one saying them are none", () => {
  assert.deepEqual(sides("Zaxarova: \"Bu iddialar tamamilə əsassızdır\""), ["REJECT:Zaxarova"]);
  assert.deepEqual(sides("Peskov: \"Bu xəbərlər yalandır\""), ["REJECT:Peskov"]);
  assert.deepEqual(types("Bu iddialar əsassızdır"), []);
});

test("tourists or foreigners detained, people caught by the police, a person taken into custody are COERCE; look-alikes none", () => {
  assert.deepEqual(sides("Venesuela iki amerikalı turisti saxlayıb"), ["COERCE:Venesuela"]);
  assert.deepEqual(sides("Gürcüstan polisi etirazçıları tutub"), ["COERCE:Gürcüstan"]);
  assert.deepEqual(sides("Rusiyada tanınmış bloqer nəzarətə götürülüb"), ["COERCE:Rusiya"]);
  // look-alikes: prices kept, a way blocked, suspects of no side, a fire brought under control
  assert.deepEqual(sides("Türkiyə turizm sektorunda qiymətləri sabit saxlayıb"), []);
  assert.deepEqual(sides("Gürcüstan polisi etirazçıların yolunu tutub"), []);
  assert.deepEqual(sides("Polis qətllə bağlı şübhəliləri saxlayıb"), []);
  assert.deepEqual(types("Bakıda yanğın nəzarətə götürülüb"), []);
});

test("exports or supplies to a state begun or resumed are COOPERATE 061; exports raised are figures, none", () => {
  assert.deepEqual(sides("Qazaxıstan Çinə taxıl ixracını bərpa edib"), ["COOPERATE:Qazaxıstan|Çin"]);
  assert.deepEqual(sides("Rusiya Türkiyəyə qaz tədarükünə başlayıb"), ["COOPERATE:Rusiya|Türkiyə"]);
  assert.deepEqual(sides("Qazaxıstan Çinə taxıl ixracını artırıb"), []);
  assert.deepEqual(sides("Azərbaycan neft ixracını 5 faiz artırıb"), []);
});

test("troops asked of a state or an alliance are REQUEST; a wish to leave a place is none", () => {
  assert.deepEqual(sides("Litva NATO-dan əlavə qoşun istəyir"), ["REQUEST:Litva|NATO"]);
  assert.deepEqual(sides("Litva NATO-dan çıxmaq istəmir"), []);
});

test("a verbless `X-dən Y-yə …` whose source is a name's office, and a verbless `X-in … istefası`, tell the act", () => {
  assert.ok(sides("Ağ Ev administrasiyasından İrana ultimatum").some((s) => s.startsWith("THREATEN:") && s.includes("İran")));
  assert.deepEqual(sides("Fransanın müdafiə nazirinin istefası"), ["RETREAT:Fransa"]);
  // look-alikes: a resignation demanded, an owner named by no one
  assert.deepEqual(types("Nazirin istefası tələb olunur"), []);
  assert.deepEqual(types("Nazirin istefası"), []);
});

test("talks frozen are SANCTION 164, no talks held; a side's protest taken note of receives no guest", () => {
  assert.deepEqual(sides("Moldova Rusiya ilə danışıqları dondurub"), ["SANCTION:Moldova|Rusiya"]);
  assert.deepEqual(sides("Moldova Rusiya ilə danışıqları davam etdirir"), ["CONSULT:Moldova|Rusiya"]);
  assert.deepEqual(types("Ukrayna Polşanın etirazını qəbul etdi"), []);
  assert.deepEqual(sides("Ukrayna Polşanın nümayəndə heyətini qəbul etdi").map((s) => s.split(":")[0]), ["CONSULT"]);
});

test("a wrong charged in a `Speaker: \"…\"` headline is the speaker's accusation of the one named in the words, not of the speaker", () => {
  assert.deepEqual(sides("Zaxarova: \"London münaqişəni qızışdırır\""), ["ACCUSE:Böyük Britaniya|Zaxarova"]);
  assert.deepEqual(sides("Ərdoğan: \"İsrail regionda sabitliyi pozur\""), ["ACCUSE:İsrail|Ərdoğan"]);
  // look-alikes: the words with no one saying them, or a conflict not to be stirred up
  assert.deepEqual(sides("London münaqişəni qızışdırır"), []);
  assert.deepEqual(sides("Zaxarova: \"Münaqişəni qızışdırmaq olmaz\""), []);
});

// Sentences written for these tests (stop 36, sp) in the style of protest news: a rally dispersed or gassed by the
// police of a country, the detentions made at it, and a minister ready, preparing or done to resign.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("a rally dispersed by the police is repression (COERCE 175), the country's where it happens; gas used on it is crowd-control force (ASSAULT 175)", () => {
  const got = of("Limada polis aksiyanı dağıdıb.", "COERCE");
  assert.equal(got.length, 1);
  assert.equal(got[0].cameo, "175");
  assert.equal(of("Limada polis aksiyanı dağıdıb.", "ASSAULT").length, 0);
  // (the PLOVER manual's crowd-control weapons: tear gas, pepper gas, water cannon)
  for (const text of ["Peru polisi etirazçılara qarşı gözyaşardıcı qazdan istifadə edib.", "Manilada polis nümayişçilərə qarşı bibər qazından istifadə edib."]) {
    assert.deepEqual(of(text, "ASSAULT").map((e) => `${e.cameo}:${e.plover_mode}`), ["175:crowd-control"], text);
  }
  // (the capital stands for its state: the act is Peru's)
  assert.deepEqual(of("Limada polis aksiyanı dağıdıb.", "COERCE").map((e) => e.actors), [["Peru"]]);
  // look-alikes: a village an earthquake ruins, gas in a price report
  assert.deepEqual(events("Zəlzələ Peruda iki kəndi dağıdıb.").filter((e) => e.type === "COERCE" || e.type === "ASSAULT"), []);
  assert.deepEqual(events("Bazarda bibər qiyməti iki dəfə artıb."), []);
});

test("a dispersal and the detentions made at it are two acts; the dispersal told twice is one", () => {
  const text = "Peruda polis cümə günü Limada etiraz aksiyasını dağıdıb.\nNazirliyin açıqlamasına görə, " +
    "iğtişaşlar zamanı 30-dan çox etirazçı saxlanılıb.";
  const coerce = events(text, "2025-11-22").filter((e) => e.type === "COERCE");
  assert.deepEqual(coerce.map((e) => e.cameo).sort(), ["173", "175"]);
  const twice = "Peru polisi aksiyanı dağıdıb. Polis etirazçılara qarşı gözyaşardıcı qazdan istifadə edib.";
  assert.equal(of(twice, "COERCE").length, 1);
});

test("a resignation one declares oneself ready for is an offer (AGREE); one prepared for is planned; one given is done", () => {
  const ready = events("Baş nazir Tomas Varqa istefa verməyə hazır olduğunu bildirib.");
  assert.deepEqual(ready.map((e) => e.type), ["AGREE"]);
  assert.deepEqual(events("Baş nazir Tomas Varqa istefa verməyə hazırdır.").map((e) => e.type), ["AGREE"]);
  // look-alikes: preparing to leave the post is the resignation planned, and a resignation given is told done
  const preparing = of("Macarıstanın baş naziri Tomas Varqa postunu tərk etməyə hazırlaşır.", "RETREAT");
  assert.deepEqual(preparing.map((e) => e.mode), ["future"]);
  assert.deepEqual(of("Baş nazir Tomas Varqa istefa verib.", "RETREAT").map((e) => e.mode), ["asserted"]);
});

test("an act one was compelled to do, told done (`məcbur olub`, `məcburiyyətində qalıb`), happened; one still to come is planned", () => {
  assert.deepEqual(of("Peru polisi etirazçıları saxlamaq məcburiyyətində qalıb.", "COERCE").map((e) => [e.actors, e.mode]), [[["Peru"], "asserted"]]);
  assert.deepEqual(of("Baş nazir Tomas Varqa istefa verməyə məcbur olub.", "RETREAT").map((e) => e.mode), ["asserted"]);
  assert.deepEqual(of("Peru ordusu geri çəkilmək məcburiyyətində qalmayıb.", "RETREAT").map((e) => e.mode), ["negated"]);
  // look-alikes: a reply one will be compelled to give is a threat made; one compelled before is no threat
  assert.deepEqual(of("Peru ordusu Çiliyə cavab verməyə məcbur olacaq.", "THREATEN").map((e) => e.mode), ["asserted"]);
  assert.deepEqual(of("Peru ordusu sərt cavab verməyə məcbur olub.", "THREATEN"), []);
  // (one another claims or foresees in a participle tells no act done: `… imtina etməyə məcbur olduğunu iddia edib`,
  // `… tərk etmək məcburiyyətində qalacağını söyləyib`)
  assert.deepEqual(of("Peru adalar üzərindəki hüquqlarından imtina etməyə məcbur olduğunu iddia edib.", "REJECT"), []);
  assert.deepEqual(of("Nazir Tomas Varqanın postunu tərk etmək məcburiyyətində qalacağını söyləyib.", "RETREAT"), []);
  // and an infinitive with no word of compulsion, plan or attempt after it tells no act
  assert.deepEqual(events("Peru polisi etirazçıları saxlamaq haqqında düşünür."), []);
});

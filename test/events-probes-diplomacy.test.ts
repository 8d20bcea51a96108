// Diplomacy probes (invented sentences): grammar that lost an event or its sides, each with a look-alike
// that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const events = (text: string) => doc(text).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const names = (text: string) => (doc(text).entities ?? []).map((e) => e.name);

test("a known surname opening a sentence is no given name of the person after it (`Tramp Əliyevi`)", () => {
  assert.deepEqual(names("Tramp Əliyevi təbrik edib."), ["Tramp", "Əliyev"]);
  assert.deepEqual(sides("Makron Tokayevi təbrik edib."), ["SUPPORT:Makron|Tokayev"]);
  // a known person's whole name is not followed by another's surname (`Si Cinpin Putinə`)
  assert.deepEqual(sides("Si Cinpin Putinə zəng edib."), ["CONSULT:Putin|Si Cinpin"]);
  // look-alike: an unknown given name before a known surname in the nominative stays one person
  assert.deepEqual(names("Sahil Babayev: biz hazırıq."), ["Sahil Babayev"]);
});

test("the passive of a verb with an accusative object has it in the nominative when the agent is named", () => {
  assert.deepEqual(sides("Paşinyan Putin tərəfindən Kremldə qəbul edilib."), ["CONSULT:Paşinyan|Putin"]);
  assert.deepEqual(sides("Tokayev Bakıda Əliyev tərəfindən qarşılanıb."), ["CONSULT:Tokayev|Əliyev"]);
  assert.equal(events("Tokayev Bakıda Əliyev tərəfindən qarşılanıb.")[0]?.actors[0], "Əliyev");
  // look-alikes: a law adopted receives no one; with no agent, no host is named
  assert.deepEqual(sides("Qanun parlament tərəfindən qəbul edilib."), []);
  assert.deepEqual(sides("Tokayev Bakıda qarşılanıb."), []);
});

test("a `ki` clause naming no subject goes on with the speaker's (`X bildirib ki, Y ilə görüşəcək`)", () => {
  assert.deepEqual(sides("Con Smit deyib ki, Pol Ceksonla görüşəcək."), ["CONSULT:Con Smit|Pol Cekson"]);
  assert.deepEqual(sides("Con Smit bildirib ki, Fransa ilə danışıqlara hazırdır."), ["AGREE:Con Smit|Fransa"]);
  // look-alikes: a clause with its own subject noun, or an event noun opening it, is not the speaker's
  assert.ok(!sides("Con Smit bildirib ki, hökumət Fransa ilə danışıqlara hazırdır.").some((s) => s.includes("Con Smit")));
  assert.deepEqual(sides("Con Smit əlavə edib ki, danışıqlar zamanı addımların ardıcıllığı önəmlidir."), []);
});

test("a capitalised title owned by a state in the genitive is the state's, as in lower case", () => {
  assert.deepEqual(sides("Con Smit Hindistanın Baş nazirini qəbul edib."), sides("Con Smit Hindistanın baş nazirini qəbul edib."));
  // (the office table knows India's head of government: the title names him too, role21)
  assert.deepEqual(sides("Con Smit Hindistanın Baş nazirini qəbul edib."), ["CONSULT:Con Smit|Hindistan|Narendra Modi"]);
  // look-alike: a capitalised name after a nominative is another name, no owned noun
  assert.deepEqual(sides("Dünən Makron Paşinyanı qəbul edib."), ["CONSULT:Makron|Paşinyan"]);
});

test("no accusative stands before a postposition: a title ending in a possessive before `ilə` is the partner", () => {
  assert.ok(sides("Con Smit Gürcüstanın baş naziri ilə telefonla danışıb.").some((s) => s.startsWith("CONSULT:") && s.includes("Gürcüstan")));
  // look-alike: a title in the accusative is still the object of a verb taking one
  assert.ok(sides("Con Smit Gürcüstanın baş nazirini təbrik edib.").some((s) => s.startsWith("SUPPORT:") && s.includes("Gürcüstan")));
});

test("a letter or telegram of condolence sent is the condolence", () => {
  assert.deepEqual(sides("Makron Paşinyana başsağlığı məktubu göndərib."), ["SUPPORT:Makron|Paşinyan"]);
  assert.deepEqual(sides("Makron Paşinyana başsağlığı teleqramı göndərib."), ["SUPPORT:Makron|Paşinyan"]);
  // look-alike: a letter of condolence named, sent by no one to no one
  assert.deepEqual(sides("Başsağlığı məktubu mətbuatda dərc olunub."), []);
});

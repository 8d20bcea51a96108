// Sentences written for these tests (stop 34, sf) in the style of world news as Azerbaijani outlets tell it: strikes
// suffered, a sanctions package asked for by its passive verbal noun, hostages held, exercises organised, a press
// conference given together, and a question reported in an answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("strikes suffered by their inflected noun are an act of force by the genitive's side", () => {
  const got = of("Dnepr şəhəri Rusiyanın raket zərbəsinə məruz qalıb.", "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Rusiya"));
  assert.ok(of("Odessa vilayəti dünən Rusiyanın hava zərbələrinə məruz qalıb.", "ASSAULT").some((a) => a.includes("Rusiya")));
  // a blow an economy or a reputation suffers strikes no one
  assert.deepEqual(of("Ölkənin iqtisadiyyatı ağır zərbəyə məruz qalıb.", "ASSAULT"), []);
  assert.deepEqual(of("Bankın nüfuzu ciddi zərbəyə məruz qalıb.", "ASSAULT"), []);
});

test("a sanctions package asked for by its passive verbal noun is a demand of the one who asks", () => {
  const got = events("Norveç parlamentinin deputatları Belarusa qarşı yeni sanksiyalar paketinin tezliklə qəbul edilməsini istəyiblər.")
    .filter((e) => e.type === "REQUEST");
  assert.equal(got.length, 1);
  assert.equal(got[0].mode, "demanded");
  assert.ok(got[0].actors.includes("Belarus"));
  // a road repaired, wished by farmers, asks no side of anything; a package not wanted asks nothing either
  assert.deepEqual(of("Kəndlilər yolun təmir edilməsini istəyiblər.", "REQUEST"), []);
  assert.deepEqual(of("Nazir Belarusa qarşı sanksiyaların ləğv edilməsini istəmir.", "REQUEST"), []);
});

test("hostages a side holds are custody, no arrest; their release is the act", () => {
  const text = "Qrup tərəfindən Sudanda saxlanılan norveçli girovlar martın 3-də azad ediləcək.";
  assert.deepEqual(of(text, "COERCE"), []);
  assert.equal(of(text, "RETREAT").length, 1);
  // a detention told by the same verb stays an arrest
  assert.equal(of("Polis Oslo şəhərində iki jurnalisti saxlayıb.", "COERCE").length, 1);
});

test("an exercise an army organises shows force; a training organised by a bank names no army", () => {
  assert.deepEqual(of("Norveç ordusu Barens dənizində təlimlər təşkil edib.", "MOBILIZE"), [["Norveç"]]);
  assert.deepEqual(of("Bank işçiləri üçün təlim təşkil edib.", "MOBILIZE"), []);
  // one organised with a partner is joint
  assert.equal(of("Norveç ordusu Danimarka ilə birgə təlimlər təşkil edib.", "COOPERATE").length, 1);
});

test("a press conference given together with a partner is a meeting; one given alone is none", () => {
  const got = events("Norveçin xarici işlər naziri martın 4-də Oslo şəhərində Danimarkanın xarici işlər naziri Lars Hansen ilə birlikdə keçirdiyi mətbuat konfransında danışıb.")
    .filter((e) => e.type === "CONSULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].actors.includes("Lars Hansen"));
  assert.deepEqual(of("Nazir Oslo şəhərində keçirdiyi mətbuat konfransında danışıb.", "CONSULT"), []);
});

test("a yes/no question reported before the noun of question tells no act", () => {
  const text = "Prezident jurnalistlərin Danimarka ilə danışıqlar aparılacaqmı sualına cavab verib.";
  assert.deepEqual(of(text, "CONSULT"), []);
  // the talks told as planned stay
  assert.equal(of("Norveç ilə Danimarka arasında danışıqlar aparılacaq.", "CONSULT").length, 1);
});

test("a strike told before, named again by its bare noun as a setting, takes no side from the body reporting on it", () => {
  const text = "Rusiya Dnepr şəhərini bombalayıb. Ukrayna Səhiyyə Nazirliyi hücum zamanı 3 nəfərin öldüyünü açıqlayıb.";
  const got = of(text, "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(!got[0].includes("Ukrayna Səhiyyə Nazirliyi"));
  assert.equal(of("Rusiya Dnepr şəhərini bombalayıb. Ukrayna Səhiyyə Nazirliyi hücumda 3 nəfərin öldüyünü açıqlayıb.", "ASSAULT").length, 1);
  // a strike of another side told by its verb in the next sentence stays an act of its own
  assert.equal(of("Rusiya Dnepr şəhərini bombalayıb. Ertəsi gün Ukrayna Belqoroda hücum edib.", "ASSAULT").length, 2);
});

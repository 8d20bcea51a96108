// Sentences written for these tests (stop 36, sn) in the style of court and arrest news: a custody term extended, a prison
// term passed, a ban told by its own verb, and a list of crimes someone is wanted for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a custody term extended is one act, told by the term, not a second arrest by `həbs`", () => {
  const got = of("Rauf Qasımovun həbs müddəti 2 ay uzadılıb\nMaştağa Rayon Məhkəməsi jurnalist Rauf Qasımovun həbs müddətini 2 ay uzadıb.", "COERCE");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Rauf Qasımov") && got[0].includes("Maştağa Rayon Məhkəməsi"));
  // a term of anything else extended stays none
  assert.deepEqual(of("Vizanın müddəti 3 ay uzadılıb.", "COERCE"), []);
});

test("a prison term passed is one act, not one for `həbs` and one for `cəzası verib`", () => {
  const got = of("Sabunçu Rayon Məhkəməsi fəal Nail Rüstəmova 4 il həbs cəzası verib.", "COERCE");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Nail Rüstəmov"));
  assert.equal(of("Məhkəmə jurnalist Kamil Əsədova 6 il həbs cəzası təyin edib.", "COERCE").length, 1);
  // a term received is still told by `həbs`
  assert.equal(of("Kamil Əsədov 6 il həbs cəzası alıb.", "COERCE").length, 1);
});

test("a ban told by the verb `yasaqlamaq` restricts; the noun's plural lifted does not", () => {
  assert.deepEqual(of("Kiyev rəhbərliyi təşkilatın fəaliyyətini yasaqlayıb.", "COERCE"), [["Ukrayna"]]);
  assert.deepEqual(of("Ölkə idxala qoyulan yasaqları aradan qaldırıb.", "COERCE"), []);
});

test("crimes listed before the charge they are wanted on are no acts, however long the list", () => {
  const text = "Türkiyə polisi Ankarada 9 nəfəri saxlayıb. Saxlanılanlar əmlaka ziyan vurma, xəsarət yetirmə, eləcə də silahların " +
    "qanunsuz əldə edilməsi, saxlanılması və daşınması ittihamları ilə axtarışda olublar.";
  assert.deepEqual(of(text, "ASSAULT"), []);
  assert.deepEqual(of(text, "COERCE"), [["Türkiyə"]]);
  // an act told done in its own clause before a charge stays
  assert.equal(of("İsrail Qəzzaya hava zərbələri endirib, HƏMAS isə İsraili müharibə cinayətlərində ittiham edib.", "ASSAULT").length, 1);
});

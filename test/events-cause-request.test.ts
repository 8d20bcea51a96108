// Sentences written for these tests (cause stop 37, request): a crowd or an opposition named only by its common noun
// (`Etirazçılar`, `Müxalifət`) asking, with no side found, asks for the state where it is, as the gold sets read a crowd's
// protest. Names, places and wording are invented; a look-alike with no state told stays no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("a crowd or an opposition named by its common noun asks for the state the story is in", () => {
  const a = of("Moldovada bələdiyyə seçkiləri keçirilib. Müxalifət nəticələri tanımır və səslərin yenidən sayılmasını tələb edir.", "REQUEST");
  assert.equal(a.length, 1);
  assert.deepEqual(a[0].actors, ["Moldova"]);
  const b = of("Moldovada bələdiyyə seçkiləri keçirilib. Etirazçılar saxlanılan tələbələrin azad edilməsini tələb edirlər.", "REQUEST");
  assert.equal(b.length, 1);
  assert.deepEqual(b[0].actors, ["Moldova"]);
  // (a capital told before stands for its state)
  const c = of("Tbilisidə seçki keçirilib. Müxalifət səslərin yenidən sayılmasını tələb edib.", "REQUEST");
  assert.equal(c.length, 1);
  assert.deepEqual(c[0].actors, ["Gürcüstan"]);
});

test("a crowd asking with no state told, or a noun in a case, stays without that state", () => {
  assert.equal(of("Müxalifət səslərin yenidən sayılmasını tələb edib.", "REQUEST").length, 0);
  // (the opposition in a case, owning who asks, is no asker: the clause's unnamed subject asks for no state)
  assert.equal(of("Moldovada seçki keçirilib. Jurnalistlər müxalifətin liderindən açıqlama verməsini tələb ediblər.", "REQUEST").length, 0);
});

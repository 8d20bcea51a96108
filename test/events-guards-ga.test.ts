// Guards that drop real events (ga audit): a bare event noun inside a quotation is no event of the speaker's unless
// something makes it the speaker's own act. A noun the first person owns (`görüşümüzü`, `təbriklərimi`) or that a
// participle of the first person describes (`apardığım söhbət`) is that act, told done; one owned by another person
// (`təklifinizi`) or a bare one (`səfər haqqında`) is still only what the speaker talks about.
// Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const full = (text: string) => annotate({ id: "t", text, document_date: "2025-06-20" });
const brief = (text: string) => full(text).events.map((e) => [e.type, e.trigger.text, e.actors[0]]);

test("a quoted meeting the speaker owns (`görüşümüzü`) is the speaker's meeting; one the addressee owns is not", () => {
  const a = brief('Prezident Kamal Rəhimov məktubunda yazıb: "Martda Oslo şəhərində Sizinlə görüşümüzü məmnuniyyətlə xatırlayıram."');
  assert.deepEqual(a.filter((e) => e[0] === "CONSULT"), [["CONSULT", "görüşümüzü", "Kamal Rəhimov"]]);
  // (the look-alike: the addressee's own meeting, `görüşünüzü`, is not the speaker's act)
  const b = brief('Prezident Kamal Rəhimov məktubunda yazıb: "Martda Oslo şəhərində nazirlə görüşünüzü məmnuniyyətlə xatırlayıram."');
  assert.deepEqual(b.filter((e) => e[0] === "CONSULT"), []);
});

test("congratulations the speaker owns (`təbriklərimi`) are praise said; a bare noun of congratulation is a topic", () => {
  const a = brief('Prezident Kamal Rəhimov deyib: "Bayram münasibətilə Norveç xalqına ən səmimi təbriklərimi çatdırıram."');
  assert.ok(a.some((e) => e[0] === "SUPPORT" && e[1] === "təbriklərimi" && e[2] === "Kamal Rəhimov"));
  const b = brief('Prezident Kamal Rəhimov deyib: "Bayram təbrikləri haqqında Norveç mətbuatı çox yazır."');
  assert.deepEqual(b.filter((e) => e[0] === "SUPPORT"), []);
});

test("a talk described by a participle of the first person (`apardığım söhbət`) is the speaker's; of the third person, not", () => {
  const a = full('Kamal Rəhimov deyib: "Fransa prezidenti Jak Moreau ilə apardığım söhbətdən çox razı qaldım."').events;
  assert.ok(a.some((e) => e.type === "CONSULT" && e.trigger.text === "söhbətdən" && e.actors.includes("Kamal Rəhimov") && e.mode === "asserted"));
  const b = full('Kamal Rəhimov deyib: "Fransa prezidenti Jak Moreau ilə onların apardığı söhbətdən xəbərim yoxdur."').events;
  assert.ok(!b.some((e) => e.type === "CONSULT" && e.trigger.text === "söhbətdən"));
});

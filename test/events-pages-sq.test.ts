// Sentences written for these tests (stop 36, sq) in the style of world-power news: diplomats declared persona non grata
// in the spellings the press uses, missiles launched toward a sea or fired at a state, and invitations to a visit whose
// date is the visit's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("diplomats declared persona non grata in the hyphenated spellings are expelled", () => {
  const a = of("Litva Belarus səfirliyinin iki əməkdaşını persona non-qrata elan edib.", "SANCTION");
  assert.equal(a.length, 1);
  assert.ok(a[0].actors.includes("Litva"));
  const b = of("Norveç Rusiyanın 5 diplomatını persona-non qrata elan edib.", "SANCTION");
  assert.equal(b.length, 1);
  assert.deepEqual(b[0].actors.slice(0, 2), ["Norveç", "Rusiya"]);
  assert.equal(of("Gürcüstan İran səfirliyinin əməkdaşını persona-non-qrata elan edib.", "SANCTION").length, 1);
  // the spaced spelling stays as it was
  assert.equal(of("Polşa Rusiyanın 3 diplomatını persona non grata elan edib.", "SANCTION").length, 1);
  // a lecture on the term declares no one
  assert.deepEqual(of("Müəllim tələbələrə persona non grata ifadəsinin mənasını izah edib.", "SANCTION"), []);
});

test("a ballistic missile launched toward a sea is a show of force; one fired at a state is a strike", () => {
  const sea = events("Şimali Koreya Yapon dənizi istiqamətində ballistik raketlər atıb.");
  assert.deepEqual(sea.map((e) => e.type), ["MOBILIZE"]);
  assert.ok(sea[0].actors.includes("Şimali Koreya"));
  const dative = events("Şimali Koreya Yapon dənizinə doğru iki qanadlı raket atıb.");
  assert.deepEqual(dative.map((e) => e.type), ["MOBILIZE"]);
  // fired at a state: an attack, ballistic or not
  const hit = of("İran İsrailə ballistik raketlər atıb.", "ASSAULT");
  assert.equal(hit.length, 1);
  assert.deepEqual(hit[0].actors, ["İran", "İsrail"]);
  assert.equal(of("Rusiya Xarkova raket atıb.", "ASSAULT").length, 1);
  // a missile ship a missile was fired from is no missile fired
  assert.deepEqual(of("Raketlər Xəzərdə qanadlı raketi buraxan raket gəmisindən atılıb.", "MOBILIZE").filter((e) => e.trigger.text.includes("gəmi")), []);
});

test("a date before the destination of a visit invited to or accepted is the visit's, not the invitation's", () => {
  const invited = of("Prezident Lui Marini aprel ayında Parisə səfərə dəvət etdi.", "AGREE");
  assert.equal(invited.length, 1);
  assert.equal(invited[0].date, "2025-11-20");
  const accepted = of("Baş nazir Ana Kovaç Tom Reyesin 2026-cı ildə Madridə səfər dəvətini qəbul edib.", "AGREE");
  assert.equal(accepted.length, 1);
  assert.equal(accepted[0].date, "2025-11-20");
  // a date told before the sides, no destination right after it, is the invitation's own
  const dated = of("Martın 3-də Prezident Lui Marin Ana Kovaçı ölkəsinə səfərə dəvət edib.", "AGREE");
  assert.equal(dated.length, 1);
  assert.equal(dated[0].date, "2025-03-03");
});

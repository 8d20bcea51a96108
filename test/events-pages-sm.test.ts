// Sentences written for these tests (stop 35, sm) in the style of news of Azerbaijan's neighbours: a news agency named where
// a side is looked for, and a meeting with a named partner as the setting of the act its clause tells.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a news agency first among an act's sides is no side", () => {
  // the agency that tells a minister's words asks no one
  assert.deepEqual(events('"Report"un məlumatına görə, nazir radioya müsahibəsində keçən ilin dərslərini yadda saxlamalı olduqlarını deyib.'), []);
  // an act with sides of its own keeps them, the agency dropped
  assert.deepEqual(of("TASS-ın məlumatına görə, müxalifət tərəfdarları Baş nazir Nikol Paşinyanın istefasını tələb edirlər.", "REQUEST"), [["Nikol Paşinyan"]]);
});

test("a meeting with a named partner, the setting of its clause's act, is a meeting of its own", () => {
  const text = "Macarıstanın Baş naziri Ferenc Kovacs Slovakiyanın prezidenti Peter Novakla görüşündə martda baş vermiş qəzanın araşdırılmasına çağırıb.";
  const consult = events(text).filter((e) => e.type === "CONSULT");
  assert.equal(consult.length, 1);
  assert.ok(consult[0].actors.includes("Ferenc Kovacs") && consult[0].actors.includes("Peter Novak"));
  // dated by the words before it, not by the month of the crash the clause tells after it
  assert.equal(consult[0].date, "2025-10-08");
  assert.equal(of(text, "REQUEST").length, 1);
  // a gathering with no partner named stays the setting of the call
  assert.deepEqual(of("Macarıstanın Baş naziri Ferenc Kovacs Praqa sammitində Slovakiyanı dialoqa çağırıb.", "CONSULT"), []);
});

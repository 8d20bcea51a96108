// Acts told in the sentences after a dated visit take place within it: on the visit's (first) day,
// when a side of the visit does them, in the visit's tense, and not in another country.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import type { Doc } from "../src/text/doc.js";
import { docOf, entity, timex } from "./helpers-events.js";

const az = getLanguage("az");

function country(d: Doc, text: string, name: string, iso: string, n = 0): void {
  entity(d, text, "LOC", name, n);
  const e = d.entities.find((x) => x.text === text && x.name === name && !x.iso);
  if (e) e.iso = iso;
}

test("a coming visit dates the meetings its visitor holds in the sentences after it, past a sentence naming the source", () => {
  const d = docOf(
    "Nazir Aydın Kərimov 12-13 oktyabr tarixlərində Fransaya səfər edəcək. Bu barədə nazirliyin mətbuat xidməti məlumat verib. " +
      "Bildirilir ki, Aydın Kərimov Parisdə Pyer Düranla görüş keçirəcək. Bildirilir ki, Aydın Kərimov Mari Lorana ilə də görüş keçirəcək.",
  );
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  country(d, "Fransaya", "Fransa", "FR");
  timex(d, "12-13 oktyabr", "2025-10-12");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov", 1);
  entity(d, "Parisdə", "LOC", "Paris");
  entity(d, "Pyer Düranla", "PER", "Pyer Düran");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov", 2);
  entity(d, "Mari Lorana", "PER", "Mari Loran");
  const evs = extractEvents(d, az);
  const meetings = evs.filter((e) => e.trigger.text === "görüş keçirəcək");
  assert.equal(meetings.length, 2);
  for (const m of meetings) {
    assert.equal(m.date, "2025-10-12");
    assert.equal(m.date_basis, undefined);
  }
});

test("a past visit dates the meeting its visitor held there in the next sentence", () => {
  const d = docOf("Nazir Aydın Kərimov oktyabrın 3-də Fransaya səfər edib. Aydın Kərimov Parisdə Pyer Düranla görüşüb.");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  country(d, "Fransaya", "Fransa", "FR");
  timex(d, "oktyabrın 3-də", "2025-10-03");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov", 1);
  entity(d, "Parisdə", "LOC", "Paris");
  entity(d, "Pyer Düranla", "PER", "Pyer Düran");
  const meeting = extractEvents(d, az).find((e) => e.trigger.text === "görüşüb");
  assert.ok(meeting);
  assert.equal(meeting.date, "2025-10-03");
});

test("an act of someone outside the visit, or in another country, is not within the visit", () => {
  const other = docOf("Nazir Aydın Kərimov oktyabrın 3-də Fransaya səfər edib. Norveç Fransanı günahlandırıb.");
  entity(other, "Aydın Kərimov", "PER", "Aydın Kərimov");
  country(other, "Fransaya", "Fransa", "FR");
  timex(other, "oktyabrın 3-də", "2025-10-03");
  country(other, "Norveç", "Norveç", "NO");
  country(other, "Fransanı", "Fransa", "FR");
  const blame = extractEvents(other, az).find((e) => e.type === "ACCUSE");
  assert.ok(blame);
  assert.equal(blame.date, "2025-10-08");
  assert.equal(blame.date_basis, "document");

  const elsewhere = docOf("Nazir Aydın Kərimov oktyabrın 3-də Fransaya səfər edib. Aydın Kərimov Almaniyada Hans Müllerlə görüşüb.");
  entity(elsewhere, "Aydın Kərimov", "PER", "Aydın Kərimov");
  country(elsewhere, "Fransaya", "Fransa", "FR");
  timex(elsewhere, "oktyabrın 3-də", "2025-10-03");
  entity(elsewhere, "Aydın Kərimov", "PER", "Aydın Kərimov", 1);
  country(elsewhere, "Almaniyada", "Almaniya", "DE");
  entity(elsewhere, "Hans Müllerlə", "PER", "Hans Müller");
  const meeting = extractEvents(elsewhere, az).find((e) => e.trigger.text === "görüşüb");
  assert.ok(meeting);
  assert.equal(meeting.date, "2025-10-08");
});

test("what the visitor did is not on the day of a visit still to come", () => {
  const d = docOf("Nazir Aydın Kərimov oktyabrın 12-də Fransaya səfər edəcək. Aydın Kərimov Pyer Düranla görüşüb.");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  country(d, "Fransaya", "Fransa", "FR");
  timex(d, "oktyabrın 12-də", "2025-10-12");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov", 1);
  entity(d, "Pyer Düranla", "PER", "Pyer Düran");
  const meeting = extractEvents(d, az).find((e) => e.trigger.text === "görüşüb");
  assert.ok(meeting);
  assert.equal(meeting.date, "2025-10-08");
});

// Misses of the studied article sets whose trigger head the tables know, on sentences written for these tests:
// a source line (`Bu barədə X məlumat yayıb`) between an act and a sentence naming no side does not end the
// narrative; an acronym with a case ending written apart opening a sentence (`JMMC-nin …`) is a name, as it is
// anywhere else; the abbreviation of value-added tax (`ƏDV-nin`) names no body.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const sides = (text: string) => (doc(text).events ?? []).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);
const names = (text: string) => doc(text).entities.map((e) => `${e.type}:${e.name}`);

const LEAD = "Rusiyanın Nəzarət Xidməti Fransadan gətirilmiş 18 ton şaftalını məhv edib.";
const WHY = "İddia edilir ki, buna səbəb məhsulda təhlükəli həşəratın aşkar edilməsidir.";
const BAN = "Həmin meyvələrin idxalına qadağa qoyulub.";

test("a source line between an act and a sentence naming no side does not count against the reach", () => {
  const s = sides(`${LEAD} Bu barədə Rusiya mətbuatı məlumat yayıb. ${WHY} ${BAN}`);
  assert.ok(s.some((x) => x.startsWith("SANCTION:") && x.includes("Rusiya")), s.join(" "));
  // look-alike: another sentence in its place (no source line) still ends the reach: no side, no event
  assert.ok(!sides(`${LEAD} Mətbuat bunu geniş işıqlandırıb. ${WHY} ${BAN}`).some((x) => x.startsWith("SANCTION:")));
});

test("an acronym with a case ending written apart opening a sentence is a name (`JMMC-nin növbəti iclası`)", () => {
  assert.deepEqual(sides("JMMC-nin növbəti iclası oktyabrın 1-də keçiriləcək."), ["CONSULT:JMMC"]);
  // spelt out in brackets before, it is that body
  assert.deepEqual(sides("Norveç Monitorinq Komitəsi (NMK) yaradılıb. NMK-nın növbəti iclası oktyabrın 1-də keçiriləcək."),
    ["CONSULT:Norveç|Norveç Monitorinq Komitəsi"]);
  // look-alikes: a legal form alone names nothing, nor does a tournament's code with its year
  assert.deepEqual(names("MMC-nin direktoru istefa verib."), []);
  assert.deepEqual(names("DÇ-2026-nın açılışı olub."), []);
});

test("the abbreviation of value-added tax names no body; a body's acronym still does", () => {
  assert.deepEqual(names("ƏDV-nin ödənilməsi gecikib."), []);
  assert.deepEqual(names("Şirkət ötən ay ƏDV-nin ödənilməsini gecikdirib."), []);
  assert.deepEqual(names("Dünən AQTA-nın əməkdaşları bazarda yoxlama aparıb."), ["ORG:AQTA"]);
});

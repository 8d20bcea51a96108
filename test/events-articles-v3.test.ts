// Invented whole articles of Azerbaijani domestic and economic-political news (receptions, decrees, ratifications,
// regulators fining and licensing firms, agreements with foreign states and firms), written for these tests: a firm
// named by its quoted name before a legal form that carries the case (`"X" ASC-ni`), a lead told undated and its
// verb again in the next sentence with the date (`… saziş imzalayıblar. Sənəd … dekabrın 9-da … imzalanıb`), the acts
// of a reception told after a sentence opening with its noun (`Görüşdə …`), and a focus particle between a phrase's
// noun and its light verb (`xəbərdarlıq da edilib`). Each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-05") => annotate({ id: "t", text, document_date: date }).events ?? [];
const brief = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${e.actors.join("|")}:${e.date}`);

test("a quoted firm's legal form carries its case: the firm fined or sued is the object", () => {
  assert.deepEqual(brief('Mərkəzi Bank "Atlas Sığorta" ASC-ni 20 min manat məbləğində cərimələyib.'),
    ["COERCE:Mərkəzi Bank|Atlas Sığorta:2025-06-05"]);
  assert.deepEqual(brief('Dövlət Vergi Xidməti "Bakı Tikinti" MMC-yə qarşı məhkəməyə iddia qaldırıb.'),
    ["ACCUSE:Dövlət Vergi Xidməti|Bakı Tikinti:2025-06-05"]);
  // `BOKT` is a legal form too: the name before it is the firm, not the abbreviation
  assert.deepEqual(brief('Mərkəzi Bank "Kapital Kredit" BOKT-nin lisenziyasını ləğv edib.'),
    ["COERCE:Mərkəzi Bank|Kapital Kredit:2025-06-05"]);
});

test("look-alike: an abbreviation after a quoted name that is a name of its own gives the quoted name no case", () => {
  // (`"Bloomberg" DHS-nin bəyanatına istinadən yazır`: Bloomberg writes, DHS is the owner; Bloomberg stays the subject)
  const doc = annotate({ id: "t", text: '"Bloomberg" DHS-nin bəyanatına istinadən yazır ki, Harvard tələbələri başqa universitetə keçməlidirlər.', document_date: "2025-06-05" });
  assert.ok(doc.entities.some((e) => e.name === "Bloomberg"));
  // and a quoted name with its ending written after the mark keeps reading so
  assert.deepEqual(brief('Mərkəzi Bank "Atlas Sığorta"nı cərimələyib.'), ["COERCE:Mərkəzi Bank|Atlas Sığorta:2025-06-05"]);
});

test("a lead told undated, its verb again in the next sentence with the date: one act, on that date", () => {
  assert.deepEqual(brief("Azərbaycan və Norveç yeni saziş imzalayıb. Sənəd sentyabrın 16-da Osloda imzalanıb.", "2025-09-17"),
    ["SUPPORT:Azərbaycan|Norveç:2025-09-16"]);
  const signed = events("Azərbaycan və Səudiyyə Ərəbistanı anlaşma memorandumu imzalayıb. Sənəd dekabrın 9-da Ər-Riyadda energetika " +
    "naziri Pərviz Şahbazov və Səudiyyə Ərəbistanının energetika naziri Əbdüləziz bin Salman tərəfindən imzalanıb.", "2025-12-10");
  assert.deepEqual(signed.map((e) => `${e.type}:${e.date}`), ["SUPPORT:2025-12-09"]);
  assert.ok(signed[0].actors.includes("Azərbaycan") && signed[0].actors.includes("Pərviz Şahbazov"));
});

test("look-alike: the same words again in the next sentence with a date, or another partner, are another act", () => {
  // (`Bundan əvvəl, mayın 5-də də …`: an earlier act of the same kind)
  assert.equal(events("Azərbaycan Polşa ilə saziş imzalayıb. Bundan əvvəl, mayın 5-də Azərbaycan Polşa ilə saziş imzalayıb.")
    .filter((e) => e.type === "SUPPORT").length, 2);
  // (a new state named in the dated sentence: another signing)
  assert.equal(events("Azərbaycan Polşa ilə saziş imzalayıb. Mayın 5-də Azərbaycan Macarıstanla saziş imzalanıb.")
    .filter((e) => e.type === "SUPPORT").length, 2);
  // (the side acted on in the lead acting now: a strike in return, another act)
  assert.ok(events("ABŞ İranın nüvə obyektlərinə zərbələr endirib. Ertəsi gün İran Qətərdəki bazaya raket zərbəsi endirib.", "2025-06-22")
    .some((e) => e.type === "ASSAULT" && e.actors[0] === "İran" && e.date === "2025-06-23"));
  // (other people signing after people told: another signing)
  assert.equal(events("Vladimir Putin və Si Cinpin saziş imzalayıblar. Mayın 5-də saziş Emmanuel Makron və Olaf Şolts tərəfindən imzalanıb.")
    .filter((e) => e.type === "SUPPORT").length, 2);
});

test("acts of a reception told after a sentence opening with its noun are on the reception's date", () => {
  const ev = events("Prezident İlham Əliyev mayın 13-də Macarıstanın xarici işlər naziri Peter Siyyartonu qəbul edib. Bu barədə " +
    "Prezidentin Mətbuat xidməti məlumat yayıb. Görüşdə enerji sahəsində əməkdaşlığın perspektivləri müzakirə olunub. Nazir Macarıstan " +
    "Baş naziri Viktor Orbanın salamlarını dövlətimizin başçısına çatdırıb. Prezident İlham Əliyev də salamlara görə təşəkkür edib.", "2025-05-14");
  assert.deepEqual(ev.map((e) => `${e.type}:${e.date}`), ["CONSULT:2025-05-13", "SUPPORT:2025-05-13", "SUPPORT:2025-05-13"]);
});

test("look-alike: with no sentence going on with the reception, an act three sentences on keeps no date of it", () => {
  const ev = events("Prezident İlham Əliyev mayın 13-də Macarıstanın xarici işlər naziri Peter Siyyartonu qəbul edib. Bu barədə " +
    "Prezidentin Mətbuat xidməti məlumat yayıb. Ölkədə enerji sahəsində islahatlar davam edir. Prezident İlham Əliyev Viktor Orbana " +
    "təşəkkür edib.", "2025-05-14");
  assert.deepEqual(ev.map((e) => `${e.type}:${e.date}`), ["CONSULT:2025-05-13", "SUPPORT:2025-05-14"]);
});

test("a focus particle between a phrase's noun and its light verb: the phrase is read", () => {
  assert.deepEqual(brief("Türkiyə Yunanıstana xəbərdarlıq da edib."), ["THREATEN:Türkiyə|Yunanıstan:2025-06-05"]);
  assert.deepEqual(brief("Azərbaycan Türkiyəyə yardım da göstərib."), ["AID:Azərbaycan|Türkiyə:2025-06-05"]);
});

test("look-alike: a particle before another word is no bridge to a light verb", () => {
  // (`xəbərdarlıq da, tənbeh də` lists nouns; no light verb follows the particle)
  assert.deepEqual(brief("Türkiyə Yunanıstana xəbərdarlıq da, tənbeh də göndərməyib."), []);
  // (a danger's warning stays none, particle or not)
  assert.deepEqual(brief("Nazirlik daşqın təhlükəsi ilə bağlı xəbərdarlıq da edib."), []);
});

// Entities: the general causes found on a fresh blind set of politics and economy news (e21). Sentences
// invented for these tests; each change has a look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const ents = (text: string) => annotate({ id: "t", text, document_date: "2025-06-10" }).entities;
const find = (text: string, surface: string) => ents(text).find((e) => e.text === surface);
const has = (text: string, surface: string) => ents(text).some((e) => e.text === surface);

test("world places and a foreign given name the tables lacked: a city is no person, a founder no body", () => {
  assert.equal(find("Festival bu il Venesiyada keçiriləcək.", "Venesiyada")?.type, "LOC");
  assert.equal(find("Nümayəndə heyəti Nyu Yorkun mərkəzində görüş keçirib.", "Nyu Yorkun")?.type, "LOC");
  const p = find("Şirkətin sahibi Ceff Morton yeni layihə açıqlayıb.", "Ceff Morton");
  assert.equal(p?.type, "PER");
  // look-alike: an unknown two-word name with no given name stays as it was (no person made up)
  assert.notEqual(find("Bu barədə Delta Qrupun hesabatında deyilir.", "Delta Qrupun")?.type, "PER");
});

test("a quoted firm name in Latin script with a firm's word is one organisation, connectors and dot included", () => {
  const text = "Reytinqdə ikinci yeri “Northern Savings Bank of Lorania” (+12%), üçüncünü isə “Velmora Trading Co.” (+8%) tutub.";
  const a = find(text, "Northern Savings Bank of Lorania");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "Northern Savings Bank of Lorania");
  assert.ok(!has(text, "Lorania"));
  const b = find(text, "Velmora Trading Co.");
  assert.equal(b?.type, "ORG");
  assert.equal(b?.name, "Velmora Trading Co.");
  // look-alike: a quoted title in Latin letters with no firm's word is no organisation made up
  assert.ok(!ents("Kinoteatrda “Winter of Lorania” filmi göstərilib.").some((e) => e.text === "Winter of Lorania" && e.type === "ORG"));
});

test("a quoted firm name written whole is no short form of a longer one", () => {
  const text = "Siyahıda “Western Bank of Lorania” (+5%) və “Bank of Lorania” (+3%) var.";
  assert.equal(find(text, "Bank of Lorania")?.name, "Bank of Lorania");
  assert.equal(find(text, "Western Bank of Lorania")?.name, "Western Bank of Lorania");
});

test("an international body in the genitive written apart owns the body named after it", () => {
  const e = find("Yeni hesabatı BMT-nin Miqrasiya üzrə Agentliyi hazırlayıb.", "BMT-nin Miqrasiya üzrə Agentliyi");
  assert.equal(e?.type, "ORG");
  // at a sentence start the common word before the owner stays outside (as before a country: `ABŞ-ın`)
  assert.equal(find("Hesabatı BMT-nin Miqrasiya üzrə Agentliyi hazırlayıb.", "BMT-nin Miqrasiya üzrə Agentliyi")?.type, "ORG");
  // look-alike: the body alone before a lower-case noun stays itself
  const b = find("Bu barədə BMT-nin bəyanatında deyilir.", "BMT-nin");
  assert.equal(b?.type, "ORG");
});

test("a title with its possessive before a body's acronym stays outside it", () => {
  const text = "Nazir Prezidenti FED rəhbərini tənqiddən çəkindirməyə çalışıb.";
  assert.ok(!has(text, "Prezidenti FED"));
  assert.equal(find(text, "FED")?.type, "ORG");
  // look-alike: a title in the nominative before a head still names the body (`Prezident Administrasiyası`)
  assert.equal(find("Dünən Prezident Administrasiyası açıqlama yayıb.", "Prezident Administrasiyası")?.type, "ORG");
});

test("a named event before a body's head names the body; a conjoined name runs to its head", () => {
  const a = find("İndoneziyanın Həcc və Ümrə Nazirliyi Həcc mövsümü üçün yeni qaydalar açıqlayıb.", "İndoneziyanın Həcc və Ümrə Nazirliyi");
  assert.equal(a?.type, "ORG");
  assert.equal(find("Malayziyanın Həcc Nazirliyi bəyanat yayıb.", "Malayziyanın Həcc Nazirliyi")?.type, "ORG");
  // look-alike: the event before a lower-case head stays the event
  assert.equal(find("Həcc mövsümü iyunda başlayır.", "Həcc")?.type, "MISC");
});

test("a known body in quotes owns the capitalised body after it; before a document's head it is itself", () => {
  const a = find("Bu barədə “OPEC+” Texniki Komitəsinin iclasında bildirilib.", "OPEC+” Texniki Komitəsinin");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "OPEC+ Texniki Komitəsi");
  const b = find("“OPEC+” sazişinə əməl etməyən ölkələr var.", "OPEC+");
  assert.equal(b?.type, "ORG");
  // look-alikes: an unknown name in quotes before a capitalised body's words keeps its span; a quoted
  // name before a gathering's head is the gathering
  assert.equal(find("“Yaşıl Dərə” Turizm Şirkəti açılıb.", "Yaşıl Dərə")?.type, "ORG");
  assert.equal(find("“OPEC+” sammitində qərar qəbul edilib.", "OPEC+")?.type, "MISC");
});

test("a surname after a given name is no two-letter stem with an ending; a known short name still is", () => {
  assert.equal(find("Dünən Marko Zaya bəyanat verib.", "Marko Zaya")?.name, "Marko Zaya");
  assert.equal(find("Nazir Con Smitə zəng edib.", "Con Smitə")?.name, "Con Smit");
});

test("a known name written in another case takes the tables' capitals", () => {
  assert.equal(find("Ağ evin sözçüsü açıqlama verib.", "Ağ evin")?.name, "Ağ Ev");
  // look-alike: as the tables write it, unchanged
  assert.equal(find("Ağ Evin sözçüsü açıqlama verib.", "Ağ Evin")?.name, "Ağ Ev");
});

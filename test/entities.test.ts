// Entity recognition on sentences written for these tests: unseen names found from context.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const ents = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).entities;
const find = (text: string, surface: string, date?: string) => ents(text, date).find((e) => e.text === surface);

test("a title before an unseen name makes a person", () => {
  const e = find("Türkmənistan prezidenti Qurbanqulu Berdiməhəmmədov paytaxtda çıxış edib.", "Qurbanqulu Berdiməhəmmədov");
  assert.equal(e?.type, "PER");
  const k = find("Cənubi Koreyanın Baş naziri Han Deok Su səfərə gəlib.", "Han Deok Su");
  assert.equal(k?.type, "PER");
  const m = find("Rusiya XİN rəhbərinin müavini Mixail Qaluzinlə görüş keçirilib.", "Mixail Qaluzinlə");
  assert.equal(m?.type, "PER");
  assert.equal(m?.name, "Mixail Qaluzin");
});

test("surname endings and given names mark people; the ending is in the span, not the name", () => {
  const e = find("Görüşdə Rəşad Səmədzadəyə mükafat verilib.", "Rəşad Səmədzadəyə");
  assert.equal(e?.type, "PER");
  assert.equal(e?.name, "Rəşad Səmədzadə");
  const f = find("Tədbirdə Aynur Quliyeva çıxış edib.", "Aynur Quliyeva");
  assert.equal(f?.name, "Aynur Quliyeva");
});

test("organisation heads and legal forms make organisations", () => {
  const a = find("Layihəni Sənaye və Texnologiya Nazirliyi hazırlayıb.", "Sənaye və Texnologiya Nazirliyi");
  assert.equal(a?.type, "ORG");
  const b = find("Bu barədə Qafqaz Enerji Şirkətinin hesabatında deyilir.", "Qafqaz Enerji Şirkətinin");
  assert.equal(b?.type, "ORG");
  assert.equal(b?.name, "Qafqaz Enerji Şirkəti");
  const c = find("Müqaviləni Delta Logistika MMC imzalayıb.", "Delta Logistika MMC");
  assert.equal(c?.type, "ORG");
});

test("quoted names take their type and name from the head after them", () => {
  const a = find('Bu gün "Azərenerji" ASC məlumat yayıb.', "Azərenerji");
  assert.equal(a?.type, "ORG");
  assert.equal(a?.name, "Azərenerji ASC");
  const b = find('Nazir "Yaşıl Keçid" forumunda çıxış edib.', "Yaşıl Keçid");
  assert.equal(b?.type, "MISC");
  assert.equal(b?.name, "Yaşıl Keçid forumu");
});

test("a lower-case place head is outside the span; known places are found in any case", () => {
  const a = find("Nümayəndə heyəti Novoçerkassk şəhərində olub.", "Novoçerkassk");
  assert.equal(a?.type, "LOC");
  const b = find("Heyət Tacikistana, oradan da Qırğızıstanın paytaxtına gedib.", "Qırğızıstanın");
  assert.equal(b?.name, "Qırğızıstan");
  assert.equal(b?.type, "LOC");
});

test("sentence-initial capitals and nationality adjectives are not names", () => {
  const e = ents("Azərbaycanlı idmançılar yarışda qalib gəlib. Tədbirə çoxlu qonaq qatılıb.");
  assert.deepEqual(e.map((x) => x.text), []);
});

test("headlines in capitals and text in lower case still find known names", () => {
  const caps = ents("İLHAM ƏLİYEV BAKIDA QONAĞI QARŞILADI");
  assert.deepEqual(caps.map((e) => [e.type, e.name]), [["PER", "İlham Əliyev"], ["LOC", "Bakı"]]);
  const low = ents("ilham əliyev bu gün bakıda rusiya nümayəndə heyətini qəbul edib");
  assert.deepEqual(low.map((e) => [e.type, e.name]), [["PER", "İlham Əliyev"], ["LOC", "Bakı"], ["LOC", "Rusiya"]]);
});

test("country long forms take the short canonical name", () => {
  const e = find("Müqavilə Rusiya Federasiyasının təşəbbüsü ilə imzalanıb.", "Rusiya Federasiyasının");
  assert.equal(e?.type, "LOC");
  assert.equal(e?.name, "Rusiya");
  assert.equal(e?.iso, "RU");
});

test("a known place in an oblique case ends a person's name: `Asif Nadim Çinlə`", () => {
  assert.deepEqual(ents("Müdafiə naziri Asif Nadim Çinlə münasibətləri şərh edib.").map((e) => [e.text, e.type, e.name]),
    [["Asif Nadim", "PER", "Asif Nadim"], ["Çinlə", "LOC", "Çin"]]);
});

test("an ending written apart closes a name, and an unknown acronym names a body, not a person", () => {
  const e = find("Prezident QWX-nun Ali Şurasının iclasında iştirak edib.", "QWX-nun");
  assert.equal(e?.type, "ORG");
  assert.equal(e?.name, "QWX");
});

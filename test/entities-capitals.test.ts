// Words written in capitals for emphasis, as headlines do: common words are no names, a known name in
// capitals is that name, and true acronyms stay as they are. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const ents = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).entities;
const spans = (text: string) => ents(text).map((e) => `${e.text}=${e.type}:${e.name}`);

test("a verb form or an inflected noun in capitals is no name", () => {
  assert.deepEqual(spans("Kənd sakininə HÖKM OXUNDU"), []);
  assert.deepEqual(spans("Anbardan oğurluq edən gənc SAXLANILDI"), []);
  assert.deepEqual(spans("Yeni tarif planının SİYAHISI"), []);
  assert.deepEqual(spans("Valideynlərin NƏZƏRİNƏ: dərslər gec başlayacaq"), []);
});

test("a person before a shouted phrase keeps only their own name", () => {
  assert.deepEqual(spans("Müğənni Samir Qasımlıya CƏZA VERİLDİ"), ["Samir Qasımlıya=PER:Samir Qasımlı"]);
  assert.deepEqual(spans("Gəncədə oğurlanan maşın ƏLƏ KEÇDİ"), ["Gəncədə=LOC:Gəncə"]);
});

test("a bare common word in capitals closing its phrase is no name", () => {
  assert.deepEqual(spans("Şəhər yolunda QƏZA: iki nəfər yaralanıb"), []);
  assert.deepEqual(spans("Nazirlikdən qiymətlərlə bağlı AÇIQLAMA"), []);
  assert.deepEqual(spans("Sürücülərə ŞAD XƏBƏR"), []);
});

test("true acronyms stay acronyms", () => {
  assert.deepEqual(spans("NATO yeni təlimlərə başlayıb"), ["NATO=ORG:NATO"]);
  assert.ok(spans("BMT-nin nümayəndəsi ABŞ-a gedib").includes("BMT-nin=ORG:BMT"));
  assert.ok(spans("KİV: nazir istefa verib").includes("KİV=ORG:KİV"));
  // a short common word in capitals before another word may be an acronym
  assert.ok(spans("AYNA dayanacaqlarla bağlı qurum olacaq").some((s) => s.startsWith("AYNA=")));
  // one with an ending written apart is one
  assert.ok(spans("Sərnişinlər AYNA-dan cavab gözləyir").some((s) => s.startsWith("AYNA-dan=")));
});

test("a known name in capitals is read as that name", () => {
  assert.deepEqual(spans("ƏLİYEV PUTİNLƏ GÖRÜŞDÜ"), ["ƏLİYEV=PER:Əliyev", "PUTİNLƏ=PER:Putin"]);
  const e = ents("Jurnalistlər ƏRDOĞANI dinləyib");
  assert.equal(e.find((x) => x.text === "ƏRDOĞANI")?.name, "Ərdoğan");
  assert.equal(ents("Nümayəndə heyəti BAKIYA gəlib").find((x) => x.text === "BAKIYA")?.name, "Bakı");
});

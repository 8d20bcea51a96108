// Label lines, the headline shape `Speaker: "…"` (sentences invented for these tests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/index.js";

function speakers(text: string): (string | null)[] {
  return annotate({ id: "t", text, document_date: "2025-11-20" }).quotes.map((q) => q.speaker);
}

test("a single capitalised word the morphology does not know is the speaker", () => {
  assert.deepEqual(speakers('Velbrand: "Bu layihə gələn il mütləq başa çatacaq"'), ["Velbrand"]);
});

test("an office the link stage resolves speaks as its holder: a bare `Prezident` in an article naming no other country is the home president", () => {
  assert.deepEqual(speakers('Prezident: "Biz enerji sahəsində əməkdaşlığı genişləndiririk"'), ["İlham Əliyev"]);
  assert.deepEqual(speakers('İlham Əliyev Bakıya qayıdıb. Prezident: "Biz enerji sahəsində əməkdaşlığı genişləndiririk"'), ["İlham Əliyev"]);
  assert.deepEqual(speakers('Azərbaycan Prezidenti: "Biz enerji sahəsində əməkdaşlığı genişləndiririk"'), ["İlham Əliyev"]);
});

test("a common noun or an office no one is known to hold names nobody", () => {
  assert.deepEqual(speakers('Deputat: "Yeni qanun layihəsi tezliklə müzakirə olunacaq"'), [null]);
  assert.deepEqual(speakers('Nazir müavini: "Fondun büdcəsinin yarısı xərclənib"'), [null]);
});

test("a run of capitalised words is the speaker as written, given name kept", () => {
  assert.deepEqual(speakers('Sahil Qaraxanov: "Yeni qanun layihəsi tezliklə müzakirə olunacaq"'), ["Sahil Qaraxanov"]);
  assert.deepEqual(speakers('Şimali Dağ Xronikası: "Köhnə kəndlərin adları bərpa olunacaq"'), ["Şimali Dağ Xronikası"]);
});

test("titles before a person's name are not part of it", () => {
  assert.deepEqual(speakers('Akademik Tahir Qasımov: "Bu kəşf elm üçün çox vacibdir"'), ["Tahir Qasımov"]);
});

test("a person named last before the colon, after words that describe them, is the speaker", () => {
  assert.deepEqual(speakers('Xüsusi təyinatlı Kamran Vəliyev: "Biz o gecə postu tərk etmədik"'), ["Kamran Vəliyev"]);
  assert.deepEqual(speakers('Müharibə veteranı Rauf Səmədov: "Kəndimizə yol çəkilməlidir"'), ["Rauf Səmədov"]);
  // (the words described with no name after them still name nobody)
  assert.deepEqual(speakers('Kənd sakinləri: "Kəndimizə yol çəkilməlidir"'), [null]);
});

test("a quoted name before the colon is the speaker", () => {
  assert.deepEqual(speakers('"Delta Xəbər": "Sərhəddə yeni keçid məntəqəsi açılacaq"'), ["Delta Xəbər"]);
});

test("an office with its country or owner gives the country or the owner", () => {
  assert.deepEqual(speakers('Macarıstan Prezidenti: "Biz enerji sahəsində əməkdaşlığı genişləndiririk"'), ["Macarıstan"]);
  assert.deepEqual(speakers('Norveç XİN: "Biz hücumu qətiyyətlə pisləyirik"'), ["Norveç"]);
  assert.deepEqual(speakers('İsveçli nazir: "Biz hücumu qətiyyətlə pisləyirik"'), ["İsveç"]);
  assert.deepEqual(speakers('Qaraxanovun müşaviri: "Nazir istefa verməyəcək"'), ["Qaraxanov"]);
});

test("a name in the ablative opening a verbless label speaks", () => {
  assert.deepEqual(speakers('Velbranddan Brüsselə sərt cavab: "Miqrasiya paktı qəbul edilməyəcək"'), ["Velbrand"]);
});

test("a quoted name after a label, with words after it, is no quotation", () => {
  assert.deepEqual(speakers('Kubok oyunu: "Neftçi" finala yüksəldi'), []);
});

test("a clause with a finite verb is no label: a headline's quotation after it has no speaker", () => {
  assert.deepEqual(speakers('Yeni qanun qəbul edildi: "Biz hücumu qətiyyətlə pisləyirik"'), [null]);
});

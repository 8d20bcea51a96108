import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { annotate } from "../src/index.js";
import { annotate as annotateDoc } from "../src/pipeline.js";
import { BoundedMap } from "../src/text/bounded.js";
import { parseTextDocument } from "../src/ingest/sources.js";

const SAMPLE = new URL("./fixtures/000_0a529d22fd31e90c.txt", import.meta.url);

function words(text: string) {
  const d = annotate({ id: "t", text });
  return d.tokens.map((t) => d.text.slice(t.start, t.end));
}

test("tokens keep inner hyphens, number endings, initials and dotted abbreviations", () => {
  assert.deepEqual(words("iki-üç hüquq-mühafizə Asiya-Rusiya"), ["iki-üç", "hüquq-mühafizə", "Asiya-Rusiya"]);
  assert.deepEqual(words("oktyabrın 9-da, 1952-ci il, 30-dan çox, 10-a yaxın"), ["oktyabrın", "9-da", ",", "1952-ci", "il", ",", "30-dan", "çox", ",", "10-a", "yaxın"]);
  assert.deepEqual(words("V.Putin və İ.Əliyev"), ["V.Putin", "və", "İ.Əliyev"]);
  assert.deepEqual(words("V. Putin gəldi"), ["V.", "Putin", "gəldi"]);
  assert.deepEqual(words("b.e.ə. 300-cü il, kitablar və s. var"), ["b.e.ə.", "300-cü", "il", ",", "kitablar", "və s.", "var"]);
  assert.deepEqual(words("1,5 milyon manat, $1 trilyon, 12,5%"), ["1,5", "milyon", "manat", ",", "$", "1", "trilyon", ",", "12,5", "%"]);
  assert.deepEqual(words("09.10.2025 saat 15:00-da"), ["09.10.2025", "saat", "15:00-da"]);
  assert.deepEqual(words("bax https://banker.az/x?y=1. və info@banker.az"), ["bax", "https://banker.az/x?y=1", ".", "və", "info@banker.az"]);
});

test("a web address written bare is one token, not a word, a full stop and a word", () => {
  const d = annotateDoc({ id: "t", text: "Xəbər.az saytı yazır ki, Nazir Bakıya gəldi.Sonra getdi." });
  assert.deepEqual(d.tokens.slice(0, 3).map((t) => [t.norm, t.kind]), [["Xəbər.az", "url"], ["saytı", "word"], ["yazır", "word"]]);
  assert.deepEqual(annotateDoc({ id: "t", text: "Xəbər.az-a deyib" }).tokens.map((t) => t.norm), ["Xəbər.az-a", "deyib"]);
  // a sentence run on without a space is not an address: the domain must be lower case and known
  assert.ok(d.tokens.some((t) => t.norm === "Sonra" && t.kind === "word"));
});

test("a name in capitals keeps a plus written onto it; a sum does not", () => {
  assert.deepEqual(words("OPEC+ ölkələri və OPEC+-ın qərarı"), ["OPEC+", "ölkələri", "və", "OPEC+-ın", "qərarı"]);
  assert.deepEqual(words("5+2 və Ab+c"), ["5", "+", "2", "və", "Ab", "+", "c"]);
  const d = annotate({ id: "t", text: "OPEC+ ölkələri hasilatı artırmağa razılaşıb." });
  assert.deepEqual(d.entities.map((e) => e.name), ["OPEC+"]);
});

test("sentences do not split after initials or abbreviations; headings stand alone", () => {
  const text = "V. Putin gəldi. İ.Əliyev də qatılacaq. Bu, b.e.ə. dövrdə idi. Kitablar, qəzetlər və s. Bitdi.\n7 oktyabr\nXatırlatma\nSon söz.";
  const d = annotate({ id: "t", text });
  const sents = d.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ["V. Putin gəldi.", "İ.Əliyev də qatılacaq.", "Bu, b.e.ə. dövrdə idi.", "Kitablar, qəzetlər və s.", "Bitdi.", "7 oktyabr", "Xatırlatma", "Son söz."]);
});

test("a stop written against a capitalised word ends a sentence; names, addresses and numbers stay whole", () => {
  const sents = (text: string) => annotateDoc({ id: "t", text }).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents("Nazir dünən Gəncəyə gəlib.Sonra o, zavodu gəzib."), ["Nazir dünən Gəncəyə gəlib.", "Sonra o, zavodu gəzib."]);
  assert.deepEqual(sents("Qonaqlar gəldimi?Bəli, gəldilər."), ["Qonaqlar gəldimi?", "Bəli, gəldilər."]);
  // an initial, a web address, a mixed-case brand and a decimal are not sentence ends
  assert.deepEqual(sents("Bunu R.Məmmədov deyib."), ["Bunu R.Məmmədov deyib."]);
  assert.deepEqual(sents("Xəbəri Yenixəbər.az yayıb."), ["Xəbəri Yenixəbər.az yayıb."]);
  assert.deepEqual(sents("Sayt BizimSayt.Az adlanır."), ["Sayt BizimSayt.Az adlanır."]);
  assert.deepEqual(sents("Artım 2.5 faiz olub."), ["Artım 2.5 faiz olub."]);
});

test("bullets open a new sentence; an arrow or an ellipsis after a stop does too", () => {
  const sents = (text: string) => annotateDoc({ id: "t", text }).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents("Qiymətlər belədir: • çörək 1 manat; • süd 2 manat."), ["Qiymətlər belədir:", "• çörək 1 manat;", "• süd 2 manat."]);
  assert.deepEqual(sents("Toplantı bitib. → Sabah yenə yığışacaqlar."), ["Toplantı bitib.", "→ Sabah yenə yığışacaqlar."]);
  assert.deepEqual(sents("Tarif 10% → 15% oldu."), ["Tarif 10% → 15% oldu."], "an arrow between values is no break");
  assert.deepEqual(sents("Hamı razı idi. 📌 Ətraflı sayta baxın."), ["Hamı razı idi.", "📌 Ətraflı sayta baxın."]);
  assert.deepEqual(sents("Söz verildi. …Onda hamı susdu."), ["Söz verildi.", "…Onda hamı susdu."]);
  const d = annotateDoc({ id: "t", text: "Hamı razı idi 📌Sonra" });
  assert.deepEqual(d.tokens.map((t) => [t.norm, t.kind]).slice(-2), [["📌", "symbol"], ["Sonra", "word"]], "a pictograph is not part of a word");
});

test("a heading is a line without final punctuation; a lead-in with a colon or a list item is not", () => {
  const text = "Yeni qaydalar\nNazir bildirib:\n– birinci bənd;\n• ikinci bənd\nHamısı budur.";
  const d = annotateDoc({ id: "t", text });
  assert.deepEqual(d.sentences.map((s) => [text.slice(s.start, s.end), !!s.heading]), [
    ["Yeni qaydalar", true], ["Nazir bildirib:", false], ["– birinci bənd;", false], ["• ikinci bənd", false], ["Hamısı budur.", false],
  ]);
});

test("closing quotes stay with the sentence they close", () => {
  const text = 'O deyib: "Hər şey yaxşıdır." Sonra getdi.';
  const d = annotate({ id: "t", text });
  assert.deepEqual(d.sentences.map((s) => text.slice(s.start, s.end)), ['O deyib: "Hər şey yaxşıdır."', "Sonra getdi."]);
});

test("normalisation keeps offsets: quotes, schwa variants, zero-width characters, Cyrillic script", () => {
  const text = "«Bakı» şəhәri\u200B və Gäncä";
  const d = annotate({ id: "t", text });
  for (const t of d.tokens) assert.ok(t.end <= text.length && t.start < t.end);
  const w = d.tokens.map((t) => text.slice(t.start, t.end));
  assert.deepEqual(w, ["«", "Bakı", "»", "şəhәri", "və", "Gäncä"]);
  const cyr = "Бакы шәһәриндә ҝөрүш олду.";
  const c = annotate({ id: "c", text: cyr });
  assert.equal(c.script, "Cyrl");
  assert.deepEqual(c.tokens.map((t) => cyr.slice(t.start, t.end)), ["Бакы", "шәһәриндә", "ҝөрүш", "олду", "."]);
});

test("the sample: date header, body, sentences", () => {
  const raw = readFileSync(SAMPLE, "utf8");
  const input = parseTextDocument(raw, "000_0a529d22fd31e90c", "sample.txt");
  assert.equal(input.document_date, "2025-10-08");
  assert.equal(input.bodyOffset, 17);
  const d = annotate(input);
  assert.ok(d.text.startsWith("Rusiya prezidenti"));
  const cuts = new Set(d.sentences.flatMap((s) => [s.start, s.end]));
  for (const name of ["V.Putin", "İ.Əliyev"]) assert.ok(!cuts.has(d.text.indexOf(name) + 2), name);
  for (const h of ["7 oktyabr", "Xatırlatma"]) assert.ok(cuts.has(d.text.indexOf(h)), h);
  assert.ok(existsSync(SAMPLE));
});

test("a bounded memo empties itself when full, and keeps what it is given after that", () => {
  const m = new BoundedMap<string, number>(2);
  m.set("a", 1).set("b", 2).set("b", 3);
  assert.deepEqual([...m], [["a", 1], ["b", 3]], "replacing a key does not empty it");
  m.set("c", 4);
  assert.deepEqual([...m], [["c", 4]]);
});

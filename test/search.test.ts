// Query parsing and snippets: any typed string becomes a valid FTS5 expression; phrases,
// prefixes and folding behave as documented.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import Database from "better-sqlite3";
import { parseQuery, toMatch } from "../src/search/query.js";
import { makeSnippet } from "../src/search/snippet.js";
import { fold } from "../src/search/analyze.js";
import { gdeltRow, GDELT_COLUMNS, csvLine } from "../src/store/formats.js";

test("folding drops the Azerbaijani letters", () => {
  assert.equal(fold("əliyev bakı şuşa çay dağ göl üzüm"), "aliyev baki susa cay dag gol uzum");
});

test("quotes make phrases, a star a prefix, unbalanced quotes are literal", () => {
  const t = parseQuery('prezident "iqtisadi münasibətlər" münasibət* "görüş (');
  assert.equal(t[0].kind, "word");
  assert.equal(t[1].kind, "phrase");
  assert.deepEqual(t[2], { kind: "word", stem: "münasibət", fold: "munasibat", prefix: true, explicit: true });
  assert.equal(t.length, 4);
  assert.equal(t[3].kind, "word");
  assert.equal(toMatch(parseQuery('"((')), null);
});

test("every string is a valid FTS5 MATCH expression", () => {
  const db = new Database(":memory:");
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(title, body, title_f, body_f, tokenize="unicode61 remove_diacritics 0")`);
  db.prepare("INSERT INTO f VALUES ('a', 'prezident görüşüb', 'a', 'prezident gorusub')").run();
  const q = db.prepare("SELECT count(*) FROM f WHERE f MATCH ?");
  const alphabet = fc.constantFrom(..."aəıiİöüçşğ \"'()*:{}-^+NEARORANDNOT«»“”\\\u0000.,;!?");
  fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 })), (s) => {
    const m = toMatch(parseQuery(s));
    if (m !== null) q.get(m);
  }), { numRuns: 300 });
  db.close();
});

test("snippets mark matched words and centre on them", () => {
  const text = "Birinci cümlə heç nə demir. ".repeat(20) + "Prezident Əliyevlə görüşəcək. Son.";
  const s = makeSnippet(text, [{ fold: "aliyev", prefix: true }, { fold: "gorus", prefix: true }], 120);
  assert.match(s, /\[\[Əliyevlə\]\] \[\[görüşəcək\]\]/);
  assert.ok(s.startsWith("…"));
  assert.equal(makeSnippet("Qısa mətn.", []), "Qısa mətn.");
});

test("snippets find words as WORD splits them, with and without letters that change length", () => {
  const text = "BAKI'nın a-bakı --bakı 'Bakıda bakı'- xbakı Bakı";
  const marked = (t: string) => [...makeSnippet(t, [{ fold: "baki", prefix: true }]).matchAll(/\[\[(.*?)\]\]/g)].map((m) => m[1]);
  // a word joined by an apostrophe or hyphen is one word: "a-bakı" does not start with the term
  assert.deepEqual(marked(text), ["BAKI'nın", "bakı", "Bakıda", "bakı", "Bakı"]);
  // a Greek capital sigma (lower-cased by context) takes the word-by-word path: the same words
  assert.deepEqual(marked(`${text} Σ`), marked(text));
});

test("GDELT rows and CSV cells", () => {
  const row = gdeltRow({ id: 7, type: "AGREE", date: "2025-04-10", actors: ["A B", "C\tD"], actor_iso: ["AZ", null], cameo: "057", score: 6, sources: ["x", "y"], reports: 3, location: "Bakı", source_url: "https://e.az/1", mode: "asserted" }, new Date("2025-05-01T10:00:00Z"))!;
  const cells = row.trimEnd().split("\t");
  assert.equal(cells.length, GDELT_COLUMNS.length);
  const get = (c: (typeof GDELT_COLUMNS)[number]) => cells[GDELT_COLUMNS.indexOf(c)];
  assert.equal(get("SQLDATE"), "20250410");
  assert.equal(get("Actor2Name"), "C D");
  assert.equal(get("EventRootCode"), "05");
  assert.equal(get("QuadClass"), "1");
  assert.equal(get("NumSources"), "2");
  assert.equal(get("NumMentions"), "3");
  assert.equal(gdeltRow({ id: 1, type: "AGREE", date: null, actors: [] }, new Date()), null);
  assert.equal(csvLine(["a,b", 'say "x"', null, ["l"]]), '"a,b","say ""x""",,"[""l""]"\r\n');
});

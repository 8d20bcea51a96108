// The analyzer shared by indexing and querying: the pipeline's own tokenizer and morphology give
// each word its stem, and the language's fold table gives the accent-free form. Query words go
// through exactly the same steps as article words, so inflected forms meet on their stems.
import { annotate } from "../pipeline.js";
import { getLanguage } from "../lang/index.js";
import type { Language } from "../lang/types.js";
import type { Doc, Token } from "../text/doc.js";

/** The language whose analyzer and fold table the search index uses. */
export const SEARCH_LANGUAGE = "az";

const INDEXED = new Set<Token["kind"]>(["word", "number", "abbr", "initial"]);

export interface Term {
  /** Lower-case surface as written. */
  lower: string;
  /** Search stem from the morphology stage. */
  stem: string;
}

let searchLang: Language | undefined;
function lang(): Language {
  return (searchLang ??= getLanguage(SEARCH_LANGUAGE));
}

/** A fold table as a function. Letter by letter with native replaceAll (a regular expression with a
 *  callback per letter was the slow part of snippets on long texts); the same result whenever no
 *  replacement holds a letter the table replaces, else the single-pass form. */
const foldCache = new WeakMap<Record<string, string>, (s: string) => string>();

function folder(table: Record<string, string>): (s: string) => string {
  const pairs = Object.entries(table);
  if (pairs.some(([, v]) => pairs.some(([k]) => v.includes(k)))) {
    const re = new RegExp(`[${Object.keys(table).join("")}]`, "gu");
    return (s) => s.replace(re, (c) => table[c]);
  }
  const test = new RegExp(`[${Object.keys(table).join("")}]`, "u");
  return (s) => {
    if (!test.test(s)) return s;
    for (const [k, v] of pairs) if (s.includes(k)) s = s.replaceAll(k, v);
    return s;
  };
}

/** Folds a lower-case string with the search language's table (ə -> a, ş -> s, ...). */
export function fold(s: string): string {
  const table = lang().search?.fold;
  if (!table) return s;
  let f = foldCache.get(table);
  if (!f) foldCache.set(table, (f = folder(table)));
  return f(s);
}

export function lower(s: string): string {
  return lang().lower(s);
}

/** Stems of an annotated document's words, in order (what the body column indexes). */
export function docTerms(doc: Pick<Doc, "tokens">): Term[] {
  const out: Term[] = [];
  for (const t of doc.tokens) if (INDEXED.has(t.kind)) out.push({ lower: t.lower, stem: t.stem || t.lower });
  return out;
}

/** Runs a short text (a query, a title, a text-only article) through the text layer and morphology. */
export function analyzeText(text: string): Term[] {
  if (!text.trim()) return [];
  return docTerms(annotate({ id: "q", text }, { language: SEARCH_LANGUAGE, until: "morphology" }));
}

export function joinStems(terms: Term[]): string {
  return terms.map((t) => t.stem).join(" ");
}

// PostgreSQL full-text search over the project's own analysis. The lexemes are the stems that
// src/search/analyze.ts gives (the stream SQLite's FTS5 indexes), written straight into a tsvector
// literal — the `simple` configuration's job done in TypeScript — so PostgreSQL's parser never
// re-splits them and both backends agree on every token. Queries come from src/search/query.ts and
// become a tsquery literal with the same meaning as its FTS5 MATCH expression.
import { fold } from "../../search/analyze.js";
import { PREFIX_MIN, type QueryTerm } from "../../search/query.js";

/** What FTS5's unicode61 tokenizer keeps as one token: letters, numbers, private-use characters. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
/** tsvector positions stop at 16383; lexemes longer than this many bytes are refused. */
const MAX_POS = 16383;
const MAX_LEXEME_BYTES = 2000;

export function tokens(s: string): string[] {
  return (s.toLowerCase().match(TOKEN) ?? []).filter((t) => Buffer.byteLength(t) <= MAX_LEXEME_BYTES);
}

function lexeme(t: string): string {
  return `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The tsvector for an article's search terms (space-separated stems of title and body). Token i
 * sits at position 2i+1 as written and 2i+2 folded (ə->a ...), so a phrase of written forms or of
 * folded forms is lexemes two positions apart (`<2>`), never a mix. Weights: A title, B folded
 * title, C body, D folded body. A gap keeps phrases from running from the title into the body.
 */
export function toTsvector(title: string, body: string): string {
  const pos = new Map<string, string[]>();
  const add = (t: string, p: number, w: string) => {
    if (p > MAX_POS) return;
    let l = pos.get(t);
    if (!l) pos.set(t, (l = []));
    if (l.length < 256) l.push(`${p}${w}`);
  };
  let i = 0;
  const column = (text: string, w: string, wf: string) => {
    for (const t of tokens(text)) {
      add(t, 2 * i + 1, w);
      add(fold(t), 2 * i + 2, wf);
      i++;
    }
  };
  column(title, "A", "B");
  i += 4;
  column(body, "C", "D");
  return [...pos].map(([t, ps]) => `${lexeme(t)}:${ps.join(",")}`).join(" ");
}

function phrase(words: string[], prefixLast: boolean): string | null {
  const ts = words.flatMap(tokens);
  if (!ts.length) return null;
  return ts.map((t, i) => lexeme(t) + (prefixLast && i === ts.length - 1 ? ":*" : "")).join(" <2> ");
}

/** ts_rank weights {D, C, B, A}: the FTS5 column weights (title 4, body 2, folded title 2, folded body 1) scaled to 1. */
export const RANK_WEIGHTS = "{0.25, 0.5, 0.5, 1.0}";

/** The tsquery for parsed terms (all required), or null when nothing searchable is left. Mirrors toMatch(). */
export function toTsquery(terms: QueryTerm[]): string | null {
  const parts: string[] = [];
  for (const t of terms) {
    let exact: string | null, folded: string | null;
    if (t.kind === "phrase") {
      exact = phrase(t.stems, false);
      folded = phrase(t.folds, false);
    } else {
      exact = phrase([t.stem], t.prefix && t.stem.length >= PREFIX_MIN);
      folded = phrase([t.fold], t.prefix);
    }
    const alts = [exact, folded].filter((x): x is string => !!x).map((x) => `(${x})`);
    // a term with no token in it matches nothing (as an empty FTS5 phrase does)
    if (!alts.length) return null;
    parts.push(`(${alts.join(" | ")})`);
  }
  return parts.length ? parts.join(" & ") : null;
}

/** ts_rank normalization: divide by 1 + log(document length), so long articles do not win by
 *  length alone (what bm25's length normalisation does in SQLite). */
export const RANK_NORMALIZATION = 1;

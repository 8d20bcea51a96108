// Turns anything a person types into a safe FTS5 MATCH expression. Balanced double quotes make a
// phrase, a trailing * a prefix; every other character (unbalanced quotes, brackets, operators) is
// read literally as punctuation. Every term is emitted quoted, so no input can break the syntax.
import { analyzeText, fold } from "./analyze.js";

export type QueryTerm =
  | { kind: "word"; stem: string; fold: string; prefix: boolean; explicit?: boolean }
  | { kind: "phrase"; stems: string[]; folds: string[] };

/** Words whose folded form is at least this long also match as prefixes in the folded column,
 *  so a word still finds its inflected forms where the stemmer leaves a suffix on. */
export const PREFIX_MIN = 4;

const QUOTES = /["\u201C\u201D\u201E\u00AB\u00BB]/;

function segments(raw: string): { text: string; phrase: boolean }[] {
  const out: { text: string; phrase: boolean }[] = [];
  let buf = "";
  for (let i = 0; i < raw.length; i++) {
    if (QUOTES.test(raw[i])) {
      let j = i + 1;
      while (j < raw.length && !QUOTES.test(raw[j])) j++;
      if (j < raw.length) {
        out.push({ text: buf, phrase: false });
        buf = "";
        out.push({ text: raw.slice(i + 1, j), phrase: true });
        i = j;
        continue;
      }
      buf += " "; // an unbalanced quote is punctuation
      continue;
    }
    buf += raw[i];
  }
  out.push({ text: buf, phrase: false });
  return out.filter((s) => s.text.trim());
}

export function parseQuery(raw: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const seg of segments(raw.slice(0, 1000))) {
    if (seg.phrase) {
      const ts = analyzeText(seg.text);
      if (ts.length === 1) terms.push({ kind: "word", stem: ts[0].stem, fold: fold(ts[0].stem), prefix: false });
      else if (ts.length) terms.push({ kind: "phrase", stems: ts.map((t) => t.stem), folds: ts.map((t) => fold(t.stem)) });
      continue;
    }
    for (const chunk of seg.text.split(/\s+/)) {
      if (!chunk) continue;
      const explicit = /\*\W*$/.test(chunk);
      const ts = analyzeText(chunk.replace(/\*/g, " "));
      ts.forEach((t, i) => {
        // an explicit prefix is what the person typed, not a stem
        if (explicit && i === ts.length - 1) terms.push({ kind: "word", stem: t.lower, fold: fold(t.lower), prefix: true, explicit: true });
        else {
          const f = fold(t.stem);
          terms.push({ kind: "word", stem: t.stem, fold: f, prefix: f.length >= PREFIX_MIN });
        }
      });
    }
  }
  return terms.slice(0, 32);
}

function q(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

const EXACT = "{title body}";
const FOLDED = "{title_f body_f}";

/** The MATCH expression for parsed terms (all required), or null when nothing searchable is left.
 *  `implicitPrefix: false` leaves out the folded-prefix reading of words typed without a star: the
 *  articles it matches are those where every word also occurs in its own form (a subset). */
export function toMatch(terms: QueryTerm[], { implicitPrefix = true } = {}): string | null {
  if (!terms.length) return null;
  return terms
    .map((t) => {
      if (t.kind === "phrase") return `(${EXACT} : ${q(t.stems.join(" "))} OR ${FOLDED} : ${q(t.folds.join(" "))})`;
      const star = t.prefix && (t.explicit || implicitPrefix) ? " *" : "";
      // the stem column matches whole stems unless the person typed a star
      return `(${EXACT} : ${q(t.stem)}${t.explicit ? " *" : ""} OR ${FOLDED} : ${q(t.fold)}${star})`;
    })
    .join(" AND ");
}

/** What the snippet marker looks for: folded forms, and whether a form may be a prefix. */
export function highlightTerms(terms: QueryTerm[]): { fold: string; prefix: boolean }[] {
  const out: { fold: string; prefix: boolean }[] = [];
  for (const t of terms) {
    if (t.kind === "phrase") for (const f of t.folds) out.push({ fold: f, prefix: f.length >= PREFIX_MIN });
    else out.push({ fold: t.fold, prefix: t.prefix });
  }
  return out.filter((t) => t.fold);
}

// Case endings of names: which endings a word may carry, for its canonical (nominative) form.
// Endings come from the language's table with harmony placeholders (A, I), realised here once
// for every stem vowel, so a lookup is a few Map hits on the word's last letters.
import type { Case, EntityTables } from "./tables.js";

export interface Stripped {
  /** Length of the stem (the nominative form is word.slice(0, stemLength)). */
  stemLength: number;
  case: Case;
  /** The ending is one taken after a possessive (`Liqası-nda`): the stem is a possessed noun. */
  afterPoss?: boolean;
}

interface Realised {
  case: Case;
  after: "vowel" | "consonant" | "poss" | "any";
  /** Stem vowels (the last vowel of the stem) this realisation harmonises with. */
  stemVowels: Set<string>;
}

export interface EndingIndex {
  bySuffix: Map<string, Realised[]>;
  maxLength: number;
  vowels: Set<string>;
  /** Vowels that make a possessive ending (ı, i, u, ü). */
  possVowels: Set<string>;
  hyphen: Map<string, Case>;
}

function realise(suffix: string, stemVowel: string, t: EntityTables): string {
  let prev = stemVowel;
  let out = "";
  for (const ch of suffix) {
    let c = ch;
    if (ch === "A") c = t.harmony[prev]?.[0] ?? "a";
    else if (ch === "I") c = t.harmony[prev]?.[1] ?? "i";
    if (t.vowels.includes(c)) prev = c;
    out += c;
  }
  return out;
}

export function buildEndings(t: EntityTables): EndingIndex {
  const bySuffix = new Map<string, Realised[]>();
  let maxLength = 0;
  for (const e of t.caseEndings) {
    const groups = new Map<string, Set<string>>();
    for (const v of Object.keys(t.harmony)) {
      const r = realise(e.suffix, v, t);
      const g = groups.get(r) ?? new Set<string>();
      g.add(v);
      groups.set(r, g);
    }
    for (const [r, stemVowels] of groups) {
      const l = bySuffix.get(r) ?? [];
      l.push({ case: e.case, after: e.after, stemVowels });
      bySuffix.set(r, l);
      maxLength = Math.max(maxLength, r.length);
    }
  }
  const possVowels = new Set(Object.values(t.harmony).map((h) => h[1]));
  return { bySuffix, maxLength, vowels: new Set(t.vowels), possVowels, hyphen: new Map(Object.entries(t.hyphenEndings)) };
}

function lastVowel(s: string, end: number, vowels: Set<string>): string {
  for (let i = end - 1; i >= 0; i--) if (vowels.has(s[i])) return s[i];
  return "";
}

/**
 * The ways a lower-case word can be a stem plus a case ending, longest ending first. The word
 * itself (nominative) is not included. Stems keep at least two letters.
 */
export function stripEndings(lower: string, ix: EndingIndex): Stripped[] {
  const out: Stripped[] = [];
  // an ending after a hyphen or apostrophe (ABŞ-ın, MMC-nin, Bank'ın) needs no harmony check
  const h = Math.max(lower.lastIndexOf("-"), lower.lastIndexOf("'"));
  if (h > 0) {
    const c = ix.hyphen.get(lower.slice(h + 1));
    if (c) out.push({ stemLength: h, case: c });
  }
  const n = lower.length;
  for (let len = Math.min(ix.maxLength, n - 2); len >= 1; len--) {
    const cands = ix.bySuffix.get(lower.slice(n - len));
    if (!cands) continue;
    const stemEnd = n - len;
    const last = lower[stemEnd - 1];
    const stemVowel = lastVowel(lower, stemEnd, ix.vowels);
    if (!stemVowel) continue;
    for (const r of cands) {
      if (!r.stemVowels.has(stemVowel)) continue;
      const isVowel = ix.vowels.has(last);
      if (r.after === "vowel" && !isVowel) continue;
      if (r.after === "consonant" && isVowel) continue;
      if (r.after === "poss" && !ix.possVowels.has(last)) continue;
      out.push(r.after === "poss" ? { stemLength: stemEnd, case: r.case, afterPoss: true } : { stemLength: stemEnd, case: r.case });
      break;
    }
  }
  return out;
}

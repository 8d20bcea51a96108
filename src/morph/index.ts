// The morphology stage: lemma, search stem and grammatical features of every word token.
// Analyses are memoised per surface form, so repeated words cost one Map lookup.
import type { Stage } from "../pipeline.js";
import type { Analysis, Token } from "../text/doc.js";
import type { Language } from "../lang/types.js";
import { compile, type Compiled, type Variant } from "./compile.js";
import { bestReading, featuresOf, lemmaOf, suffixOnly } from "./analyse.js";
import { BoundedMap } from "../text/bounded.js";

const MEMO_LIMIT = 200_000;
const memo = new Map<Language, BoundedMap<string, Analysis>>();

/**
 * An analysis with every field present (undefined where the word shows none), in one order: all analyses share
 * one hidden class, so the many rules that read them stay monomorphic.
 */
function shaped(lemma: string, stem: string, pos: Analysis["pos"], f?: Partial<Analysis>, suffixes?: string[]): Analysis {
  return {
    lemma, stem, pos, case: f?.case, plural: f?.plural, poss: f?.poss, tense: f?.tense, negated: f?.negated,
    passive: f?.passive, verbForm: f?.verbForm, suffixes,
  };
}

/**
 * Analyses one word. `norm` keeps its capitalisation (proper names keep theirs in the lemma);
 * `lower` is the same word folded by the language's casing rules. The result is shared between
 * calls: treat it as read-only.
 */
export function analyzeWord(norm: string, lower: string, lang: Language): Analysis {
  if (!lang.morph) return shaped(norm, lower, undefined);
  let m = memo.get(lang);
  if (!m) { m = new BoundedMap(MEMO_LIMIT); memo.set(lang, m); }
  let a = m.get(norm);
  if (!a) m.set(norm, (a = analyse(norm, lower, compile(lang.morph), lang)));
  return a;
}

function analyse(norm: string, lower: string, c: Compiled, lang: Language): Analysis {
  const irr = c.irregular.get(lower);
  if (irr) {
    return shaped(irr.lemma, lang.lower(irr.lemma), irr.pos, irr);
  }
  if (c.closed.has(lower)) return shaped(norm, lower, "OTHER");
  if (!/\p{L}/u.test(norm)) return shaped(norm, lower, /\d/.test(norm) ? "NUM" : "OTHER");
  return splitAtJoiner(norm, lower, c, lang) ?? analyseSimple(norm, lower, c, lang);
}

/** Words with an initial, a hyphen or an apostrophe: analyse the last part, keep the first. */
function splitAtJoiner(norm: string, lower: string, c: Compiled, lang: Language): Analysis | null {
  const j = c.tables.joiners;
  let cut = -1;
  for (let i = norm.length - 2; i > 0; i--) {
    const ch = norm[i];
    if (j.initial.includes(ch) || j.hyphen.includes(ch) || j.apostrophe.includes(ch)) { cut = i; break; }
  }
  if (cut < 0 || lower.length !== norm.length) return null;
  const head = norm.slice(0, cut);
  const tail = lower.slice(cut + 1);
  const sep = norm[cut];
  // a case ending written apart from a number, an acronym or a name: 9-da, ABŞ-ın, Bakı'ya
  const detached = !j.initial.includes(sep) && (j.apostrophe.includes(sep) || isOpaque(head, lang));
  if (detached) {
    const chain = suffixOnly(tail, c);
    if (chain) {
      const pos = /^\d/.test(head) ? "NUM" : "PROPN";
      return shaped(head, lang.lower(head), pos, featuresOf(chain), chain.map((v) => v.surface));
    }
  }
  if (!/\p{L}/u.test(tail)) return null;
  const sub = analyzeWord(norm.slice(cut + 1), tail, lang);
  const prefix = norm.slice(0, cut + 1);
  return shaped(prefix + sub.lemma, lang.lower(prefix) + sub.stem, sub.pos, sub, sub.suffixes);
}

/** A host whose pronunciation the spelling does not show: digits or an upper-case acronym. */
function isOpaque(head: string, lang: Language): boolean {
  return /^[\d.,:]+$/.test(head) || (head.length > 1 && head === lang.upper(head));
}

/** Letters from which a word in capitals throughout may be a shouted common word rather than an acronym. */
const SHOUTED_MIN = 4;

function analyseSimple(norm: string, lower: string, c: Compiled, lang: Language): Analysis {
  const capitalised = norm[0] !== lower[0];
  if (capitalised && norm.length > 1 && norm === lang.upper(norm)) {
    // a word of four letters or more written in capitals for emphasis, as headlines do (`HÖKM OXUNDU`,
    // `SAXLANILDI`), is the common word the lexicon knows in lower case, with its endings; an acronym
    // (`NATO`, `ABŞ`) or a shorter word stays a name
    if (norm.length >= SHOUTED_MIN) {
      const low = bestReading(lower, c, false);
      if (low.known) return analyseSimple(lower, lower, c, lang);
    }
    return shaped(norm, lower, "PROPN"); // acronym
  }
  const r = bestReading(lower, c, capitalised);
  const root = lemmaOf(r);
  const lemma = restoreCase(norm, lower, root, lang);
  return shaped(lemma, root, posOf(r, root, c, capitalised), featuresOf(r.chain),
    r.chain.length ? r.chain.map((v: Variant) => v.surface) : undefined);
}

/**
 * The part of speech: the root's, changed by the derivational morphemes after it. A word made from
 * a verb stem stays a VERB through participles and verbal nouns; a verb made from a noun
 * (imza-la-yıb) is a VERB once inflected; a morpheme may name the part of speech it makes (an adjective in -lI).
 */
function posOf(r: ReturnType<typeof bestReading>, lemma: string, c: Compiled, capitalised: boolean): Analysis["pos"] {
  let pos: Analysis["pos"];
  if (r.cls === "V") pos = "VERB";
  else if (c.known.propn.has(r.root) || (capitalised && !c.known.N.has(r.root))) pos = "PROPN";
  else if (c.known.adj.has(r.root)) pos = "ADJ";
  else pos = "NOUN";
  r.chain.forEach((v, i) => {
    const d = v.m.def;
    if (d.pos) pos = d.pos;
    // a bare derived stem (Rus-lan, a name) would be an imperative: a verb only when inflected
    else if (d.actsAs === "V" && i < r.chain.length - 1) pos = "VERB";
  });
  // a capitalised derived adjective the lexicon does not list is more often a surname (Səfərli)
  if (capitalised && pos === "ADJ" && !c.known.adj.has(lemma) && !c.known.N.has(lemma)) pos = "PROPN";
  return pos;
}

/** The root spelt with the word's own capitalisation (the root may end in an altered letter). */
function restoreCase(norm: string, lower: string, root: string, lang: Language): string {
  if (norm === lower) return root;
  if (norm.length !== lower.length) return norm[0] === lower[0] ? root : lang.upper(root[0]) + root.slice(1);
  let p = 0;
  while (p < root.length && root[p] === lower[p]) p++;
  return norm.slice(0, p) + root.slice(p);
}

export function lemmatizeToken(t: Token, lang: Language): void {
  if (t.kind !== "word" && t.kind !== "number" && t.kind !== "abbr" && t.kind !== "initial") return;
  // acronyms (ABŞ, BMT) name things; dotted abbreviations (b.e.ə., və s.) do not inflect
  const a: Analysis = t.kind === "abbr"
    ? shaped(t.norm, t.lower, /[.\s]/.test(t.norm) ? "OTHER" : "PROPN")
    : analyzeWord(t.norm, t.lower, lang);
  t.analysis = a;
  t.lemma = a.lemma;
  t.stem = a.stem;
}

/** A word in capitals throughout, read as the common word the lexicon knows in lower case (`HÖKM`, `OXUNDU`). */
function shouted(t: Token, lang: Language): boolean {
  return t.kind === "word" && t.norm.length >= SHOUTED_MIN && t.norm !== t.lower && t.norm === lang.upper(t.norm) &&
    t.analysis?.pos !== "PROPN";
}

/**
 * A short word in capitals is an acronym (`ABŞ`, `BMT`) unless it stands beside a shouted common word: then the
 * headline shouts a phrase (`ƏLƏ KEÇDİ`, `EVİ QARƏT OLUNDU`) and the word is the common word it spells, where the
 * lexicon knows one.
 */
function readShoutedPhrases(tokens: Token[], lang: Language): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word" || t.norm.length >= SHOUTED_MIN || t.norm.length < 2 || t.analysis?.pos !== "PROPN") continue;
    if (t.norm !== lang.upper(t.norm) || t.norm === t.lower) continue;
    if (!((i > 0 && shouted(tokens[i - 1], lang)) || (i + 1 < tokens.length && shouted(tokens[i + 1], lang)))) continue;
    if (!lang.morph || !bestReading(t.lower, compile(lang.morph), false).known) continue;
    const a = analyzeWord(t.lower, t.lower, lang);
    t.analysis = a;
    t.lemma = a.lemma;
    t.stem = a.stem;
  }
}

export const morphologyStage: Stage = {
  name: "morphology",
  run(doc, lang) {
    for (const t of doc.tokens) lemmatizeToken(t, lang);
    readShoutedPhrases(doc.tokens, lang);
  },
};

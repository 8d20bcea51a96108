// Reads word forms from suffix tables: does a stem plus a chain of suffixes make this word, which
// case does a nominal ending mark, which tense/mood does a verb ending carry. It is the fallback
// for tokens the morphology stage left without an analysis, and it works on lower-case surfaces.
import type { Token } from "../../text/doc.js";
import type { Case, SuffixTables } from "./tables.js";

/** A verb form with a possessive and no case: an object participle (`etdiyi`) or a verbal noun (`etməsi`)
 *  naming an act as a clause of its own, as the morphology read it. */
export function possessedVerbForm(tk: Token | undefined, form: "part" | "vnoun"): boolean {
  const a = tk?.analysis;
  return a?.pos === "VERB" && a.verbForm === form && a.poss !== undefined && a.case === undefined;
}

export interface VerbFeatures {
  future: boolean;
  necessitative: boolean;
  conditional: boolean;
  negated: boolean;
  passive: boolean;
  infinitive: boolean;
}

const readers = new WeakMap<SuffixTables, FormReader>();

/** Lists shorter than this are read whole. */
const STEM_INDEX_MIN = 8;
const NO_STEMS: readonly string[] = [];
/** A list is indexed once asked for this often (a list made for one call is read whole). */
const STEM_INDEX_ASKED = 4;

interface StemIndex { length: number; asked: number; index?: Map<number, string[]> | null }

export class FormReader {
  /** One reader per table set (building the suffix sets costs more than reading a document). */
  static for(t: SuffixTables): FormReader {
    let r = readers.get(t);
    if (!r) readers.set(t, (r = new FormReader(t)));
    return r;
  }

  private readonly verb: Set<string>;
  private readonly noun: Set<string>;
  private readonly maxMorph: number;
  /** Spellings per stem: stems come from the tables and are asked for on every word read. */
  private readonly spellings = new Map<string, string[]>();

  constructor(private readonly t: SuffixTables) {
    this.verb = new Set(t.verb);
    this.noun = new Set(t.noun);
    this.maxMorph = Math.max(...t.verb.map((s) => s.length), ...t.noun.map((s) => s.length));
  }

  /** Spellings of a stem before a vowel ending (narazılıq -> narazılığ, et -> ed). */
  variants(stem: string): readonly string[] {
    let out = this.spellings.get(stem);
    if (out) return out;
    out = [stem];
    for (const [from, to] of this.t.alternations) {
      if (stem.endsWith(from)) out.push(stem.slice(0, -from.length) + to);
    }
    this.spellings.set(stem, out);
    return out;
  }

  /** Stem lists by their first letters, for the lists asked of more than once (the tables' own). */
  private readonly byFirst = new WeakMap<readonly string[], StemIndex>();

  /** The stems of `stems`, in their order, that `lower` can start with a spelling of: those whose spellings begin with
   *  its first letter (every spelling of a stem is a prefix the word must start with). A list of few stems, or met the
   *  first few times (a list made for one call), is given whole. */
  stemsFor(stems: readonly string[], lower: string): readonly string[] {
    if (stems.length < STEM_INDEX_MIN) return stems;
    let e = this.byFirst.get(stems);
    if (!e || e.length !== stems.length) this.byFirst.set(stems, (e = { length: stems.length, asked: 0 }));
    if (e.index === undefined) {
      if (++e.asked < STEM_INDEX_ASKED) return stems;
      e.index = this.indexFirst(stems);
    }
    if (e.index === null) return stems;
    return e.index.get(lower.charCodeAt(0)) ?? NO_STEMS;
  }

  private indexFirst(stems: readonly string[]): Map<number, string[]> | null {
    const index = new Map<number, string[]>();
    for (const s of stems) {
      const firsts = new Set<number>();
      for (const v of this.variants(s)) {
        if (v.length === 0) return null; // (an empty spelling starts every word)
        firsts.add(v.charCodeAt(0));
      }
      for (const c of firsts) {
        const l = index.get(c);
        if (l) l.push(s); else index.set(c, [s]);
      }
    }
    return index;
  }

  /** True when `rest` splits wholly into suffixes of the kind (the empty ending included). */
  isChain(rest: string, kind: "verb" | "noun"): boolean {
    if (rest.length === 0) return true;
    const set = kind === "verb" ? this.verb : this.noun;
    const ok = new Uint8Array(rest.length + 1);
    ok[0] = 1;
    for (let i = 0; i < rest.length; i++) {
      if (!ok[i]) continue;
      for (let l = 1; l <= this.maxMorph && i + l <= rest.length; l++) {
        if (set.has(rest.slice(i, i + l))) ok[i + l] = 1;
      }
    }
    return ok[rest.length] === 1;
  }

  /** The ending after `stem` (or a variant) when `lower` is a form of it, else null. */
  restAfter(lower: string, stem: string, kind: "verb" | "noun" | "both"): string | null {
    for (const v of this.variants(stem)) {
      if (!lower.startsWith(v)) continue;
      const rest = lower.slice(v.length);
      if (kind !== "noun" && this.isChain(rest, "verb")) return rest;
      if (kind !== "verb" && this.isChain(rest, "noun")) return rest;
    }
    return null;
  }

  /** The case a word that is only a case ending shows (`i` of `"X"i`, `-nın`), else undefined. */
  caseOfEnding(tok: Token): Case | undefined {
    const rest = tok.lower.replace(/^-/, "");
    return this.t.cases.find(([end]) => end === rest)?.[1];
  }

  /** Case marked at the end of a word: of the ending after a known stem, or of a safe ending alone. */
  caseOf(tok: Token, stem?: string): Case {
    if (tok.analysis?.case) return tok.analysis.case;
    const lower = tok.lower;
    if (stem && lower.startsWith(stem)) {
      const rest = lower.slice(stem.length);
      if (!rest) return "nom";
      for (const [end, c] of this.t.cases) if (rest.endsWith(end)) return c;
      return "nom";
    }
    if (tok.kind === "number") {
      // 9-da, 10-a: the ending after the hyphen
      const i = lower.lastIndexOf("-");
      if (i >= 0) {
        const rest = lower.slice(i + 1);
        for (const [end, c] of this.t.cases) if (rest === end || rest.endsWith(end)) return c;
      }
      return "nom";
    }
    for (const [end, c] of this.t.safeCases) if (lower.length > end.length + 2 && lower.endsWith(end)) return c;
    return "nom";
  }

  /** Tense, mood, voice and polarity of a verb form whose ending after the stem is `rest`. */
  verbFeatures(tok: Token, rest: string | null): VerbFeatures {
    const a = tok.analysis;
    const f: VerbFeatures = {
      future: a?.tense === "fut", necessitative: a?.tense === "nec", conditional: a?.tense === "cond",
      negated: a?.negated === true, passive: a?.passive === true, infinitive: a?.verbForm === "inf",
    };
    // (a noun the morphology read with no ending at all carries no verb ending: letters of its stem that spell a marker,
    // `əMƏLİyyat`, mark nothing, as a headline's noun whose verb is dropped, `X-dən əməliyyat: …`, is read)
    const bareNoun = rest === null && a?.pos === "NOUN" && a.tense === undefined && !a.suffixes?.length;
    const s = bareNoun ? "" : rest ?? tok.lower;
    if (s && this.t.future.some((x) => s.includes(x))) f.future = true;
    if (s && this.t.necessitative.some((x) => s.includes(x))) f.necessitative = true;
    if (rest !== null) {
      let r = rest;
      for (const p of this.t.passive) {
        if (r.startsWith(p) && r.length > p.length) { f.passive = true; r = r.slice(p.length); break; }
      }
      if (this.t.negative.some((x) => r.startsWith(x))) f.negated = true;
      if (this.t.infinitive.some((x) => r === x)) f.infinitive = true;
      if (this.t.conditional.some((x) => r.endsWith(x))) f.conditional = true;
    }
    return f;
  }

  /** A necessitative verb form (`etməlidir`): from the analysis, else a marker followed by verb endings. */
  isNecessitative(tok: Token): boolean {
    const a = tok.analysis;
    if (a) return a.pos === "VERB" && a.tense === "nec";
    for (const m of this.t.necessitative) {
      const k = tok.lower.lastIndexOf(m);
      if (k > 0 && this.isChain(tok.lower.slice(k + m.length), "verb")) return true;
    }
    return false;
  }

  /** A finite verb or converb: a comma after it closes a clause. */
  endsClause(tok: Token): boolean {
    const a = tok.analysis;
    if (a?.pos === "VERB") return a.verbForm === "fin" || a.verbForm === "conv" || a.verbForm === undefined;
    if (tok.kind !== "word" || tok.lower.length < 4) return false;
    // a noun the morphology read with a possessive (`vəliəhdi` the crown prince) only looks like a past verb
    if (a?.pos === "NOUN" && a.poss !== undefined && a.case === undefined && !a.suffixes?.some((x) => this.t.clauseFinal.includes(x))) return false;
    // (and so does an adjective the lexicon knows, bare, in a list of them: `ticarət-iqtisadi, elmi-texniki … əməkdaşlıq`)
    if (a?.pos === "ADJ" && !a.suffixes?.length && a.stem === tok.lower) return false;
    return this.t.clauseFinal.some((e) => tok.lower.endsWith(e));
  }
}

// Who is mentioned where: entities, role phrases and pronouns as one list of token spans with a
// canonical name and a grammatical case. Entities inside a role phrase give way to it; a pronoun no
// link resolves falls back to the person last in focus. Shared by the events and quotes stages.
import type { Doc, EntityType, Token } from "../../text/doc.js";
import type { Case } from "./tables.js";
import type { FormReader } from "./forms.js";
import { countBefore } from "../../text/ordered.js";
import { isQuote } from "../entities/words.js";

export interface Mention {
  name: string;
  type: EntityType;
  kind: "entity" | "role" | "pronoun";
  tokStart: number;
  tokEnd: number;
  case: Case;
  iso?: string;
  /** One of two names joined by a hyphen in one word (`X-Y münasibətləri`): the two sides of it. */
  pair?: boolean;
  /** A nationality word with the person or group noun it qualifies (`rus qoşunları`): its state, no entity. */
  nationality?: boolean;
  /** That noun is one of a state's forces (`rus qoşunları`): the state acts through it. */
  force?: boolean;
}

/** Reads nationality words: the state a lower-case word of nationality names (`rus`, `gürcüstanlı`), and whether it
 *  is a demonym, which may stand alone as a noun (`azərbaycanlılar`); the person and group nouns it qualifies. */
export interface NationalityReader {
  state(lowerWord: string): { name: string; iso?: string; demonym: boolean } | undefined;
  /** Head phrases, each as lower-case words, the longest first. */
  heads: string[][];
  /** Of `heads`, those of a state's forces. */
  forces: ReadonlySet<string[]>;
}

/** A known name spelt by lower-case words, the last one perhaps with a case ending: its canonical name,
 *  type and the case the ending shows. */
export type KnownReader = (words: string[]) => { name: string; type: EntityType; iso?: string; case: Case; side: boolean; surname?: boolean } | null;

/** Index of the token that holds UTF-16 offset `pos` (the first token starting at or after it). */
export function tokenAt(tokens: Token[], pos: number): number {
  return countBefore(tokens, (t) => t.end <= pos);
}

export function tokenSpan(doc: Doc, x: { start: number; end: number; tokStart?: number; tokEnd?: number }): [number, number] {
  if (x.tokStart !== undefined && x.tokEnd !== undefined) return [x.tokStart, x.tokEnd];
  const s = tokenAt(doc.tokens, x.start);
  let e = s;
  while (e < doc.tokens.length && doc.tokens[e].start < x.end) e++;
  return [s, Math.max(e, s + 1)];
}

/** Mentions of the document in text order. */
export function collectMentions(
  doc: Doc, forms: FormReader, pronouns: Map<string, Case>, lower: (s: string) => string,
  postpositions: Map<string, Case> = new Map(), bodyNouns: string[] = [], coordinators: string[] = [], known?: KnownReader,
  national?: NationalityReader, bodyHeadsAlike: Readonly<Record<string, readonly string[]>> = {},
): Mention[] {
  const typeOf = new Map<string, EntityType>();
  for (const e of doc.entities) if (!typeOf.has(e.name)) typeOf.set(e.name, e.type);
  const out: Mention[] = [];
  const links = doc.links ?? [];
  const covered = new Uint8Array(doc.tokens.length);
  // a role read over the first words of a longer name is no role: `X-da Prezident Administrasiyasının`
  // is the administration, not the president (the name wins, and the words before it are read again)
  const nameEnd = new Int32Array(doc.tokens.length);
  for (const en of doc.entities) {
    if (en.type === "MISC") continue;
    const [s, e] = tokenSpan(doc, en);
    if (e > nameEnd[s]) nameEnd[s] = e;
  }
  for (const l of links) {
    const [s, e] = tokenSpan(doc, l);
    if (l.kind === "role" && overrun(nameEnd, s, e)) continue;
    for (let i = s; i < e; i++) covered[i] = 1;
    const last = doc.tokens[e - 1];
    const c = l.case ?? (l.kind === "pronoun" ? pronouns.get(last.lower) : undefined) ?? forms.caseOf(last);
    out.push({ name: l.name, type: typeOf.get(l.name) ?? "PER", kind: l.kind, tokStart: s, tokEnd: e, case: c });
  }
  // (an abbreviation that is a name of its own is no legal form: `"Bloomberg" DHS-nin bəyanatına istinadən`)
  const startsName = new Set(doc.entities.map((en) => tokenSpan(doc, en)[0]));
  for (const en of doc.entities) {
    if (en.type === "MISC") continue;
    const [s, e] = tokenSpan(doc, en);
    if (covered[s]) continue;
    for (let i = s; i < e; i++) covered[i] = 1;
    const last = doc.tokens[e - 1];
    const words = en.name.split(" ");
    const base = e - s === words.length ? lower(words[words.length - 1]) : undefined;
    // (written as its canonical, nominative name, a word is in no case, whatever its ending seems: `Zeynalova`)
    // (a quoted name's case ending is written after its closing mark, `"X"i`, `"X"nın`: the name is in that case)
    const mark = doc.tokens[e], ending = doc.tokens[e + 1];
    const quotedCase = mark && ending && isQuote(mark) && mark.start === last.end
      && ending.kind === "word" && ending.start === mark.end ? forms.caseOfEnding(ending) : undefined;
    // (so is one whose ending a legal form after the mark carries, an abbreviation with its case after a hyphen:
    // `"X" ASC-ni`, `"X" MMC-yə`, `"X" BOKT-nin`; the form is no part of the name)
    const h = ending?.lower.indexOf("-") ?? -1;
    const formCase = !quotedCase && mark && ending && isQuote(mark) && mark.start === last.end && ending.sent === mark.sent &&
      ending.start > mark.end && h >= 2 && !startsName.has(e + 1) && /^\p{Lu}+$/u.test(ending.norm.slice(0, h))
      ? forms.caseOfEnding({ ...ending, lower: ending.lower.slice(h) }) : undefined;
    const c = en.case ?? quotedCase ?? formCase ?? (lower(words[words.length - 1]) === last.lower ? "nom" : forms.caseOf(last, base && last.lower.startsWith(base) ? base : undefined));
    out.push({ name: en.name, type: en.type, kind: "entity", tokStart: s, tokEnd: e, case: c, iso: en.iso });
  }
  if (known) out.push(...innerNames(doc, known, covered));
  out.push(...bodiesNamedAgain(doc, out, covered, bodyHeadsAlike));
  if (national) out.push(...nationalities(doc, forms, national, covered));
  // a bare name takes the case of the word after it that carries it: a postposition (`X ilə` is the
  // comitative of `X-lə`) or a generic body noun (`X hökumətinin` is X in the genitive); so does an
  // owner in the genitive (`Fransanın səfirini` is France in the accusative)
  for (const m of out) {
    const next = doc.tokens[m.tokEnd];
    // (no accusative stands before a postposition: the ending was a possessive, `baş naziri ilə`)
    if (m.case === "acc" && next?.sent === doc.tokens[m.tokStart].sent && postpositions.has(next.lower)) { m.case = postpositions.get(next.lower)!; continue; }
    // (a quoted name goes on past its closing mark with the possessed noun it names, `"X" şirkətini`, `"X" bankı ilə`: the
    // name is in that noun's case)
    // (a bare noun may qualify the possessed noun, a compound: `"X" kredit ittifaqlarına`, `"X" sığorta şirkətini`)
    const quotedNext = m.kind === "entity" && m.case === "nom" && next && isQuote(next) && next.start === doc.tokens[m.tokEnd - 1].end;
    const q1 = quotedNext ? doc.tokens[m.tokEnd + 1] : undefined, q2 = quotedNext ? doc.tokens[m.tokEnd + 2] : undefined;
    const compound = !!q1 && !!q2 && q1.sent === next.sent && q2.sent === next.sent && q1.kind === "word" && q1.norm[0] === q1.lower[0] &&
      q1.analysis?.pos === "NOUN" && q1.analysis.case === undefined && q1.analysis.poss === undefined && q2.analysis?.poss === "3";
    const namedAt = compound ? m.tokEnd + 2 : m.tokEnd + 1;
    const named = quotedNext ? doc.tokens[namedAt] : undefined;
    if (named && named.sent === next.sent && named.kind === "word" && named.start > next.end && named.norm[0] === named.lower[0] &&
      named.analysis?.pos === "NOUN" && named.analysis.poss === "3") {
      const post = doc.tokens[namedAt + 1];
      m.case = named.analysis.case ?? (post?.sent === named.sent ? postpositions.get(post.lower) : undefined) ?? "nom";
      continue;
    }
    if ((m.case !== "nom" && m.case !== "gen") || !next || next.sent !== doc.tokens[m.tokStart].sent || next.kind !== "word") continue;
    const c = m.case === "nom" ? postpositions.get(next.lower) ?? sharedCase(doc.tokens, m.tokEnd, coordinators) : undefined;
    if (c) { m.case = c; continue; }
    // (an adjective may stand before the body noun: `X-in rəsmi şəxsləri`)
    const k = bareAdjective(next) ? m.tokEnd + 1 : m.tokEnd;
    const noun = doc.tokens[k];
    if (!noun || noun.sent !== next.sent) continue;
    // (the word itself, not a noun derived from it: `vətəndaşları` citizens, not `vətəndaşlığı` citizenship)
    const body = m.type !== "PER" ? bodyNouns.find((b) => noun.lower.startsWith(b) && (!noun.analysis || noun.analysis.stem === b)) : undefined;
    // (the morphology tells the possessive `hökuməti`, nominative, from the accusative `hökumətini`)
    if (!body || forms.restAfter(noun.lower, body, "noun") === null) continue;
    // (a noun owned by the name carries its possessive, `X vətəndaşlarına`; one without it is no part of the name's
    // phrase, `X Nazirliyi vətəndaşlara müraciət edib`: the name keeps its own case)
    if (noun.analysis && noun.analysis.pos === "NOUN" && noun.analysis.poss === undefined) continue;
    m.case = noun.analysis ? noun.analysis.case ?? "nom" : forms.caseOf(noun, body);
    // a possessed body noun before a postposition carries its case back to the owner: `X-in nümayəndələri
    // ilə` is a meeting with X
    const post = doc.tokens[k + 1];
    const pc = m.case === "nom" && post && post.sent === next.sent && noun.analysis?.poss !== undefined ? postpositions.get(post.lower) : undefined;
    if (pc) m.case = pc;
  }
  out.sort((a, b) => a.tokStart - b.tokStart);
  mergeBracketedNames(doc, out);
  // a role in apposition to the name after it is one phrase with one case, carried by the name:
  // `XİN rəhbəri Abbas Araqçının` is a genitive, not a subject
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k], next = out[k + 1];
    if (m.kind === "role" && next.kind === "entity" && next.tokStart === m.tokEnd && next.name === m.name) m.case = next.case;
  }
  if (pronouns.size === 0) return out;
  // pronouns no link covers: the person last mentioned before them
  const result: Mention[] = [];
  let j = 0;
  // the person in focus is the last one named as a subject (nominative), else the last one named
  let lastPer: Mention | undefined, lastSubject: Mention | undefined;
  const persons: Mention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    while (j < out.length && out[j].tokStart <= i) {
      const m = out[j];
      if (m.type === "PER") { lastPer = m; persons.push(m); if (m.case === "nom") lastSubject = m; }
      result.push(out[j++]);
    }
    let focus = lastSubject ?? lastPer;
    const t = doc.tokens[i];
    const c = covered[i] ? undefined : pronouns.get(t.lower);
    // (a personal pronoun as the object of its own sentence's subject is someone else, as the reflexive would be the subject:
    // `X-in səfəri zamanı Y onu qəbul edib`, `X-lə danışan Y ona … təklif edib` tell X; the person named before in the sentence)
    if (c && c !== "nom" && c !== "gen" && focus && focus.case === "nom" && doc.tokens[focus.tokStart].sent === t.sent) {
      const subject = focus;
      const other = [...persons].reverse().find((m) => doc.tokens[m.tokStart].sent === t.sent && m.name !== subject.name);
      if (other) focus = other;
    }
    if (c && focus && !(c === "nom" && determinerBefore(doc.tokens, i))) {
      const m: Mention = { name: focus.name, type: "PER", kind: "pronoun", tokStart: i, tokEnd: i + 1, case: c };
      result.push(m);
      if (c === "nom") lastSubject = m;
    }
  }
  while (j < out.length) result.push(out[j++]);
  return result;
}

/** A place's name with another place name in brackets before the noun it qualifies (`Ağdam (Akaku) kəndi istiqamətində`,
 *  `Xankəndi (Stepanakert) şəhərində`): the bracket holds the same place's other name, and the noun after it is the first
 *  name's, so the mention runs over the bracket and the inner one is dropped. */
function mergeBracketedNames(doc: Doc, out: Mention[]): void {
  const toks = doc.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k], inner = out[k + 1], close = inner.tokEnd, after = toks[close + 1];
    if (m.kind !== "entity" || inner.kind !== "entity" || m.type !== "LOC" || inner.type !== "LOC" || toks[m.tokEnd]?.norm !== "(" || inner.tokStart !== m.tokEnd + 1 ||
      toks[close]?.norm !== ")" || !after || after.kind !== "word" || after.sent !== toks[m.tokStart].sent || after.norm[0] !== after.lower[0]) continue;
    // (an abbreviation in brackets, `Çin Xalq Respublikasının (ÇXR) sədri`, is read where it matters, as a body's is)
    if (toks.slice(inner.tokStart, close).every((x) => x.kind !== "word" || x.norm === x.norm.toUpperCase())) continue;
    m.tokEnd = close + 1;
    out.splice(k + 1, 1);
  }
}

/** The nominative pronoun at i is a demonstrative before a common noun in the genitive, the ablative or the locative (`O
 *  vaxtdan bəri …`, `o cümlədən`, `o ölkənin`): "that", no person (the pronoun itself takes those endings: `onun`, `ondan`). */
function determinerBefore(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1], a = next?.analysis;
  return !!a && next.kind === "word" && next.sent === tokens[i].sent && next.norm[0] === next.lower[0] && (a.pos === "NOUN" || a.pos === "ADJ") &&
    (a.case === "gen" || a.case === "abl" || a.case === "loc");
}

/** Cases a bare name takes from a common noun joined to it (`X və müttəfiqlərinə`: to X and its allies). */
const SHARED_CASES = new Set<Case>(["dat", "acc", "abl", "ins"]);

/** The case of a common noun (past one bare adjective) joined by a coordinator at `i` to the bare name
 *  before it, which shares the ending: `X və müttəfiqlərinə`, `X və digər ölkələrə`. */
function sharedCase(tokens: Token[], i: number, coordinators: string[]): Case | undefined {
  const w = tokens[i];
  if (!w || !coordinators.includes(w.lower)) return undefined;
  const k = bareAdjective(tokens[i + 1]) ? i + 2 : i + 1;
  const noun = tokens[k], a = noun?.analysis;
  if (!a || noun.sent !== w.sent || noun.kind !== "word" || noun.norm[0] !== noun.lower[0] || a.pos !== "NOUN") return undefined;
  return a.case && SHARED_CASES.has(a.case) ? a.case : undefined;
}

/** A name read in tokens [s, e) starts inside them and runs past `e`. */
function overrun(nameEnd: Int32Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (nameEnd[i] > e) return true;
  return false;
}

/** An adjective with no ending (`rəsmi`), as stands between an owner and the noun it owns. */
function bareAdjective(tk: Token): boolean {
  const a = tk.analysis;
  return tk.kind === "word" && a?.pos === "ADJ" && a.case === undefined && a.poss === undefined;
}

/** The name of a person the article names in full whose last word is `surname` (`Vladimir Putin` for `Putin` in
 *  `Putin-Cinpin danışıqları`), so a surname in a pair is the same side as the full name; else the surname. */
function fullerPerson(doc: Doc, surname: string): string {
  let best = surname;
  for (const en of doc.entities) if (en.type === "PER" && en.name.length > best.length && en.name.endsWith(" " + surname)) best = en.name;
  return best;
}

/** Names the entity stage read as no name of their own: two known names joined by a hyphen in one word
 *  (`X-Y danışıqları`, `X-Yın sərhədi`: both sides, in the case of the last), and a known owner in the
 *  genitive opening the name of an event (`X Təşkilatının Y Forumu`: X's forum). */
function innerNames(doc: Doc, known: KnownReader, covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (covered[i] || tk.kind !== "word" || tk.norm[0] === tk.lower[0]) continue;
    // (two names, or three: `Azərbaycan-Türkiyə-Gürcüstan üçtərəfli görüşü`)
    const parts = tk.lower.split("-"), written = tk.norm.split("-");
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.length < 2) || written.slice(1).some((w, k) => w[0] === parts[k + 1][0])) continue;
    const ks = written.map((w) => known([w]));
    const last = ks[ks.length - 1];
    // (states or bodies, or known persons' surnames: `Əliyev-Paşinyan görüşü`; a surname beside a state is neither)
    const persons = ks.every((k) => !!k?.surname);
    if (!last || ks.some((k, n) => !k || (n < ks.length - 1 && k.case !== "nom") || (!persons && (!k.side || k.type === "PER")))
      || new Set(ks.map((k) => k!.name)).size !== ks.length) continue;
    for (const k of ks) out.push({ name: persons ? fullerPerson(doc, k!.name) : k!.name, type: k!.type, kind: "entity", tokStart: i, tokEnd: i + 1, case: last.case, iso: k!.iso, pair: true });
  }
  for (const en of doc.entities) {
    if (en.type !== "MISC") continue;
    const [s, e] = tokenSpan(doc, en);
    for (let k = s; k < e - 1; k++) {
      if (covered[k] || toks[k].analysis?.case !== "gen") continue;
      const words: string[] = [];
      for (let j = s; j <= k; j++) words.push(toks[j].norm);
      const r = known(words);
      if (r && r.case === "gen" && r.type !== "PER") out.push({ name: r.name, type: r.type, kind: "entity", tokStart: s, tokEnd: k + 1, case: "gen", iso: r.iso });
      break;
    }
  }
  return out;
}

/** The bare head noun of a body's name told before, standing for that body: opening a sentence (`X Xarici İşlər
 *  Nazirliyi … . Nazirlik Y-i … günahlandırıb`, `Nazirliyin bəyanatında deyilir`) or in lower case within one after a
 *  word that cannot modify it (`Bu barədə nazirlik məlumat yayıb`, `səfirliyin rəsmi hesabında`). Only the nominative
 *  or the genitive with no possessive, not the first word of a name; the nearest body whose name ends in that noun, or
 *  in a head the table `bodyHeadsAlike` gives as its kind (`Parlament` for the `Milli Məclis` told before). */
function bodiesNamedAgain(doc: Doc, found: readonly Mention[], covered: Uint8Array, alike: Readonly<Record<string, readonly string[]>> = {}): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  // bodies of two words or more by where they end; scanning the words in order, the latest told of each head so far
  const bodies = found.filter((m) => m.type === "ORG" && m.tokEnd - m.tokStart >= 2 && toks[m.tokEnd - 1].analysis?.stem)
    .sort((x, y) => x.tokEnd - y.tokEnd);
  const latest = new Map<string, Mention>();
  let next = 0;
  for (let i = 0; i < toks.length; i++) {
    for (; next < bodies.length && bodies[next].tokEnd <= i; next++) {
      const m = bodies[next], stem = toks[m.tokEnd - 1].analysis!.stem;
      const was = latest.get(stem);
      if (!was || m.tokStart > was.tokStart) latest.set(stem, m);
    }
    const tk = toks[i], a = tk.analysis;
    if (covered[i] || tk.kind !== "word" || a?.pos !== "NOUN" || !a.stem) continue;
    if ((a.case !== undefined && a.case !== "gen") || a.poss !== undefined || a.plural) continue;
    const opens = doc.sentences[tk.sent]?.tokStart === i;
    if (opens ? tk.norm[0] === tk.lower[0] : tk.norm[0] !== tk.lower[0] || !standsAlone(toks, i)) continue;
    const after = toks[i + 1];
    // (a capitalised word in no case after it continues a name: `Bank Respublika`)
    if (after && after.sent === tk.sent && after.kind === "word" && after.norm[0] !== after.lower[0] && after.analysis?.case === undefined) continue;
    // (or by a head of its kind, `Milli Məclis … . Parlament …`: the latest body ending in any of the heads alike)
    const body = latest.get(a.stem) ?? (alike[a.stem] ?? []).map((h) => latest.get(h)).filter((m) => !!m)
      .reduce<Mention | undefined>((x, m) => (!x || m.tokStart > x.tokStart ? m : x), undefined);
    if (body) out.push({ name: body.name, type: "ORG", kind: "entity", tokStart: i, tokEnd: i + 1, case: a.case ?? "nom", iso: body.iso });
  }
  return out;
}

/** A lower-case noun within a sentence that no word before it modifies: after punctuation, a conjunction-like short word,
 *  or a word that is no noun, adjective or name (`Bu barədə nazirlik …`, `… , səfirlik …`), not `Maliyyə nazirliyi`. */
function standsAlone(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1], a = prev?.analysis;
  if (!prev || prev.kind !== "word") return true;
  if (prev.norm[0] !== prev.lower[0]) return false;
  return !a || (a.pos !== "NOUN" && a.pos !== "ADJ" && a.pos !== "PROPN" && a.pos !== "NUM") || a.case === "loc" || a.case === "abl" || a.case === "dat";
}

/** Nationality words no name covers, as the state they stand for: one qualifying a person or group noun of the table
 *  (`rus qoşunları`, `gürcüstanlı həmkarı ilə`, `alman kansleri`), the phrase in the case of its noun; a demonym standing
 *  as a noun itself, with an ending but the genitive's (`azərbaycanlıları`) or bare before no noun (`iki azərbaycanlı saxlanılıb`). A
 *  person named right after the phrase is the side (`rus jurnalisti X`); a nationality of a thing gives nothing
 *  (`rus dili`, `türk serialı`). */
function nationalities(doc: Doc, forms: FormReader, r: NationalityReader, covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  const personAt = new Set<number>();
  for (const en of doc.entities) if (en.type === "PER") personAt.add(tokenSpan(doc, en)[0]);
  const lowerWord = (k: number) => { const w = toks[k]; return !!w && w.kind === "word" && w.sent === toks[k - 1]?.sent && w.norm[0] === w.lower[0] && !covered[k]; };
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (covered[i] || tk.kind !== "word") continue;
    const bare = r.state(tk.lower);
    let end = -1, force = false;
    if (bare) {
      for (const words of r.heads) {
        const e = i + 1 + words.length;
        let ok = true;
        for (let k = 0; k < words.length && ok; k++) {
          const w = toks[i + 1 + k];
          if (!lowerWord(i + 1 + k)) ok = false;
          else if (k < words.length - 1) ok = w.lower === words[k];
          else ok = w.analysis ? w.analysis.stem === words[k] : forms.restAfter(w.lower, words[k], "noun") !== null;
        }
        if (ok) { end = e; force = r.forces.has(words); break; }
      }
    }
    let st = end > 0 ? bare : undefined;
    if (!st) {
      // a demonym as the noun itself: with an ending, or bare before no noun or adjective
      const a = tk.analysis;
      const key = a?.stem ?? tk.lower;
      const own = key === tk.lower ? bare : r.state(key); // (the word's own reading was asked for above)
      const next = toks[i + 1];
      const ended = !!a && (a.plural || a.case !== undefined || a.poss !== undefined) && a.stem !== tk.lower;
      const alone = !next || next.sent !== tk.sent || next.kind !== "word" || (!!next.analysis && next.analysis.pos !== "NOUN" && next.analysis.pos !== "ADJ" && next.analysis.pos !== "PROPN");
      // (not in the genitive: `minlərlə fələstinlinin` owns what follows, no side the clause's verb reads)
      if (own?.demonym && a?.case !== "gen" && (ended || (tk.lower === (a?.stem ?? tk.lower) && alone))) { st = own; end = i + 1; }
    }
    if (!st) continue;
    // (a person named after it is who acts: `rus jurnalisti Anna Politkovskaya`)
    if (personAt.has(end)) continue;
    const last = toks[end - 1];
    const c = last.analysis ? last.analysis.case ?? "nom" : forms.caseOf(last);
    for (let k = i; k < end; k++) covered[k] = 1;
    out.push({ name: st.name, type: "LOC", kind: "entity", tokStart: i, tokEnd: end, case: c, iso: st.iso, nationality: true, ...(force ? { force } : {}) });
  }
  return out;
}

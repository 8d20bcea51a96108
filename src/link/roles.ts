// Role phrases: `Rusiya prezidenti` names a person without naming them. The country before the
// role (or leading the body it heads: `İran XİN rəhbəri`) and the document date find the holder in
// the office table; a name right after the role (`prezident Vladimir Putin`) wins over the table.
// A role with no country names someone only when the article makes it clear: a holder of that
// office it already mentioned, else the home country when the article names no other country.
// Unsure, it stays unlinked. The phrase goes to doc.links, not entities.
import type { Doc, Entity, RoleLink, Token } from "../text/doc.js";
import type { EntityTables, RoleWord } from "../extract/entities/tables.js";
import { endingsOf, hasBase, type Lexicon } from "../extract/entities/lexicon.js";
import { isUpperChar } from "../text/chars.js";
import { isQuote } from "../extract/entities/words.js";
import type { OfficeIndex } from "./offices.js";

export interface RoleContext {
  doc: Doc;
  t: EntityTables;
  lx: Lexicon;
  offices: OfficeIndex;
  /** Country code of an entity (ISO, or EU), when it is a state. */
  countryOf(e: Entity): string | undefined;
  /** Country code of a place written `text` (base form), when it is a state. */
  countryNamed(text: string): string | undefined;
  /** The person an entity stands for (its resolved name), when it is a person. */
  personOf(e: Entity): string | undefined;
  idOf(name: string): string | undefined;
}

/** The ending that leaves `base` as the word's stem, if any. */
function endingTo(tok: Token, base: string, lx: Lexicon) {
  return endingsOf(tok.lower, lx).find((s) => tok.lower.slice(0, s.stemLength) === base);
}

/** The case a word carries when its stem is `base` (undefined: unknown). Written as the base itself it is the nominative,
 *  whatever ending the word seems to carry (`nümayəndə` is no locative of `nümayən-`). */
function caseWithBase(tok: Token, base: string, lx: Lexicon): RoleLink["case"] {
  if (tok.lower === base) return "nom";
  const s = endingTo(tok, base, lx);
  return s ? s.case : tok.analysis?.case;
}

function wordMatches(tok: Token, word: string, lx: Lexicon): boolean {
  return tok.lower === word || endingTo(tok, word, lx) !== undefined;
}

/** The country leading an entity that contains token `i`: `İran` in `İran XİN`. */
function countryLeading(c: RoleContext, e: Entity, i: number): string | undefined {
  const toks = c.doc.tokens;
  const words = toks.slice(e.tokStart!, i).map((t) => t.norm);
  if (!words.length) return undefined;
  const whole = c.countryNamed(words.join(" "));
  if (whole) return whole;
  // the country may carry a case ending: `İranın XİN rəhbəri`
  const last = toks[i - 1];
  for (const s of endingsOf(last.lower, c.lx)) {
    const code = c.countryNamed([...words.slice(0, -1), last.norm.slice(0, s.stemLength)].join(" "));
    if (code) return code;
  }
  return undefined;
}

/** `şirkətin`, `bankın`: a body's common noun in the genitive owns the office after it. */
function ownedByBodyNoun(tok: Token | undefined, lx: Lexicon): boolean {
  return !!tok && tok.kind === "word" && tok.analysis?.case === "gen" && hasBase(lx.orgHeads, tok.lower, lx) && !hasBase(lx.stateWords, tok.lower, lx);
}

interface Mentioned { tok: number; name: string; subject: boolean }

/** The name of the last of `ms` before token `i`; for a role as the subject (`Dövlət başçısı … təbrik edib`), the last
 *  one named as a subject, not the partner named after them (`X Y ilə danışıb. Dövlət başçısı …`: X). */
function lastBefore(ms: Mentioned[], i: number, subject: boolean): string | undefined {
  const xs = ms.filter((m) => m.tok < i);
  const focus = subject ? xs.filter((m) => m.subject) : [];
  return (focus.length ? focus : xs).at(-1)?.name;
}

/** The holder of `office` the article already mentioned before token `i`: one the office table knows, or one the article
 *  titled with that office (`Qazaxıstanın dövlət başçısı X … Çin lideri Y-lə görüşüb. Dövlət başçısı …` is X, the subject,
 *  though the table knows only Y). */
function mentionedHolder(c: RoleContext, office: string, i: number, earlier: Mentioned[], subject: boolean, titled: (Mentioned & { office: string })[] = []): string | undefined {
  const holders = new Set(c.offices.heldOn(office, c.doc.document_date).map((h) => h.name));
  for (const m of titled) if (m.office === office && m.tok < i) holders.add(m.name);
  return lastBefore(earlier.filter((m) => holders.has(m.name)), i, subject);
}

/** The person last titled with `office` before token `i` (`X Baş naziri Y`). */
/** A country's "leader" where the article titled a holder of that country's head of state or government before
 *  (`İran Prezidenti Məsud Pezeşkian … İran lideri`, `Qazaxıstan Prezidenti Qasım-Jomart Tokayev … Qazaxıstan lideri`):
 *  that person, as the article spells them, not the leading office of the table. */
function leaderTitledBefore(c: RoleContext, titled: (Mentioned & { office: string; code?: string })[], code: string, i: number, date: string | null | undefined): string | undefined {
  for (let k = titled.length - 1; k >= 0; k--) {
    const m = titled[k];
    if (m.tok >= i || (m.office !== "president" && m.office !== "prime_minister")) continue;
    // (titled with the country's office by the article, or holding it by the office table)
    if (m.code === code || c.offices.countriesOf(m.name, date ?? null)?.has(code)) return m.name;
  }
  return undefined;
}

function titledBefore(titled: (Mentioned & { office: string })[], office: string, i: number, subject: boolean): string | undefined {
  return lastBefore(titled.filter((m) => m.office === office), i, subject);
}

/** A name ending before token `end` is followed by a partner postposition (`X ilə görüşüb`): the partner, no subject. */
export function beforePartner(doc: Doc, t: EntityTables, end: number): boolean {
  return !!t.partnerPostpositions?.includes(doc.tokens[end]?.lower ?? "");
}

interface RoleIndex {
  byFirst: Map<string, RoleWord[]>;
  /** One-word roles by their first `prefixLength` letters (they may carry endings: `prezidentini`). */
  singleByPrefix: Map<string, string[]>;
  prefixLength: number;
  blockAfter: Set<string>;
  deputiesAfter: readonly string[];
  blockBefore: Set<string>;
}

const indexes = new WeakMap<EntityTables, RoleIndex>();

/** The role tables indexed once per language. */
function roleIndex(t: EntityTables): RoleIndex {
  let x = indexes.get(t);
  if (x) return x;
  const byFirst = new Map<string, RoleWord[]>();
  for (const r of t.roles) {
    const l = byFirst.get(r.words[0]) ?? [];
    l.push(r);
    byFirst.set(r.words[0], l);
  }
  // longest first, so `Rusiya prezidenti` wins over `prezidenti`
  // (of equal length, the longer spelling first: `baş naziri` as written is the possessed title, nominative;
  // read as `baş nazir` + `-i` it was taken for an accusative, and the role lost its place as subject)
  const spelt = (r: RoleWord) => r.words.join(" ").length;
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length || spelt(b) - spelt(a));
  const singles = t.roles.filter((r) => r.words.length === 1).map((r) => r.words[0]);
  const prefixLength = Math.min(3, ...singles.map((w) => w.length));
  const singleByPrefix = new Map<string, string[]>();
  for (const w of singles) {
    const l = singleByPrefix.get(w.slice(0, prefixLength)) ?? [];
    l.push(w);
    singleByPrefix.set(w.slice(0, prefixLength), l);
  }
  x = { byFirst, singleByPrefix, prefixLength, blockAfter: new Set(t.roleBlockersAfter), deputiesAfter: t.roleDeputiesAfter ?? [],
    blockBefore: new Set(t.roleBlockersBefore) };
  indexes.set(t, x);
  return x;
}

/** The roles a word may open, longest first: by the word itself, or, only for one-word roles, which
 *  are inflected on their first word (prezidentini), by its stem. */
function rolesOpenedBy(lower: string, x: RoleIndex, lx: Lexicon): RoleWord[] | null {
  let cands = x.byFirst.get(lower);
  if (!cands && x.singleByPrefix.get(lower.slice(0, x.prefixLength))?.some((w) => lower.startsWith(w))) {
    for (const s of endingsOf(lower, lx)) { cands = x.byFirst.get(lower.slice(0, s.stemLength)); if (cands) break; }
  }
  return cands ?? null;
}

/** The link of the role phrase in tokens [start, end), its last word read against `base`, to `name` (of state `code`). */
function roleLink(c: RoleContext, start: number, end: number, base: string, name: string, code?: string): RoleLink {
  const toks = c.doc.tokens, last = toks[end - 1];
  return {
    start: toks[start].start, end: last.end, text: c.doc.text.slice(toks[start].start, last.end), name,
    id: c.idOf(name), tokStart: start, tokEnd: end, case: caseWithBase(last, base, c.lx), kind: "role",
    ...(code ? { iso: code } : {}),
  };
}

export function findRoles(c: RoleContext): RoleLink[] {
  const { doc, t, lx } = c;
  const toks = doc.tokens;
  const x = roleIndex(t);
  const { blockAfter, deputiesAfter, blockBefore } = x;
  const endsAt = new Map<number, Entity>();
  const startsAt = new Map<number, Entity>();
  const inside = new Map<number, Entity>();
  const people: Mentioned[] = [];
  const countries = new Set<string>();
  for (const e of doc.entities) {
    if (e.tokStart === undefined || e.tokEnd === undefined) continue;
    endsAt.set(e.tokEnd, e);
    startsAt.set(e.tokStart, e);
    for (let k = e.tokStart + 1; k < e.tokEnd; k++) inside.set(k, e);
    const person = c.personOf(e);
    // (a name before a partner postposition is the partner, no subject: `X Y ilə görüşüb. Dövlət başçısı …` is X)
    const partner = beforePartner(doc, t, e.tokEnd);
    if (person) people.push({ tok: e.tokStart, name: person, subject: (!e.case || e.case === "nom") && !partner });
    const code = c.countryOf(e);
    if (code) countries.add(code);
  }
  // the article's own country is implied only when it names no other
  const onlyHome = [...countries].every((code) => code === t.homeCountry);
  const out: RoleLink[] = [];
  const titled: (Mentioned & { office: string; code?: string })[] = [];
  const formerTitled: (Mentioned & { office: string })[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    if (first.kind !== "word" && first.kind !== "abbr") continue;
    const cands = rolesOpenedBy(first.lower, x, lx);
    if (!cands) continue;
    for (const r of cands) {
      const n = r.words.length;
      let ok = i + n <= toks.length;
      for (let k = 0; ok && k < n - 1; k++) ok = toks[i + k].lower === r.words[k] && toks[i + k].sent === first.sent;
      if (!ok || !wordMatches(toks[i + n - 1], r.words[n - 1], lx) || toks[i + n - 1].sent !== first.sent) continue;
      const end = i + n;
      // (the blockers are possessed forms; a case ending may follow them: `baş nazirinin müavininin`)
      if (toks[end] && (blockAfter.has(toks[end].lower) || blockedByPrefix(toks[end].lower, deputiesAfter))) break;
      // a bare role word before a possessed common noun is a modifier: `Prezident təqaüdü` is a scholarship
      const next = toks[end];
      const nextWord = next?.analysis;
      if (next && next.sent === first.sent && !startsAt.has(end) && !toks[end - 1].analysis?.poss && nextWord?.poss && !nextWord.case && nextWord.pos === "NOUN") break;
      const before = endsAt.get(i);
      const around = inside.get(i);
      const beforeCode = before ? c.countryOf(before) : undefined;
      const aroundCode = around ? countryLeading(c, around, i) : undefined;
      // (a role whose words say "our" names the home country's holder: `Dövlətimizin başçısı`)
      // (a name right before it owns nothing of it: `Si Cinpin dövlətimizin başçısına` thanked the home holder)
      const home = !!r.home && !!t.homeCountry && !around;
      const code = home ? t.homeCountry : beforeCode ?? aroundCode;
      const start = home ? i : beforeCode ? before!.tokStart! : aroundCode ? around!.tokStart! : i;
      if (toks[start - 1] && blockBefore.has(toks[start - 1].lower)) {
        // a former holder is no holder now; but named once (`sabiq prezidenti Yun Sok Yol`), the same words with no name
        // after them name that person again (`sabiq dövlət başçısını`)
        const named = startsAt.get(end)?.type === "PER" ? c.personOf(startsAt.get(end)!) : undefined;
        if (named) formerTitled.push({ tok: start, name: named, subject: true, office: r.office });
        const again = !named && !code ? titledBefore(formerTitled, r.office, start, false) : undefined;
        if (again) out.push(roleLink(c, start, end, r.words[n - 1], again));
        if (again) i = end - 1;
        break;
      }
      if (r.plural) {
        const held = holdersOfListed(c, r, end, aroundCode ? around : before, aroundCode ?? beforeCode, endsAt);
        if (held.length) { out.push(...held); i = end - 1; }
        break;
      }
      if (!code && r.needsCountry) break;
      const after = startsAt.get(end);
      // `AMEA prezidenti`, `şirkətin prezidenti`: a body's office, not a state's; only a name after it says who holds it
      if (!code && (before?.type === "ORG" || ownedByBodyNoun(toks[start - 1], lx)) && after?.type !== "PER") break;
      // (and so is one owned by a place no country code names, a region or an unrecognised republic: `Tatarıstan
      // Prezidenti`, `Serb Respublikasının Prezidenti` is no home holder)
      if (!code && before?.type === "LOC" && (!before.case || before.case === "nom" || before.case === "gen") && after?.type !== "PER") break;
      let name: string | undefined;
      // (a known holder of another state's office after the role is no apposition: `Rusiya Prezidenti Əliyevlə` is
      // Russia's president with Aliyev)
      const person = after?.type === "PER" ? c.personOf(after) : undefined;
      const elsewhere = person && code ? c.offices.countriesOf(person, doc.document_date) : undefined;
      if (person && !(elsewhere?.size && !elsewhere.has(code!))) name = person;
      else if (code && r.leader && leaderTitledBefore(c, titled, code, start, doc.document_date)) name = leaderTitledBefore(c, titled, code, start, doc.document_date);
      else if (code) {
        // the person the article titled with this office of this state before, as it spells them (`Yaponiyanın Baş naziri X …
        // Yaponiya hökumətinin başçısı`), else the holder of the office table
        if (!r.leader) name = titledBefore(titled.filter((m) => m.code === code), r.office, start, false);
        name ??= c.offices.holder(code, r.leader ? t.leaderOffices[code] ?? t.leaderOffices.default ?? r.office : r.office, doc.document_date)?.name;
      }
      else {
        // (a role titling the name after it is that name's mention, in its case: `Y Prezidenti Z-lə`)
        const earlier = [...people, ...out.filter((l) => startsAt.get(l.tokEnd)?.type !== "PER")
          .map((l) => ({ tok: l.tokStart, name: l.name, subject: !l.case || l.case === "nom" }))].sort((a, b) => a.tok - b.tok);
        const own = caseWithBase(toks[end - 1], r.words[n - 1], lx);
        // (titled so by the article, only written capitalised: `baş nazir istefa verdikdə` may be anyone)
        name = mentionedHolder(c, r.office, start, earlier, !own || own === "nom", isUpperChar(first.norm[0]) ? titled : []);
        // a holder the office table does not know: the person the article titled with this office before
        // (`Pakistanın Baş naziri Şahbaz Şərif … Baş nazir …`; written small, `baş nazir istefa verdikdə`, it may be anyone)
        if (!name && isUpperChar(first.norm[0])) name = titledBefore(titled, r.office, start, !own || own === "nom");
        if (!name && onlyHome && isUpperChar(first.norm[0])) name = c.offices.holder(t.homeCountry, r.office, doc.document_date)?.name;
      }
      if (!name) break;
      if (person && name === person) titled.push({ tok: start, name, subject: !after!.case || after!.case === "nom", office: r.office, code });
      out.push(roleLink(c, start, end, r.words[n - 1], name, code));
      i = end - 1;
      break;
    }
  }
  out.push(...titlesAgain(c, out, startsAt, inside, endsAt));
  return out;
}

/** `Rusiya və Azərbaycan prezidentləri`, `A, B və C XİN başçıları`: the holder of the office in each state listed before
 *  the plural role words ending at `end`, one link a state (the last over the role's words, all in the role's case);
 *  none unless two states or more are listed. */
function holdersOfListed(c: RoleContext, r: RoleWord, end: number, last: Entity | undefined, lastCode: string | undefined, endsAt: Map<number, Entity>): RoleLink[] {
  const toks = c.doc.tokens;
  const states: [Entity, string][] = [];
  let e = last, code = lastCode;
  while (e && code) {
    states.unshift([e, code]);
    const joiner = toks[e.tokStart! - 1];
    if (!joiner || joiner.sent !== toks[end - 1].sent || !(c.t.coordinators?.includes(joiner.lower) || joiner.norm === ",")) break;
    e = endsAt.get(e.tokStart! - 1);
    code = e ? c.countryOf(e) : undefined;
  }
  if (states.length < 2) return [];
  const base = r.words[r.words.length - 1], own = caseWithBase(toks[end - 1], base, c.lx);
  const out: RoleLink[] = [];
  for (const [x, [s, iso]] of states.entries()) {
    const office = r.leader ? c.t.leaderOffices[iso] ?? c.t.leaderOffices.default ?? r.office : r.office;
    const name = c.offices.holder(iso, office, c.doc.document_date)?.name;
    if (name) out.push({ ...roleLink(c, s.tokStart!, x === states.length - 1 ? end : s.tokEnd!, base, name, iso), case: own });
  }
  return out;
}

/** `lower` is a blocker with a case ending after it (`müavininin`, `köməkçisinə`). */
function blockedByPrefix(lower: string, blockers: readonly string[]): boolean {
  for (const b of blockers) if (lower.length > b.length && lower.startsWith(b)) return true;
  return false;
}

/** The title noun (a base of `titleNouns`) that word `tok` is, in any case or possessive, if any. */
function titleNoun(tok: Token | undefined, nouns: readonly string[], lx: Lexicon): string | undefined {
  if (!tok || tok.kind !== "word") return undefined;
  return nouns.find((n) => tok.lower === n || tok.analysis?.stem === n || endingTo(tok, n, lx) !== undefined);
}

/** Cases in which a post's noun inside a sentence stands for the one person titled with it. */
const TITLE_AGAIN_CASES = new Set(["gen", "dat", "acc", "ins"]);

/** Token i is a post's noun inside a sentence in an oblique case with no possessive (`nazirin`, `səfirə`), after a name, a
 *  verb, a particle (`lakin nazirin`) or a noun in a case (no word of a longer title before it, `Baş nazirin`), and before
 *  no post's noun (`nazirin müavini`). */
function midSentenceTitle(c: RoleContext, i: number, nouns: readonly string[], prevAt = i - 1): boolean {
  const toks = c.doc.tokens, tok = toks[i], prev = toks[prevAt], next = toks[i + 1];
  const a = tok.analysis;
  if (!prev || prev.sent !== tok.sent || prev.kind !== "word") return false;
  const pa = prev.analysis;
  // (the accusative read as the possessive, `X komissarı qəbul edib`: after a person's name or a verb, before a word in lower
  // case, the noun owns nothing and is owned by no one, `Aİ komissarı` being the post, `komissarı Y` the person titled)
  if (a && accusativeTitle(c, i, nouns, prevAt)) return !(next && next.sent === tok.sent && next.kind === "word" && titleNoun(next, nouns, c.lx));
  if (!a || a.poss !== undefined || !TITLE_AGAIN_CASES.has(a.case ?? "") || !titleNoun(tok, nouns, c.lx)) return false;
  if (!(pa?.pos === "PROPN" || pa?.pos === "VERB" || pa?.pos === "OTHER" || (pa?.pos === "NOUN" && pa.case !== undefined))) return false;
  if (next && next.sent === tok.sent && next.kind === "word" && (titleNoun(next, nouns, c.lx) || (c.t.personTitles ?? []).some((w) => next.lower === w))) return false;
  return true;
}

/** Token i is a post's noun with only the ending of the accusative, read as the possessive (`komissarı`, `səfiri`), after a
 *  person's name in the nominative or a verb and before a word in lower case: the person titled with it, as the object. */
function accusativeTitle(c: RoleContext, i: number, nouns: readonly string[], prevAt = i - 1): boolean {
  const toks = c.doc.tokens, tok = toks[i], prev = toks[prevAt], next = toks[i + 1];
  const a = tok.analysis, noun = titleNoun(tok, nouns, c.lx);
  if (!a || !noun || a.poss !== "3" || a.case !== undefined || a.plural || tok.lower.length !== noun.length + 1) return false;
  if (!next || next.sent !== tok.sent || next.kind !== "word" || next.norm[0] !== next.lower[0]) return false;
  const pa = prev?.analysis;
  const person = c.doc.entities.some((e) => e.type === "PER" && e.tokEnd === prevAt + 1 && !toks[prevAt].analysis?.case);
  return person || pa?.pos === "VERB";
}

/** A post's noun opening a sentence with no name after it (`Nazir jurnalistlərə …`, `Ali nümayəndə həmin gün …`,
 *  `Səfirə … nota təqdim olunub`) names the one person the article titled with that noun before
 *  (`xarici işlər naziri Ceyhun Bayramov`), and with the same word before it where it has one (`ali`). Two people
 *  titled so, or the noun owned by another (`naziri`, `səfirimiz`), or a name or a role already there: none. */
function titlesAgain(c: RoleContext, out: RoleLink[], startsAt: Map<number, Entity>, inside: Map<number, Entity>, endsAt: Map<number, Entity>): RoleLink[] {
  const nouns = c.t.titleNouns;
  if (!nouns?.length) return [];
  const toks = c.doc.tokens;
  const titled: { tok: number; noun: string; before: string; name: string; owner?: string; words: string[] }[] = [];
  for (const e of c.doc.entities) {
    if (e.type !== "PER" || e.tokStart === undefined) continue;
    const noun = titleNoun(toks[e.tokStart - 1], nouns, c.lx);
    const name = c.personOf(e);
    if (noun && name && toks[e.tokStart - 1].sent === toks[e.tokStart].sent) {
      const [owner, words] = titleOwner(c, e.tokStart - 1, endsAt);
      titled.push({ tok: e.tokStart, noun, before: toks[e.tokStart - 2]?.lower ?? "", name, owner, words });
    }
    // (a post's longer phrase right before the name titles the person with its noun too: `mətbuat katibi X` -> `Sözçü`)
    for (const [alias, words] of c.t.titleAliases ?? []) {
      const at = e.tokStart! - words.length;
      if (name && at >= 0 && words.every((w, k) => toks[at + k].lower === w && toks[at + k].sent === toks[e.tokStart!].sent)) titled.push({ tok: e.tokStart!, noun: alias, before: "", name, words: [] });
    }
  }
  if (!titled.length) return [];
  const taken = new Set<number>();
  for (const l of out) for (let k = l.tokStart; k < l.tokEnd; k++) taken.add(k);
  const res: RoleLink[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    if (first.kind !== "word") continue;
    let opens = true;
    // (only a quotation mark or a dash may stand before it: the normaliser writes every kind as `"` and `-`)
    for (let j = i - 1; j >= 0 && toks[j].sent === first.sent; j--) if (!isQuote(toks[j]) && !(toks[j].kind === "punct" && toks[j].norm === "-")) { opens = false; break; }
    // (inside a sentence, the noun alone in an oblique case after a name, a verb or a noun in a case, owning or taking no
    // title after it: `Pezeşkian nazirin siyasətini dəstəkləyib`, not `Baş nazirin`, `nazirin müavini`)
    // (or with the one word of its title before it that the earlier title had, after such a word: `X baş katibə …`)
    const mid = !opens && midSentenceTitle(c, i, nouns);
    const word = toks[i - 1];
    if (!opens && !mid && word?.kind === "word" && word.sent === first.sent && word.norm === word.lower && !taken.has(i - 1) && !inside.has(i - 1) &&
      !startsAt.has(i - 1) && !endsAt.has(i) && !taken.has(i) && !inside.has(i) && !startsAt.has(i) && startsAt.get(i + 1)?.type !== "PER" && midSentenceTitle(c, i, nouns, i - 2)) {
      const noun = titleNoun(first, nouns, c.lx)!;
      const names = new Set(titled.filter((m) => m.tok < i && m.noun === noun && (m.before === word.lower || m.words.includes(word.lower))).map((m) => m.name));
      if (names.size === 1) {
        const name = [...names][0];
        res.push({ start: first.start, end: first.end, text: first.norm, name, id: c.idOf(name), tokStart: i, tokEnd: i + 1, case: caseWithBase(first, noun, c.lx), kind: "role" });
        taken.add(i);
      }
      continue;
    }
    if (!opens && !mid) {
      // (or the noun owned by the body or state that owned it when it titled the person, with no name after it: `X-in
      // Ali nümayəndəsi Y … . Görüşdən sonra X-in Ali nümayəndəsi …`, `X-in sözçüsü Y … . X-in sözçüsü …`)
      const again = ownedTitleAgain(c, i, nouns, titled, taken, inside, startsAt, endsAt);
      if (again) { res.push(again); taken.add(i); }
      continue;
    }
    // the noun itself, or one word of the title before it (`Ali nümayəndə`)
    for (const at of opens ? [i, i + 1] : [i]) {
      const tok = toks[at];
      if (!tok || tok.sent !== first.sent || taken.has(at) || inside.has(at) || startsAt.has(at) || startsAt.get(at + 1)?.type === "PER" || (opens && endsAt.has(at))) continue;
      const noun = titleNoun(tok, nouns, c.lx);
      // (a plural names no one person: `Nümayəndələr …`, `Nazirlər …`)
      if (!noun || tok.analysis?.plural) continue;
      // (a post's noun before another's possessive qualifies it: `Nazir müavini …` is the deputy, not the minister)
      const after = toks[at + 1];
      if (after && after.sent === tok.sent && after.kind === "word" && after.analysis?.poss !== undefined && (titleNoun(after, nouns, c.lx) || (c.t.roleBlockersAfter ?? []).includes(after.lower))) continue;
      // (a sentence opening with an occasion or a place in the locative, `Çıxışında nazir …`, `Görüşdə səfir …`, not a name, puts no
      // title word before the noun)
      const framed = at === i + 1 && first.analysis?.case === "loc" && !startsAt.has(i) && !inside.has(i) && !endsAt.has(i);
      const before = at === i + 1 && !framed ? first.lower : "";
      // (the possessive of a compound title after its first word is no owner's, `Mətbuat katibi …`, `Baş komandanı`; alone,
      // `Naziri …`, the noun is another's)
      const compound = !!before && tok.analysis?.poss !== undefined && tok.analysis.case === undefined;
      const acc = mid && accusativeTitle(c, at, nouns);
      if (tok.analysis?.poss !== undefined && tok.lower !== noun && !compound && !acc) continue;
      const names = new Set(titled.filter((m) => m.tok < at && m.noun === noun && (!before || m.before === before || m.words.includes(before))).map((m) => m.name));
      if (names.size !== 1) break;
      const name = [...names][0];
      // (the link covers the noun: a capitalised word before it, `Ali`, would be read as a name of its own)
      res.push({ start: tok.start, end: tok.end, text: tok.norm, name, id: c.idOf(name),
        tokStart: at, tokEnd: at + 1, case: compound ? "nom" : acc ? "acc" : caseWithBase(tok, noun, c.lx), kind: "role" });
      break;
    }
  }
  return res;
}

/** Words looked back from a post's noun for the body or state owning it (`Aİ-nin xarici siyasət üzrə Ali nümayəndəsi`). */
const OWNER_REACH = 5;

/** The body or state in the genitive that owns the post's noun at `noun` (`X-in Ali nümayəndəsi`, `X-in sözçüsü`), past
 *  the title's words, and those words (lower case); none past a verb, a punctuation mark or another name. */
function titleOwner(c: RoleContext, noun: number, endsAt: Map<number, Entity>): [string | undefined, string[]] {
  const toks = c.doc.tokens, words: string[] = [];
  for (let k = noun - 1; k >= Math.max(0, noun - OWNER_REACH) && toks[k].sent === toks[noun].sent; k--) {
    const e = endsAt.get(k + 1);
    if (e) return e.case === "gen" && e.type !== "PER" ? [e.name, words] : [undefined, words];
    const tk = toks[k];
    if (tk.kind !== "word" || tk.analysis?.pos === "VERB") break;
    words.push(tk.lower);
  }
  return [undefined, words];
}

/** Token `at` is a post's noun with its possessive (`nümayəndəsi`, `sözçüsünə`) owned by the body or state that owned it
 *  when it titled one person before (`X-in Ali nümayəndəsi Y`), with no name after it: that person, in the noun's case.
 *  The title's words before the noun must be the earlier title's; another owner, or two people titled so: none. */
function ownedTitleAgain(c: RoleContext, at: number, nouns: readonly string[], titled: { tok: number; noun: string; name: string; owner?: string; words: string[] }[],
  taken: Set<number>, inside: Map<number, Entity>, startsAt: Map<number, Entity>, endsAt: Map<number, Entity>): RoleLink | undefined {
  const toks = c.doc.tokens, tok = toks[at], a = tok.analysis;
  if (tok.kind !== "word" || !a || a.poss === undefined || a.plural || taken.has(at) || inside.has(at) || startsAt.has(at)) return undefined;
  const next = toks[at + 1];
  if (startsAt.get(at + 1)?.type === "PER" || (next && next.sent === tok.sent && titleNoun(next, nouns, c.lx))) return undefined;
  const noun = titleNoun(tok, nouns, c.lx);
  if (!noun) return undefined;
  const [owner, words] = titleOwner(c, at, endsAt);
  if (!owner) return undefined;
  const names = new Set(titled.filter((m) => m.tok < at && m.noun === noun && m.owner === owner && words.every((w) => m.words.includes(w))).map((m) => m.name));
  if (names.size !== 1) return undefined;
  const name = [...names][0];
  return { start: tok.start, end: tok.end, text: tok.norm, name, id: c.idOf(name), tokStart: at, tokEnd: at + 1, case: a.case ?? "nom", kind: "role" };
}

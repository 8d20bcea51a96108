// An official person's name written surname first with the father's name: `Həsənov Anar Rasim oğlu`.
import { baseForms, hasBase, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import type { Token } from "../../text/doc.js";
import { pieces } from "./pieces.js";
import { commonAtStart } from "./sentence-start.js";

/** Surname, given name and father's name closing the run [i, j), then `oğlu`/`qızı`: one person,
 *  named given name + surname as the article names them afterwards. Returns the index after it, else j. */
export function officialPerson(sc: SentenceScope, i: number, j: number): number {
  const lx = sc.lx;
  const s = j - 3;
  const closer = sc.toks[j];
  if (s < i || !closer || closer.kind !== "word" || startsUpper(closer)) return j;
  if (!baseForms(closer.lower, lx).some((b) => lx.patronymics.has(b))) return j;
  // (the father's name of a patronymic is bare: one in the genitive owns the word after it, `Akademik Tofiq
  // İsmayılovun oğluna` is someone's son, no official name)
  const father = sc.toks[j - 1];
  if (father.analysis?.case === "gen") return j;
  const a = sc.toks[s], b = sc.toks[s + 1];
  // (a title before a given name is no surname: `Sədr Elşən Kamil oğlu Məmmədov`)
  if (sc.isTitle(s)) return j;
  // surname first (`Həsənov Anar Rasim oğlu`) or given name first (`Anar Həsənov Rasim oğlu`; a given name the tables
  // lack is told by a surname of a distinctive shape after it, `Nüşabə Qəmbərova Rafiq qızı`)
  const givenFirst = !lx.given.has(b.lower) && (lx.given.has(a.lower) ? surnameShaped(b.lower, lx, false)
    : surnameShaped(b.lower, lx, true) && !surnameShaped(a.lower, lx, false));
  // (a surname of no known shape, `Əlisoy Xalidə Kəramət qızı`, is read so where the run is these three words alone and
  // none is a known name, a common word, a title or a body's head)
  const plain = (s === i || !!sc.headKind(sc.toks[s - 1]) || sc.isTitle(s - 1)) && [a, b, father].every((t) => t.kind === "word" && startsUpper(t)
    && !sc.headKind(t) && !lx.notNames.has(t.lower)) && !sc.ctx.commonReading?.(a.lower) && !sc.matchKnown(s, j) && !sc.matchKnown(s, s + 1)
    && !surnameShaped(b.lower, lx, true);
  if (!givenFirst && !(lx.given.has(b.lower) || surnameShaped(a.lower, lx, false) || plain)) return j;
  // (the names before it start past a common word opening the sentence: `Fərmanla X Rayon Məhkəməsi Həsənov …`)
  if (s > i) pieces(sc, s - i > 2 && sc.atSentenceStart(i) && sc.headKind(sc.toks[s - 1]) === "ORG" && commonAtStart(sc, i, s) ? i + 1 : i, s, false);
  const [given, surname] = givenFirst ? [a, b] : [b, a];
  for (const t of [given, father]) if (startsUpper(t)) sc.namedGivens.add(t.lower);
  // (named given name + surname where the article names the person so again; a name met only in its official form, as in
  // a list of appointees, keeps that form: `Həsənov Anar Rasim oğlu`)
  const short = `${given.norm} ${surname.norm}`;
  const patronymic = baseForms(closer.lower, lx).find((b) => lx.patronymics.has(b)) ?? closer.lower;
  const written = `${a.norm} ${b.norm} ${father.norm} ${patronymic}`;
  const again = namedAgain(sc, given, surname);
  sc.push({ tokStart: s, tokEnd: j + 1, type: "PER", name: again ? short : written });
  return j + 1;
}

/** The document names the person by the surname elsewhere than surname first before the given name: after the given name
 *  or its initial (`Anar Həsənov`, `A.Həsənov`), or with no capitalised word on either side (`Həsənov bildirib`). */
function namedAgain(sc: SentenceScope, given: Token, surname: Token): boolean {
  const toks = sc.ctx.doc.tokens, stem = surname.lower, g = given.lower;
  const capital = (t: Token | undefined) => !!t && t.kind === "word" && startsUpper(t);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t === surname) continue;
    const initialled = t.lower.startsWith(`${g[0]}.`), w = initialled ? t.lower.slice(2).trimStart() : t.lower;
    if (!w.startsWith(stem) || w.length > stem.length + 4) continue;
    const prev = toks[k - 1], next = toks[k + 1];
    if (next?.lower === g) continue;
    if (initialled || (prev && (prev.lower === g || prev.lower === `${g[0]}.` || prev.lower === g[0]))) return true;
    if (!capital(prev) && !capital(next)) return true;
  }
  return false;
}

/** Surname, given name and a one-word patronymic closing the run [i, j) (`Ağayeva Səbinə Abbasovna`, `İvanov Sergey
 *  Petroviç`): one person, named given name + surname as with `oğlu`. Returns the index after it, else i. */
export function patronymicLast(sc: SentenceScope, i: number, j: number): number {
  const { toks, lx } = sc;
  const s = j - 3;
  if (s < i || !lx.patronymicEndings.all.length) return i;
  const [surname, given, father] = [toks[s], toks[s + 1], toks[j - 1]];
  if ([surname, given, father].some((t) => t.kind !== "word" || !startsUpper(t) || t.norm === t.norm.toUpperCase() || sc.headKind(t))) return i;
  // (a bare patronymic, and a female one also in a case: a man's ending is a Serbian surname's too, `Vuçiçə`, `Milatoviçi`)
  const ends = (b: string, e: string) => b.length > e.length + 2 && b.endsWith(e);
  const { inflecting, all } = lx.patronymicEndings;
  if (!all.some((e) => ends(father.lower, e)) && !baseForms(father.lower, lx).some((b) => inflecting.some((e) => ends(b, e)))) return i;
  // (no known person's name ends right before it: `İlham Əliyev Jelyka Tsviyanoviçi` is two people)
  for (let k = i; k < s; k++) {
    const known = sc.matchKnown(k, s);
    if (known?.k.type === "PER" && known.end === s) return i;
  }
  // (the surname has a surname's shape and the given name none; no title or known name among them)
  if (!surnameShaped(surname.lower, lx, false) || (!lx.given.has(given.lower) && surnameShaped(given.lower, lx, false)) || surname.analysis?.case === "gen") return i;
  const whole = sc.matchKnown(s, j)?.k.type;
  if (sc.isTitle(s) || sc.isTitle(s + 1) || whole === "LOC" || whole === "ORG") return i;
  if (s > i) pieces(sc, i, s, false);
  sc.namedGivens.add(given.lower);
  sc.push({ tokStart: s, tokEnd: j, type: "PER", name: namedAgain(sc, given, surname) ? `${given.norm} ${surname.norm}` : undefined });
  return j;
}

/** Given name and father's name closing the run [i, j), then `oğlu`/`qızı` and the surname (`Cəlil Abbas oğlu
 *  Rüstəmov`, `Nərgiz Tofiq qızı Hüseynovanın`): one person, named in full as written. Returns the index after the
 *  surname, else j. (The capitalised words after the surname are a name of their own: `… Rüstəmov Qəbələ Rayon …`.) */
export function patronymicInside(sc: SentenceScope, i: number, j: number): number {
  const { toks, lx } = sc;
  const s = j - 2, closer = toks[j], surname = toks[j + 1];
  if (s < i || j + 1 >= sc.end || closer?.kind !== "word" || !lx.patronymics.has(closer.lower)) return j;
  if (surname?.kind !== "word" || !startsUpper(surname) || surname.lineBefore || !surnameShaped(surname.lower, lx, false)) return j;
  const given = toks[s], father = toks[j - 1];
  // (bare given and father's names, no surname among them, nor a known name or a body's head)
  if (father.analysis?.case === "gen" || [given, father].some((t) => t.kind !== "word" || surnameShaped(t.lower, lx, true) || sc.headKind(t))) return j;
  if (sc.matchKnown(s, j) || sc.matchKnown(j + 1, j + 2) || sc.headKind(surname)) return j;
  // (a third capitalised word before them is a surname written first, `Camal Aqil Tapdıq oğlu`, unless it is a title or a
  // body's head; and a surname that opens another such name, `… oğlu Cavadlı Günel Telman qızı`, is that one's: a list)
  // (a common word opening the sentence stays outside: `Qərarla Kamil Əli oğlu Həsənova …`)
  const opener = s - 1 === i && sc.atSentenceStart(i) && (lx.notNames.has(toks[i].lower) || !!sc.ctx.commonReading?.(toks[i].lower));
  if (s > i && !opener && !sc.isTitle(s - 1) && !sc.headKind(toks[s - 1])) return j;
  const next = toks[j + 4];
  if (j + 4 < sc.end && next?.kind === "word" && hasBase(lx.patronymics, next.lower, lx)
    && startsUpper(toks[j + 2]) && startsUpper(toks[j + 3])) return j;
  if (s > i && !opener) pieces(sc, i, s, false);
  sc.namedGivens.add(given.lower).add(father.lower);
  sc.push({ tokStart: s, tokEnd: j + 2, type: "PER" });
  return j + 2;
}

// Names in quotation marks, typed by the head written after the closing mark: `"Azərenerji" ASC`,
// `"Yaşıl Keçid" forumu`, `"Qala" Mehmanxana Kompleksi`.
import type { EntityType } from "../../text/doc.js";
import { hasBase, isCommonWord, startsUpper } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { isQuote, isWord } from "./words.js";

/** The closing quote of a name in quotes opening at q (`"777SERVIS"`, `"Bulud Cafe & Lounge"`), else -1. */
export function quotedSpan(sc: SentenceScope, q: number): number {
  const toks = sc.toks;
  const first = toks[q + 1];
  if (!first || first.spaceBefore) return -1;
  // a name may open with digits written together with its first word
  const opener = first.kind === "number" ? q + 2 : q + 1;
  if (opener !== q + 1 && (toks[opener]?.spaceBefore || !isWord(toks[opener]))) return -1;
  if (!sc.nameLike(opener)) return -1;
  let c = q + 1;
  while (c < sc.end && c - q <= 12 && !isQuote(toks[c])) {
    const t = toks[c];
    const joiner = c > q + 1 && sc.lx.connectors.has(t.lower) && sc.nameLike(c + 1);
    if (!(isWord(t) || t.kind === "number" || joiner)) return -1;
    c++;
  }
  return isQuote(toks[c]) && c > q + 1 ? c : -1;
}

/**
 * Names in quotes typed by the head after them: `"Azərenerji" ASC`, `"Mərkəzi Asiya-Rusiya"
 * sammitində`, `"Qala" Mehmanxana Kompleksinə`; a list (`"A", "B" və "C" MMC-lər`) shares the head
 * after its last name. Returns the index after the head, or q when no name was found.
 */
export function quotedNames(sc: SentenceScope, q: number): number {
  const toks = sc.toks;
  const title = quotedTitle(sc, q);
  if (title > q) return title;
  const spans: [number, number][] = [];
  let at = q;
  for (;;) {
    const c = quotedSpan(sc, at);
    if (c < 0) break;
    spans.push([at + 1, c]);
    const sep = toks[c + 1];
    if (!sep || !(sep.norm === "," || sc.lx.connectors.has(sep.lower)) || !isQuote(toks[c + 2])) { at = c; break; }
    at = c + 2;
  }
  if (!spans.length) return latinFirm(sc, q);
  const close = spans[spans.length - 1][1];
  const head = headAfterQuote(sc, close + 1);
  if (!head && spans.length === 1 && calledBefore(sc, q, spans[0])) {
    const [s, e] = spans[0];
    sc.push({ tokStart: s, tokEnd: e, type: "PER", name: sc.ctx.doc.text.slice(toks[s].start, toks[e - 1].end) });
    return close + 1;
  }
  if (!head) return latinFirm(sc, q);
  // the marks keep the name as it is named: any case ending goes after them (`"X"-in`)
  const text = sc.ctx.doc.text;
  // a body known by itself in quotes (`"X"`): before a body's name of capitalised words it is that name's owner, one name
  // from the first letter inside the marks to the head (`"X" Monitorinq Komitəsi`, its organ); before a document's head
  // the document is no name, the body is (`"X" sazişi`, its agreement, as `X Sazişi` names the place X)
  if (spans.length === 1) {
    const [s, e] = spans[0];
    const organ = !!head.capitalHead;
    const document = !organ && head.type === "MISC" && !startsUpper(toks[close + 1]) && hasBase(sc.lx.documentHeads, toks[close + 1].lower, sc.lx);
    const known = organ || document ? sc.matchKnown(s, e) : null;
    if (known && known.end === e && known.k.type === "ORG") {
      const quotedName = text.slice(toks[s].start, toks[e - 1].end);
      sc.push(organ ? { tokStart: s, tokEnd: head.end, type: "ORG", name: quotedName + " " + sc.phraseBase(close + 1, head.end) }
        : { tokStart: s, tokEnd: e, type: "ORG", name: quotedName });
      return head.end;
    }
  }
  for (const [s, e] of spans) {
    sc.push({ tokStart: s, tokEnd: e, type: head.type, name: text.slice(toks[s].start, toks[e - 1].end) + head.tail });
  }
  return head.end;
}

/** `tiktoker "X"`, `bloger "X"`: one word in quotes right after a lower-case occupation noun in no case and no
 *  plural, with no head after the marks, is the stage name of the person so called (`tanınmış tiktoker "X" saxlanılıb`). */
function calledBefore(sc: SentenceScope, q: number, [s, e]: [number, number]): boolean {
  const o = sc.toks[q - 1];
  if (e - s !== 1 || q - 1 < sc.start || !o || o.kind !== "word" || startsUpper(o) || o.analysis?.case || o.analysis?.plural) return false;
  // (an occupation, not a title: `mütəxəssis "X" ilə danışıqlar` is a specialist's talks with a club X)
  if (!hasBase(sc.lx.occupations, o.lower, sc.lx) && !sc.lx.occupations.has(sc.lemmaAt(q - 1))) return false;
  return !sc.matchKnown(s, e);
}

/** The head right after a closing quote: its type, the words it adds to the name, the index after it. */
function headAfterQuote(sc: SentenceScope, h: number): { type: EntityType; tail: string; end: number; capitalHead?: boolean } | null {
  const { toks, lx } = sc;
  const head = toks[h];
  if (!head || !isWord(head)) return null;
  // a nickname (`"X" ləqəbli bloqer`): the person so called
  if (!startsUpper(head) && lx.t.nicknameWords?.includes(head.lower)) return { type: "PER", tail: "", end: h + 1 };
  // a legal form is no part of the company's name
  const long = sc.longLegalForm(h);
  if (long > h) return { type: "ORG", tail: "", end: long };
  if (sc.legalFormAt(h)) return { type: "ORG", tail: "", end: h + 1 };
  // a facility's head is part of its name (`"Qala" Mehmanxana Kompleksi`)
  const facility = sc.headPhrase(lx.facilityHeads, h);
  if (facility > h) {
    // a plural head (`"A" və "B" stansiyaları`) gives no one name's head
    const base = sc.phraseBase(h, facility);
    return { type: "LOC", tail: lx.facilityHeads.has(lx.lower(base)) ? " " + base : "", end: facility };
  }
  if (startsUpper(head)) {
    // capitalised common words closed by a head describe the name before them (`"X" Biznes Şirkəti`)
    let k = h;
    while (k < sc.end && k - h < 3 && sc.nameLike(k) && !sc.headKind(toks[k])
      && (isCommonWord(toks[k]) || !(sc.matchKnown(k, sc.end) || lx.given.has(toks[k].lower)))) k++;
    const type = k < sc.end && sc.nameLike(k) ? sc.headKind(toks[k]) : null;
    return type && type !== "LOC" ? { type, tail: type === "MISC" ? " " + sc.phraseBase(h, k + 1) : "", end: k + 1, capitalHead: type === "ORG" && k > h } : null;
  }
  // a plural head (`"A" və "B" klubları`) by its lemma
  let type = sc.headKind(head) ?? (lx.orgHeads.has(lx.lower(head.lemma)) ? "ORG" : null);
  if (type === "LOC") type = null; // `"Qarabağ" stadionu` is not a place's name
  // an event's head without the compound's possessive is no head of the name (`"X" zirvəyə yüksəldi`, `"X" saziş sahəsi`)
  if (type === "MISC" && !sc.possessedHead(head)) type = null;
  // an event's head is part of its name (`"Yaşıl Keçid" forumu`); a body's is a descriptor (`"Politico" qəzeti`)
  return type ? { type, tail: type === "MISC" ? " " + sc.headBase(head) : "", end: h + 1 } : null;
}

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&'-]*$/;

/** A firm quoted by its name in the Latin script of its own language, with a word of that language
 *  that makes it a firm (`"Bank of X"`, `"X Y Bank"`, `"X Co."`, an abbreviation keeping its dot):
 *  the whole run inside the marks is one organisation, its lower-case connectors included, with no
 *  head after it. Returns the index after the closing mark, or q. */
function latinFirm(sc: SentenceScope, q: number): number {
  const toks = sc.toks, lx = sc.lx;
  if (!lx.latinFirmWords.size || !toks[q + 1] || toks[q + 1].spaceBefore) return q;
  let c = q + 1, words = 0, firm = false;
  while (c < sc.end && c - q <= 10 && !isQuote(toks[c])) {
    const t = toks[c];
    if (t.kind === "punct" && t.norm === "." && !t.spaceBefore && words && isQuote(toks[c + 1]) && lx.latinFirmWords.has(lx.lower(toks[c - 1].norm))) { c++; continue; }
    if (!isWord(t) || !LATIN_WORD.test(t.norm)) return q;
    const connector = lx.connectors.has(t.lower);
    if (!connector && !startsUpper(t)) return q;
    if (connector && (c === q + 1 || !toks[c + 1] || isQuote(toks[c + 1]))) return q;
    if (!connector) words++;
    if (lx.latinFirmWords.has(t.lower)) firm = true;
    c++;
  }
  if (!isQuote(toks[c]) || words < 2 || !firm) return q;
  const text = sc.ctx.doc.text;
  sc.push({ tokStart: q + 1, tokEnd: c, type: "ORG", name: text.slice(toks[q + 1].start, toks[c - 1].end) });
  return c + 1;
}

/** A title in quotes closed inside the marks by a document's head (`"X və Y Nəzarət Qaydası"`, `"Z İnkişafı
 *  Strategiyası"`): the title names no body; only known names inside it are names (a law's title holds its
 *  places and bodies). Returns the index after the closing mark, or q. */
function quotedTitle(sc: SentenceScope, q: number): number {
  const toks = sc.toks;
  const c = quotedSpan(sc, q);
  if (c < q + 3) return q;
  const last = toks[c - 1];
  if (!isWord(last) || !startsUpper(last) || !hasBase(sc.lx.documentHeads, last.lower, sc.lx)) return q;
  // (a known name closing the marks is that name: `"X Sazişi"` the tables hold)
  for (let k = q + 1; k < c; k++) { const m = sc.matchKnown(k, c); if (m && m.end === c) return q; }
  for (let k = q + 1; k < c - 1;) {
    const m = sc.matchKnown(k, c - 1);
    if (m && m.k.type !== "PER") { sc.push({ tokStart: k, tokEnd: m.end, type: m.k.type, known: m.k }); k = m.end; }
    else k++;
  }
  return c + 1;
}

// Long names of bodies that reach past a plain capitalised run: a country's genitive written apart
// (`ABŞ-ın Mənzil Departamenti`), runs joined by a connector, a body attached to an office
// (`X yanında Y İdarəsi`).
import { endingsOf, startsUpper, surnameShaped } from "./lexicon.js";
import type { SentenceScope } from "./scope.js";
import { isAcronym } from "./words.js";
import type { Token } from "../../text/doc.js";

/** A country, or an international body (`BMT-nin`, its agencies), with a genitive ending written
 *  apart (`ABŞ-ın`), then an unknown body's name. */
export function countryOwnsBody(sc: SentenceScope, c: number): boolean {
  const { toks, lx } = sc;
  const t = toks[c];
  const h = t.norm.search(/[-'’]/);
  const owner = h > 0 ? lx.known.get(t.lower.slice(0, h)) : undefined;
  if (!owner || !(owner.iso || (owner.type === "ORG" && owner.international))) return false;
  if (!endingsOf(t.lower, lx).some((e) => e.case === "gen" && e.stemLength === h)) return false;
  let e = c + 1;
  while (e < sc.end && sc.nameLike(e) && !toks[e].lineBefore && (e === c + 1 || !sc.detachedEnding(toks[e - 1]))) e++;
  e = joinConnected(sc, e);
  if (e - c < 3 || sc.headKind(toks[e - 1]) !== "ORG") return false;
  const known = sc.matchKnown(c + 1, e);
  return !(known && known.end === e);
}

/** Runs joined by connectors from j, when the whole ends as an organisation: the index after them
 *  (`Baytarlıq və Fitosanitar Nəzarət üzrə Federal Xidmət`: several connectors before the head). */
export function joinConnected(sc: SentenceScope, j: number): number {
  const toks = sc.toks;
  let k = j;
  // the start of the run before the connector (-1: the chain's, at least one word before k)
  let start = -1;
  // a run already closed as a body is coordinated with the next, not part of it (`X Fondu və Y Nazirliyi`)
  // (and so is an abbreviation before the connector, a whole name of its own: `ABC və X Palataları Federasiyası arasında`,
  // or a word the document writes alone elsewhere, `Trendyol və PAŞA Holding`)
  // (but a head that is a bare noun of an activity with its object in a case before it, `Vətəndaşlara Xidmət və Sosial
  // İnnovasiyalar üzrə Dövlət Agentliyi`, closes no body: it names what the body does)
  while (k + 1 < sc.end && sc.lx.connectors.has(toks[k].lower) && sc.nameLike(k + 1) && (!closesBody(sc, start, k) || activityHead(sc, k)) &&
    !(k > 0 && isAcronym(toks[k - 1])) && !(start < 0 && nameAloneElsewhere(sc, k)) && !(start < 0 && personBefore(sc, k))) {
    start = k + 1;
    k += 2;
    while (k < sc.end && sc.nameLike(k) && !toks[k].lineBefore) k++;
    if (closesBody(sc, start, k)) { j = k; continue; }
    // (a body's head, then a name known by itself running on: `X və Y Nazirliyi Z ziyarətində` ends at the head)
    for (let m = k - 1; m > start; m--) {
      if (!closesBody(sc, start, m)) continue;
      const known = sc.matchKnown(m, k);
      if (known && known.end === k) return m;
      break;
    }
  }
  return j;
}

/** `Şahin Mustafayev və Rusiya Hökuməti sədrinin müavini …`: a given name and a surname of a surname's shape right before
 *  the connector at c are a person, coordinated with the body after it, not words of its name. */
function personBefore(sc: SentenceScope, c: number): boolean {
  const toks = sc.toks;
  return c - 2 >= sc.start && sc.lx.given.has(toks[c - 2].lower) && surnameShaped(toks[c - 1].lower, sc.lx, true);
}

/** `Trendyol və PAŞA Holding birlikdə …`: the one word before the connector at c, no common word, stands elsewhere in
 *  the document as a name by itself (capitalised, no capitalised word or connector next to it): two names coordinated,
 *  not one body's name. */
function nameAloneElsewhere(sc: SentenceScope, c: number): boolean {
  const toks = sc.ctx.doc.tokens, w = toks[c - 1];
  if (c - 1 < sc.start || (c - 2 >= sc.start && sc.nameLike(c - 2)) || !startsUpper(w) || sc.ctx.commonReading?.(w.lower)) return false;
  // (the word at c - 1 is never alone itself: a connector follows it)
  return wordsAlone(toks, sc).has(w.norm);
}

/** The capitalised words a document writes alone (no capitalised word or connector next to them), found once per
 *  document: asking the whole document per connector would be quadratic in long texts. */
const aloneByDoc = new WeakMap<readonly Token[], Set<string>>();
function wordsAlone(toks: readonly Token[], sc: SentenceScope): Set<string> {
  let out = aloneByDoc.get(toks);
  if (out) return out;
  out = new Set();
  const apart = (t: Token | undefined) => !t || t.kind !== "word" || (!startsUpper(t) && !sc.lx.connectors.has(t.lower));
  for (let k = 0; k < toks.length; k++) if (startsUpper(toks[k]) && apart(toks[k - 1]) && apart(toks[k + 1])) out.add(toks[k].norm);
  aloneByDoc.set(toks, out);
  return out;
}

/** The word before k is a bare head noun (no possessive, no case: `Xidmət`) after a capitalised word in a case of place or
 *  direction (`Vətəndaşlara`): the service to someone, a phrase inside a longer name, not a body's name closed there. */
function activityHead(sc: SentenceScope, k: number): boolean {
  const head = sc.toks[k - 1], obj = sc.toks[k - 2], a = head.analysis, c = obj?.analysis?.case;
  if (!obj || !startsUpper(obj) || sc.legalFormAt(k - 1) || sc.legalFormAt(k) || a?.case || a?.poss) return false;
  return c === "dat" || c === "loc" || c === "abl" || c === "ins";
}

/** The run [s, k) ends as an organisation: its last word is a body's head, a legal form closes it
 *  (after a name: `X MMC`, not `MMC` alone), or one follows. */
function closesBody(sc: SentenceScope, s: number, k: number): boolean {
  return sc.headKind(sc.toks[k - 1]) === "ORG" || (k - 1 > s && sc.legalFormAt(k - 1)) || sc.legalFormAt(k);
}

/** After the run [i, j): lower-case title words (`prokuror`), an attachment word, then a body's name. */
export function attachedBody(sc: SentenceScope, i: number, j: number): number {
  const toks = sc.toks;
  let k = j;
  while (k < sc.end && k - j < 2 && toks[k].kind === "word" && !startsUpper(toks[k]) && sc.isTitle(k)) k++;
  if (!sc.lx.attachment.has(toks[k]?.lower ?? "") || !sc.nameLike(k + 1)) return j;
  // the office or body the name is attached to is a title or ends in a head (`Nazirlər Kabineti yanında`)
  if (k === j && !sc.isTitle(j - 1) && !sc.headKind(toks[j - 1]) && !sc.matchKnown(i, j)) return j;
  let e = k + 1;
  while (e < sc.end && sc.nameLike(e) && !toks[e].lineBefore) e++;
  e = joinConnected(sc, e);
  return sc.headKind(toks[e - 1]) === "ORG" ? e : j;
}

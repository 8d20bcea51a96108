// Short forms of organisations and places take the fullest name the article gives: an
// abbreviation in brackets after a name (`... Sisteminin (FED)`) or before one is that name, an
// abbreviation of a body's initials (`DTX`) the one body it spells, and a body named
// without its country (`Maliyyə Nazirliyinin`) is the one longer name in the article ending so.
import type { Doc, Entity } from "../text/doc.js";
import { wordsInOrder } from "./words.js";
import { isAcronym } from "../extract/entities/words.js";

const opens = (s: string | undefined) => s === "(" || s === "[";

/** `Qazaxıstan Gəlirlər Komitəsi` in `Qazaxıstan Maliyyə Nazirliyinin Gəlirlər Komitəsi`: the same first
 *  and last words, the short name's words in order inside the long one (a middle part left out). */
function shortenedInside(short: string, long: string): boolean {
  const s = short.split(" "), l = long.split(" ");
  return s.length >= 2 && s[0] === l[0] && s[s.length - 1] === l[l.length - 1] && wordsInOrder(s, l);
}

/** The name's last capitalised words (lower-case connectors left out) begin with the abbreviation's letters. */
function spelledByInitials(abbr: string, name: string): boolean {
  const words = name.split(" ").filter((w) => w[0] !== w[0].toLowerCase());
  if (words.length < abbr.length) return false;
  let initials = "";
  for (const w of words.slice(words.length - abbr.length)) initials += w[0];
  return initials === abbr;
}

export function linkBodies(doc: Doc): void {
  const toks = doc.tokens;
  const ents = doc.entities.filter((e) => e.type === "ORG" || e.type === "LOC");
  if (ents.length < 2) return;
  const endingAt = new Map<number, Entity>();
  for (const e of ents) if (e.tokEnd !== undefined) endingAt.set(e.tokEnd, e);
  const startingAt = new Map<number, Entity>();
  for (const e of ents) if (e.tokStart !== undefined) startingAt.set(e.tokStart, e);
  // `Name (ABBR)` or `ABBR (Name)`: the abbreviation stands for the name, wherever the article uses it
  const expansions = new Map<string, string>();
  const abbreviations: Entity[] = [];
  for (const e of ents) {
    if (e.tokStart === undefined || e.tokEnd !== e.tokStart + 1) continue;
    const t = toks[e.tokStart];
    // (with its case ending after a hyphen too: `ABC-dən` is `ABC`)
    if (!isAcronym(t) && t.norm !== t.norm.toUpperCase()) continue;
    abbreviations.push(e);
    const before = opens(toks[e.tokStart - 1]?.norm) ? endingAt.get(e.tokStart - 1) : undefined;
    const after = opens(toks[e.tokEnd]?.norm) ? startingAt.get(e.tokEnd + 1) : undefined;
    for (const full of [before, after]) {
      if (full && full.type === e.type && full.name !== e.name && full.name.includes(" ")) { expansions.set(e.name, full.name); break; }
    }
  }
  for (const e of ents) {
    const full = expansions.get(e.name);
    if (full) e.name = full;
  }
  // an abbreviation never spelt out in brackets: the one name of a body in the article whose last
  // capitalised words it spells by their initials (`DTX` for `ABŞ-nin Daxili Təhlikəsizlik Xidməti`)
  const bodies = [...new Set(ents.filter((e) => e.type === "ORG").map((e) => e.name))];
  for (const e of abbreviations) {
    if (e.type !== "ORG" || e.name.length < 3 || e.name.includes(" ") || expansions.has(e.name)) continue;
    const spelt = bodies.filter((n) => spelledByInitials(e.name, n));
    if (spelt.length === 1) e.name = spelt[0];
  }
  // an owner before an abbreviation (`Moldova XİN-in` beside `Moldova Xarici İşlər Nazirliyi`): the one body named with the
  // same owner whose words after it the abbreviation spells
  for (const e of ents) {
    const cut = e.name.lastIndexOf(" ");
    if (e.type !== "ORG" || cut < 0 || e.tokEnd === undefined || !isAcronym(toks[e.tokEnd - 1])) continue;
    const owner = e.name.slice(0, cut + 1), abbr = e.name.slice(cut + 1);
    if (abbr.length < 2 || abbr !== abbr.toUpperCase()) continue;
    const spelt = bodies.filter((n) => n.startsWith(owner) && n.length > e.name.length && spelledByInitials(abbr, n.slice(owner.length)));
    if (spelt.length === 1) e.name = spelt[0];
  }
  // a body's short name: the single longer name of a body that ends with it
  const bodyNames = new Set(ents.filter((e) => e.type === "ORG").map((e) => e.name));
  // (an owner before a body adds a possessive to its last word: `X Respublikası Milli Məclisi` ends
  // in `Milli Məclis` once the possessive is off)
  const unowned = new Map<string, string>();
  for (const e of ents) {
    const last = e.tokEnd !== undefined ? toks[e.tokEnd - 1] : undefined;
    const cut = e.name.lastIndexOf(" ");
    if (e.type !== "ORG" || cut < 0 || !last?.analysis?.poss || !last.lemma) continue;
    const word = e.name.slice(cut + 1);
    if (word.length > last.lemma.length && word.startsWith(last.lemma)) unowned.set(e.name, e.name.slice(0, cut + 1) + last.lemma);
  }
  const endsWithName = (long: string, short: string) => long.endsWith(" " + short) || !!unowned.get(long)?.endsWith(" " + short);
  const longer = new Map<string, string | null>();
  // (a name of several words written whole between quotation marks is a full name of its own, not a
  // short form: `"Bank of X"` beside `"Y Bank of X"` are two firms)
  const isQuote = (k: number | undefined) => k !== undefined && toks[k]?.kind === "punct" && toks[k].norm === '"';
  const quotedWhole = (e: Entity) => e.tokStart !== undefined && e.tokEnd !== undefined && e.tokEnd - e.tokStart >= 2
    && isQuote(e.tokStart - 1) && isQuote(e.tokEnd);
  // (a name with a middle part left out is no short form of a longer name listed in its own sentence: `X Texniki
  // Universiteti, X Universiteti` are two)
  const sentencesOf = new Map<string, Set<number>>();
  for (const e of ents) {
    const sent = e.tokStart !== undefined ? toks[e.tokStart]?.sent : undefined;
    if (e.type !== "ORG" || sent === undefined) continue;
    const l = sentencesOf.get(e.name) ?? new Set<number>();
    sentencesOf.set(e.name, l.add(sent));
  }
  const together = (a: string, b: string) => [...(sentencesOf.get(a) ?? [])].some((x) => sentencesOf.get(b)?.has(x));
  // (a short name after a state in the genitive is that state's body, `Suriyanın Xarici İşlər Nazirliyi`: no longer name
  // of another state's body, `Türkiyə Xarici İşlər Nazirliyi`, is its full form)
  const ownerOf = (e: Entity) => e.tokStart === undefined ? undefined : ents.find((o) => o.type === "LOC" && o.tokEnd !== undefined && o.tokEnd === e.tokStart &&
    toks[o.tokEnd - 1]?.analysis?.case === "gen");
  for (const e of ents) {
    if (e.type !== "ORG" || quotedWhole(e)) continue;
    const owner = ownerOf(e);
    if (owner) {
      const own = [...bodyNames].filter((n) => n.length > e.name.length && n.startsWith(owner.name + " ") && endsWithName(n, e.name));
      if (own.length === 1) e.name = own[0];
      continue;
    }
    let pick = longer.get(e.name);
    if (pick === undefined) {
      pick = null;
      for (const n of bodyNames) {
        if (n.length <= e.name.length || !(endsWithName(n, e.name) || (shortenedInside(e.name, n) && !together(e.name, n)))) continue;
        if (pick !== null) { pick = null; break; }
        pick = n;
      }
      longer.set(e.name, pick);
    }
    if (pick) e.name = pick;
  }
  // `Azərbaycanın İsraildəki səfirliyi` beside `… Səfirliyi`: a body written with a lower-case head and
  // elsewhere with a capital is one body, named as written in capitals
  const capital = (n: string) => n.split(" ").filter((w) => w[0] !== w[0].toLowerCase()).length;
  const byLower = new Map<string, string>();
  for (const e of ents) {
    if (e.type !== "ORG") continue;
    const k = e.name.toLowerCase(), seen = byLower.get(k);
    // (the same name again is no more capitalised: most ORG names recur as written)
    if (!seen || (seen !== e.name && capital(e.name) > capital(seen))) byLower.set(k, e.name);
  }
  for (const e of ents) if (e.type === "ORG") e.name = byLower.get(e.name.toLowerCase()) ?? e.name;
}

// Questions about a single token's form (no tables): is it a word, an acronym, a quote, an initial.
import type { Token } from "../../text/doc.js";
import { startsUpper } from "./lexicon.js";

export const isWord = (t: Token | undefined) => !!t && (t.kind === "word" || t.kind === "abbr" || t.kind === "initial");

/** `ECO`, `ECO-nun`: an acronym, which ends a person's name rather than continuing it. */
export function isAcronym(t: Token): boolean {
  const head = beforeJoiner(t.norm);
  return t.kind === "abbr" || (head.length >= 2 && head === head.toUpperCase() && head !== head.toLowerCase());
}

export const isQuote = (t: Token | undefined) => !!t && t.kind === "punct" && t.norm === '"';

/** `III`, `IV-cü`, `I-IV`: a Roman numeral (an ordinal: `III qrup`, `XXI əsr`), written in the Latin
 *  capitals I, V and X; an ending or a second numeral may follow a hyphen. */
export function isRomanNumeral(t: Token): boolean {
  return t.kind !== "initial" && ROMAN.test(beforeJoiner(t.norm));
}
const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;

/** An initial written with the name (V.Putin) or alone (V.). */
export function isInitialWord(t: Token): boolean {
  return t.kind === "initial" || (t.norm.length > 2 && t.norm[1] === "." && startsUpper(t));
}

/** A capital letter and a full stop read as an abbreviation (`Ş.` also abbreviates a common noun): before a
 *  capitalised word it is an initial (`Ş. Hüseyni`, `Ş.Hüseyni`). */
export function isLetterAbbreviation(t: Token): boolean {
  return t.kind === "abbr" && /^\p{Lu}\.$/u.test(t.norm);
}

/** The word up to its first hyphen or apostrophe (`MMC-nin` -> `MMC`): what `split(/[-'’]/)[0]` gives. */
export function beforeJoiner(w: string): string {
  for (let x = 0; x < w.length; x++) {
    const c = w[x];
    if (c === "-" || c === "'" || c === "’") return w.slice(0, x);
  }
  return w;
}

/** A lower-case name particle joined by a hyphen to a capitalised part (`əl-Ənsari`, `əş-Şəra`). */
export function hyphenedParticle(t: Token, particles: ReadonlySet<string>): boolean {
  const h = t.norm.indexOf("-");
  if (t.kind !== "word" || h < 1 || h > 3 || !particles.has(t.norm.slice(0, h))) return false;
  const rest = t.norm.slice(h + 1);
  return rest.length > 1 && rest[0] !== rest[0].toLowerCase();
}

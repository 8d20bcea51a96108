// Sentences written in capitals or in lower case only: a capital says nothing, so only the names
// the tables know (and a given name before a surname's shape) are taken, re-cased.
import { surnameShaped } from "./lexicon.js";
import type { SentenceMode } from "./mode.js";
import type { SentenceScope } from "./scope.js";
import { isWord } from "./words.js";
import { knownSurname } from "./people.js";

export function namesByLexicon(sc: SentenceScope, mode: SentenceMode): void {
  const { toks, lx } = sc;
  let i = sc.start;
  while (i < sc.end) {
    const t = toks[i];
    if (!isWord(t)) { i++; continue; }
    const known = sc.matchKnown(i, sc.end);
    if (known && !(known.end - i === 1 && (lx.notNames.has(t.lower) || (mode === "lower" && known.k.type === "ORG")))) {
      sc.push({ tokStart: i, tokEnd: known.end, type: known.k.type, known: known.k, recase: true });
      i = known.end;
      continue;
    }
    const next = toks[i + 1];
    if (lx.given.has(t.lower) && isWord(next) && surnameShaped(next.lower, lx, false)) {
      sc.push({ tokStart: i, tokEnd: i + 2, type: "PER", recase: true });
      i += 2;
      continue;
    }
    // `ƏLİYEV PUTİNLƏ GÖRÜŞDÜ`: a known person's surname, with its case ending, stands for them
    if (mode === "caps" && (surnameShaped(t.lower, lx, true) || knownSurname(sc, i))) {
      sc.push({ tokStart: i, tokEnd: i + 1, type: "PER", recase: true });
    }
    i++;
  }
}

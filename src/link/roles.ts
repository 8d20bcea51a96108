// Role phrases: `Rusiya prezidenti` names a person without naming them. The country before the
// role and the document date find the holder in the office table; a name right after the role
// (`prezident Vladimir Putin`) wins over the table. The phrase goes to doc.links, not entities.
import type { Doc, Entity, RoleLink, Token } from "../text/doc.js";
import type { EntityTables, RoleWord } from "../extract/entities/tables.js";
import { endingsOf, type Lexicon } from "../extract/entities/lexicon.js";
import { isUpperChar } from "../text/chars.js";
import type { OfficeIndex } from "./offices.js";

export interface RoleContext {
  doc: Doc;
  t: EntityTables;
  lx: Lexicon;
  offices: OfficeIndex;
  /** Country code of an entity (ISO, or EU), when it is a state. */
  countryOf(e: Entity): string | undefined;
  idOf(name: string): string | undefined;
}

/** The case a word carries when its stem is `base` (undefined: nominative or unknown). */
function caseWithBase(tok: Token, base: string, lx: Lexicon) {
  if (tok.lower === base) return undefined;
  for (const s of endingsOf(tok.lower, lx)) if (tok.lower.slice(0, s.stemLength) === base) return s.case;
  return tok.analysis?.case;
}

function wordMatches(tok: Token, word: string, lx: Lexicon): boolean {
  if (tok.lower === word) return true;
  for (const s of endingsOf(tok.lower, lx)) if (tok.lower.slice(0, s.stemLength) === word) return true;
  return false;
}

export function findRoles(c: RoleContext): RoleLink[] {
  const { doc, t, lx } = c;
  const toks = doc.tokens;
  const byFirst = new Map<string, RoleWord[]>();
  for (const r of t.roles) {
    const l = byFirst.get(r.words[0]) ?? [];
    l.push(r);
    byFirst.set(r.words[0], l);
  }
  const endsAt = new Map<number, Entity>();
  const startsAt = new Map<number, Entity>();
  for (const e of doc.entities) {
    if (e.tokEnd !== undefined) endsAt.set(e.tokEnd, e);
    if (e.tokStart !== undefined) startsAt.set(e.tokStart, e);
  }
  // only one-word roles are inflected on their first word (prezidentini)
  const singleWords = t.roles.filter((r) => r.words.length === 1).map((r) => r.words[0]);
  const blockAfter = new Set(t.roleBlockersAfter);
  const blockBefore = new Set(t.roleBlockersBefore);
  const out: RoleLink[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    if (first.kind !== "word" && first.kind !== "abbr") continue;
    let cands = byFirst.get(first.lower);
    if (!cands && singleWords.some((w) => first.lower.startsWith(w))) {
      for (const s of endingsOf(first.lower, lx)) { cands = byFirst.get(first.lower.slice(0, s.stemLength)); if (cands) break; }
    }
    if (!cands) continue;
    for (const r of [...cands].sort((a, b) => b.words.length - a.words.length)) {
      const n = r.words.length;
      let ok = i + n <= toks.length;
      for (let k = 0; ok && k < n - 1; k++) ok = toks[i + k].lower === r.words[k] && toks[i + k].sent === first.sent;
      if (!ok || !wordMatches(toks[i + n - 1], r.words[n - 1], lx) || toks[i + n - 1].sent !== first.sent) continue;
      const end = i + n;
      if (toks[end] && blockAfter.has(toks[end].lower)) break;
      const country = endsAt.get(i);
      const code = country ? c.countryOf(country) : undefined;
      const start = code ? country!.tokStart! : i;
      if (toks[start - 1] && blockBefore.has(toks[start - 1].lower)) break;
      const after = startsAt.get(end);
      let name: string | undefined;
      if (after && after.type === "PER") name = after.name;
      else {
        const home = !code && isUpperChar(first.norm[0]) ? t.homeCountry : undefined;
        const holder = code || home ? c.offices.holder((code ?? home)!, r.office, doc.document_date) : null;
        name = holder?.name;
      }
      if (!name) break;
      const last = toks[end - 1];
      out.push({
        start: toks[start].start, end: last.end, text: doc.text.slice(toks[start].start, last.end), name,
        id: c.idOf(name), tokStart: start, tokEnd: end, case: caseWithBase(last, r.words[n - 1], lx), kind: "role",
      });
      i = end - 1;
      break;
    }
  }
  return out;
}

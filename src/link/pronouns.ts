// Pronouns (`o,`, `onun`, `ona`) link to the person in focus: a person named earlier in the same
// sentence, else the subject (first nominative person) of the nearest sentence before that names one.
import type { Doc, RoleLink } from "../text/doc.js";
import type { EntityTables } from "../extract/entities/tables.js";

interface PersonMention { tok: number; sent: number; name: string; id?: string; nominative: boolean }

/** How many sentences back a pronoun may look for its person. */
const LOOK_BACK = 3;

export function findPronouns(doc: Doc, t: EntityTables, roles: RoleLink[], idOf: (name: string) => string | undefined): RoleLink[] {
  const toks = doc.tokens;
  const mentions: PersonMention[] = [];
  for (const e of doc.entities) if (e.type === "PER" && e.tokStart !== undefined) mentions.push({ tok: e.tokStart, sent: toks[e.tokStart].sent, name: e.name, id: e.id, nominative: !e.case });
  for (const r of roles) mentions.push({ tok: r.tokStart, sent: toks[r.tokStart].sent, name: r.name, id: r.id, nominative: !r.case });
  mentions.sort((a, b) => a.tok - b.tok);
  const needComma = new Set(t.pronounsNeedComma);
  const out: RoleLink[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok.kind !== "word") continue;
    const c = t.pronouns[tok.lower];
    if (!c) continue;
    if (needComma.has(tok.lower) && toks[i + 1]?.norm !== ",") continue;
    const before: PersonMention[] = [];
    for (const m of mentions) { if (m.tok >= i) break; if (m.sent >= tok.sent - LOOK_BACK) before.push(m); }
    if (!before.length) continue;
    const same = before.filter((m) => m.sent === tok.sent);
    let pick: PersonMention | undefined;
    if (same.length) pick = same.find((m) => m.nominative) ?? same[0];
    else {
      const sent = before[before.length - 1].sent;
      const there = before.filter((m) => m.sent === sent);
      pick = there.find((m) => m.nominative) ?? there[0];
    }
    const link: RoleLink = {
      start: tok.start, end: tok.end, text: doc.text.slice(tok.start, tok.end), name: pick.name, id: pick.id ?? idOf(pick.name),
      tokStart: i, tokEnd: i + 1, kind: "pronoun",
    };
    if (c !== "nom") link.case = c;
    out.push(link);
    // the pronoun keeps the person in focus for the next one
    mentions.push({ tok: i, sent: tok.sent, name: pick.name, id: link.id, nominative: c === "nom" });
    mentions.sort((a, b) => a.tok - b.tok);
  }
  return out;
}

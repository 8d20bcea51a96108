// The guest (`Qonaq …`, `Qonağı … qarşılayıb`, `Yüksək qonaq`, `qonaqlar`): the one foreign person the article
// named before, the visitor agencies call so once they have told the visit. A foreign person is one titled with
// another state's office (`Gürcüstanın Baş naziri X`) or holding one by the office table. Two foreign people
// named before, or none: no link. The guest word owned by another (`Prezidentin qonağı`), made into a verb
// (`qonaq edib`), or named in apposition (`qonaq X`) is no such mention.
import type { Doc, RoleLink } from "../text/doc.js";
import type { EntityTables } from "../extract/entities/tables.js";
import type { OfficeIndex } from "./offices.js";

export function findGuests(doc: Doc, t: EntityTables, roles: RoleLink[], offices: OfficeIndex,
  idOf: (name: string) => string | undefined): RoleLink[] {
  const nouns = t.guestNouns;
  if (!nouns?.length) return [];
  const toks = doc.tokens;
  // (most documents have no guest word: nothing to link, and the people need not be read)
  if (!toks.some((tok) => tok.kind === "word" && nouns.includes(tok.analysis?.stem ?? tok.lower))) return [];
  // the state each person is titled with by a role right before them
  const titledAs = new Map<number, string>();
  for (const r of roles) if (r.iso) titledAs.set(r.tokEnd, r.iso);
  const foreign: { tok: number; end: number; name: string }[] = [];
  const linked = new Set<number>();
  // the mentions of a person in the nominative, by their first token (`qonaq X`: X named in apposition)
  const nominativeAt = new Set<number>();
  const personAt = new Map<number, (typeof doc.entities)[number]>();
  for (const e of doc.entities) if (e.type === "PER" && e.tokStart !== undefined && !personAt.has(e.tokStart)) personAt.set(e.tokStart, e);
  for (const r of roles) {
    for (let k = r.tokStart; k < r.tokEnd; k++) linked.add(k);
    // (a role titling the name after it is in that name's case: `Qonaq Prezident X-ə …`)
    const named = personAt.get(r.tokEnd);
    if (named ? !named.case || named.case === "nom" : !r.case || r.case === "nom") nominativeAt.add(r.tokStart);
  }
  for (const e of doc.entities) {
    if (e.tokStart === undefined) continue;
    for (let k = e.tokStart; k < (e.tokEnd ?? e.tokStart + 1); k++) linked.add(k);
    if (e.type !== "PER") continue;
    if (!e.case || e.case === "nom") nominativeAt.add(e.tokStart);
    const titled = titledAs.get(e.tokStart);
    const held = titled ? new Set([titled]) : offices.countriesOf(e.name, doc.document_date);
    if (held.size && !held.has(t.homeCountry)) foreign.push({ tok: e.tokStart, end: e.tokEnd ?? e.tokStart + 1, name: e.name });
  }
  if (!foreign.length) return [];
  const out: RoleLink[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok.kind !== "word" || linked.has(i) || !nouns.includes(tok.analysis?.stem ?? tok.lower)) continue;
    const prev = toks[i - 1], next = toks[i + 1];
    // (owned: `Prezidentin qonağı`, `otel qonaqları`; made a verb: `qonaq edib`; in apposition: `qonaq X`)
    if (prev?.kind === "word" && prev.sent === tok.sent && (prev.analysis?.case === "gen" || (prev.analysis?.pos === "NOUN" && !prev.analysis.case))) continue;
    // (only the bare word stands in apposition: `qonağı Baş nazir X qarşılayıb` names the host after it)
    if (!next || next.kind !== "word" || (nominativeAt.has(i + 1) && nouns.includes(tok.lower)) || (t.guestLightVerbs ?? []).some((v) => next.lower.startsWith(v))) continue;
    // (a person named in the guest word's own clause, with no verb or punctuation between, is its host:
    // `X Prezidenti Y qonağı … qarşılayıb`)
    const ownClause = (f: { end: number }) => toks[f.end - 1]?.sent === tok.sent &&
      toks.slice(f.end, i).every((w) => w.kind === "word" && w.analysis?.pos !== "VERB");
    const names = new Set(foreign.filter((f) => f.tok < i && !ownClause(f)).map((f) => f.name));
    if (names.size !== 1) continue;
    const name = [...names][0];
    // a possessive reading with no owner before it is the accusative (`Qonağı … qarşılayıb`)
    const c = tok.analysis?.case ?? (tok.analysis?.poss === "3" ? "acc" : undefined);
    // (the guest greeted by no one named, `qonağı rəsmi şəxslər qarşılayıb`, is the visit told already: no second side)
    if (c && c !== "nom" && !doc.entities.some((e) => e.type === "PER" && e.tokStart !== undefined && toks[e.tokStart].sent === tok.sent && !names.has(e.name))
      && !roles.some((r) => toks[r.tokStart].sent === tok.sent && !names.has(r.name))) continue;
    const link: RoleLink = { start: tok.start, end: tok.end, text: tok.norm, name, id: idOf(name), tokStart: i, tokEnd: i + 1, kind: "role" };
    if (c) link.case = c;
    out.push(link);
  }
  return out;
}

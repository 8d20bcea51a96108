// Pronouns (`o,`, `onun`, `ona`) link to the person in focus among those the article has already
// named: a person named earlier in the same sentence, else the subject (a nominative person) of
// the nearest sentence before, else the last person named. People named inside quoted speech
// are the speaker's words, not the narrative's focus: only a pronoun in the same quotation sees
// them, and a pronoun in a quotation sees only them.
import type { Doc, RoleLink } from "../text/doc.js";
import type { Case, EntityTables } from "../extract/entities/tables.js";
import { pairQuoteMarks, wordsInside } from "../extract/quotes/marks.js";
import { countBefore } from "../text/ordered.js";
import { beforePartner } from "./roles.js";

interface PersonMention { tok: number; end: number; sent: number; name: string; id?: string; nominative: boolean; genitive?: boolean; quote: number }

/** How many sentences back a pronoun may look for its person. */
const LOOK_BACK = 3;
/** Quotations this long are speech; shorter ones are titles and names. */
const SPEECH_WORDS = 4;

/** Per token: 1 + the index of the quoted speech holding it, 0 outside quoted speech. */
function speechOf(doc: Doc): Int32Array {
  const quote = new Int32Array(doc.tokens.length);
  pairQuoteMarks(doc).forEach((p, k) => {
    if (p.nested || wordsInside(doc, p) < SPEECH_WORDS) return;
    for (let i = p.open; i <= p.close; i++) quote[i] = k + 1;
  });
  return quote;
}

/** The person a pronoun at token `i` stands for, from the mentions before it. */
function personInFocus(before: PersonMention[], sent: number, c: Case | "nom"): PersonMention | undefined {
  const same = before.filter((m) => m.sent === sent);
  // an object pronoun is not the subject of its own clause (that would be the reflexive): it is the person last
  // named in another role (`X Y-ə zəng edib və onu təbrik edib`: Y), else the main clause's subject when another
  // subject came between (`X bildirib ki, Y onu dəvət edib`: X)
  if (same.length && c !== "nom" && c !== "gen") {
    // (a genitive only after that: it owns a noun, and is no role of its own)
    const oblique = same.filter((m) => !m.nominative && !m.genitive);
    if (oblique.length) return oblique[oblique.length - 1];
    // (with none, the first person named in the genitive other than the subject, the owner heading the phrase: `X Y-in
    // siyasətini tənqid edərək onu … çağırıb`, Y; `X Y-in Z Prezidentinin … təyin olunması münasibətilə onu`, Y)
    const owner = same.find((m) => m.genitive && !m.nominative && !same.some((n) => n.nominative && n.name === m.name));
    if (owner) return owner;
  }
  if (same.length) return same.find((m) => m.nominative) ?? same[0];
  // an object pronoun after a sentence whose subject was no person (`ABŞ X-ə qarşı sanksiyalar tətbiq edib. Vaşinqton onu …
  // ittiham edir`) is the person that sentence acted on, not a subject named farther back
  const prev = before.filter((m) => m.sent === sent - 1);
  if (c !== "nom" && c !== "gen" && prev.length && !prev.some((m) => m.nominative)) {
    const acted = prev.filter((m) => !m.genitive);
    if (acted.length) return acted[acted.length - 1];
  }
  for (let k = before.length - 1; k >= 0; k--) if (before[k].nominative) return before[k];
  return before[before.length - 1];
}

/** Index of the first mention at token `tok` or later (mentions are sorted by token). */
const firstAtOrAfter = (mentions: PersonMention[], tok: number) => countBefore(mentions, (m) => m.tok < tok);

interface PronounIndex { cases: Map<string, Case | "nom">; needComma: Set<string>; counterparts: Map<string, Case | "nom"> }

const indexes = new WeakMap<EntityTables, PronounIndex>();

/** The pronoun tables as a Map and a Set, built once: looking every word up in an object is slow. */
function pronounIndex(t: EntityTables): PronounIndex {
  let x = indexes.get(t);
  if (!x) indexes.set(t, (x = { cases: new Map(Object.entries(t.pronouns)), needComma: new Set(t.pronounsNeedComma), counterparts: new Map(Object.entries(t.counterparts ?? {})) }));
  return x;
}

/** "Their counterpart": the person last named before who is not the subject named earlier in the sentence. */
function counterpartOf(before: PersonMention[], sent: number): PersonMention | undefined {
  const subject = before.find((m) => m.sent === sent && m.nominative);
  for (let k = before.length - 1; k >= 0; k--) if (before[k].name !== subject?.name) return before[k];
  return undefined;
}

export function findPronouns(doc: Doc, t: EntityTables, roles: RoleLink[], idOf: (name: string) => string | undefined): RoleLink[] {
  const toks = doc.tokens;
  const quote = speechOf(doc);
  const mentions: PersonMention[] = [];
  // (a bare name before a partner postposition, `X ilə görüşəcək`, is the partner, not the subject in focus)
  const add = (tok: number, end: number, name: string, id: string | undefined, c: string | undefined) => {
    mentions.push({ tok, end, sent: toks[tok].sent, name, id, nominative: nominative(c) && !beforePartner(doc, t, end) && !beforeTopic(end), genitive: c === "gen", quote: quote[tok] });
  };
  // (nor is one a topic postposition follows, `X barədə məlumat`: what is talked of)
  const topics = new Set(t.topicPostpositions ?? []);
  const beforeTopic = (end: number) => topics.has(toks[end]?.lower ?? "");
  // a predicate name (`rəhbəri Balayevdir`) is in focus as much as a subject
  const nominative = (c: string | undefined) => !c || c === "nom";
  // a role right before the name it titles (`Prezidenti İlham Əliyevə`) is that mention, in the name's case
  const namedAt = new Map<number, string>();
  for (const e of doc.entities) {
    if (e.type !== "PER" || e.tokStart === undefined) continue;
    add(e.tokStart, e.tokEnd ?? e.tokStart + 1, e.name, e.id, e.case);
    namedAt.set(e.tokStart, e.name);
  }
  for (const r of roles) if (namedAt.get(r.tokEnd) !== r.name) add(r.tokStart, r.tokEnd, r.name, r.id, r.case);
  mentions.sort((a, b) => a.tok - b.tok);
  const { cases, needComma, counterparts } = pronounIndex(t);
  const out: RoleLink[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok.kind !== "word") continue;
    // (`həmkarı X`: the name after it says who)
    const counterpart = namedAt.has(i + 1) ? undefined : counterparts.get(tok.lower);
    const c = cases.get(tok.lower) ?? counterpart;
    if (!c) continue;
    // `o, …` and `o deyib` are the pronoun; `o gün` is the demonstrative
    if (needComma.has(tok.lower) && toks[i + 1]?.norm !== "," && toks[i + 1]?.analysis?.pos !== "VERB") continue;
    // the mentions before the pronoun within LOOK_BACK sentences, walking back from it (mentions stay sorted)
    const at = firstAtOrAfter(mentions, i);
    const before: PersonMention[] = [];
    for (let k = at - 1; k >= 0 && mentions[k].sent >= tok.sent - LOOK_BACK; k--) {
      // inside a quotation, `o` is someone the speaker names there (never the speaker)
      if (mentions[k].quote === quote[i]) before.push(mentions[k]);
    }
    before.reverse();
    const pick = counterpart ? counterpartOf(before, tok.sent) : personInFocus(before, tok.sent, c);
    // `Uşakov onu da qeyd edib ki`: a pronoun right after a person is not that person
    if (!pick || (!counterpart && before.some((m) => m.end === i))) continue;
    const link: RoleLink = {
      start: tok.start, end: tok.end, text: doc.text.slice(tok.start, tok.end), name: pick.name, id: pick.id ?? idOf(pick.name),
      tokStart: i, tokEnd: i + 1, kind: "pronoun",
    };
    if (c !== "nom") link.case = c;
    out.push(link);
    // the pronoun keeps the person in focus for the next one
    mentions.splice(firstAtOrAfter(mentions, i + 1), 0, { tok: i, end: i + 1, sent: tok.sent, name: pick.name, id: link.id, nominative: c === "nom", quote: quote[i] });
  }
  return out;
}

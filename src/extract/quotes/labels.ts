// Label lines: the headline shape `Speaker: "…"`, where a short clause with no finite verb opens the
// sentence, a colon follows it, and the quotation runs to the end of the sentence. The label names
// who speaks even when the entity stage took no name there:
// - a run of capitalised words is the speaker as written (`Orban:`, `Sahil Babayev:`, `Qərbi
//   Azərbaycan Xronikası:`): the colon shows the run is nominative, and its first word's capital
//   is proof of a name only when the morphology does not know it as a common word;
// - a quoted name is the speaker (`"Politico":`);
// - a name in the ablative opening a noun phrase speaks (`X-dən Y-ə ittiham:`, `X-dən açıqlama:`);
// - an office (`Prezident:`, `X-in müşaviri:`, `X Prezidenti:`, `X-li nazir:`) gives the holder the
//   link stage resolved it to, else its country or owner (a person the line does not name), else
//   nobody (`Deputat:`, `Nazir müavini:`).
// Which words are titles, given names or countries comes from the entity tables of the language.
import type { Token } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { DocContext } from "../events/context.js";
import { demonymPlace, lexicon, startsUpper, type Lexicon } from "../entities/lexicon.js";
import { isQuote } from "../entities/words.js";
import { isUpperChar } from "../../text/chars.js";

/** The most tokens a label has (`Alptekin Cihangir İşbilir`, `ABŞ-nin ordu naziri`). */
const LABEL_TOKENS = 5;
/** The most a label opened by a name in the ablative has: the noun phrase of what comes from it runs longer
 *  (`X-dən barəsində yayılan iddialara cavab:`). */
const SOURCE_LABEL_TOKENS = 8;

/** The speaker a label names: a name, or null when the label names nobody. */
export interface Label {
  name: string | null;
}

/** The label over tokens [a, c) (`c` the colon, `a` the sentence start), or undefined when those
 *  tokens are no label (a clause with a verb, punctuation, too many words). */
export function labelSpeaker(ctx: DocContext, lang: Language, a: number, c: number): Label | undefined {
  const toks = ctx.tokens;
  // (the marks of a quoted name count for no words: `"The Wall Street Journal":`)
  const marks = isQuote(toks[a]) && isQuote(toks[c - 1]) ? 2 : 0;
  if (!lang.entities || c - a < 1 || c - a - marks > SOURCE_LABEL_TOKENS) return undefined;
  const lx = lexicon(lang.entities, lang.lower);
  for (let k = a; k < c; k++) {
    const tk = toks[k];
    if (tk.lineBefore && k > a) return undefined;
    if (tk.kind === "punct" ? !isQuote(tk) : !wordLike(tk)) return undefined;
    if (tk.analysis?.pos === "VERB" && tk.analysis.verbForm === "fin") return undefined;
  }
  // (a title cut short opening the label is a title, outside the name: `prof. X:`, `Dos. X:`)
  if (a + 1 < c && toks[a].kind === "abbr" && toks[a].lower.endsWith(".") && toks[a].lower.length > 2 &&
    titleAbbreviated(lx.titles, toks[a].lower.slice(0, -1))) a++;
  const quoted = c - a - marks <= LABEL_TOKENS ? quotedName(ctx, a, c) : undefined;
  if (quoted !== undefined) return quoted ? { name: quoted } : undefined;
  const owner = quotedOwner(ctx, lang, lx, a, c);
  if (owner) return { name: owner };
  for (let k = a; k < c; k++) if (isQuote(toks[k])) return undefined;
  // `X-dən Y-ə ittiham:`: the one the words come from
  const from = ablativeOpener(ctx, a, c);
  if (from) return { name: from };
  if (c - a - marks > LABEL_TOKENS) return undefined;
  let title = -1;
  for (let k = a; k < c && title < 0; k++) if (lx.titles.has(toks[k].lower)) title = k;
  // (a title in the ablative opening a noun phrase is the office the words come from: `Deputatdan TƏKLİF:`)
  const opener = toks[a].analysis;
  if (title < 0 && a + 1 < c && opener?.pos === "NOUN" && opener.case === "abl" && opener.poss === undefined && lx.titles.has(opener.stem)) title = a;
  if (title >= 0) return { name: officeLabel(ctx, lx, a, c, title) };
  const capitals = toks.slice(a, c).every((t) => t.kind !== "word" || startsUpper(t));
  // `Tramp Putin haqqında:`: the one named first speaks of the one after, whom the topic word closes
  if (lang.events?.topicWords.includes(toks[c - 1].lower)) {
    const first = ctx.doc.entities.find((e) => e.tokStart === a && e.tokEnd! < c - 1);
    if (first) return { name: first.name };
  }
  // `Xüsusi təyinatlı X:`, `Yerli sakin X:`: a person the words before the colon describe
  if (!capitals) return { name: personClosing(ctx, a, c)?.name ?? null };
  // (a noun of speech alone, capitalised as a line's first word, `Sitat:`, names no one)
  if (c - a === 1 && ctx.stemForm(toks[a], lang.quotes?.speechNouns ?? []) !== null) return { name: null };
  return { name: nameRun(ctx, lx, a, c) };
}

function wordLike(tk: Token): boolean {
  return tk.kind === "word" || tk.kind === "abbr" || tk.kind === "initial";
}

/** `"Politico":` — the name inside the marks; undefined when [a, c) is not one quoted string, "" when
 *  it is one too long to be a name. */
function quotedName(ctx: DocContext, a: number, c: number): string | undefined {
  const toks = ctx.tokens;
  if (c - a < 3 || !isQuote(toks[a]) || !isQuote(toks[c - 1])) return undefined;
  for (let k = a + 1; k < c - 1; k++) if (isQuote(toks[k])) return undefined;
  return ctx.doc.text.slice(toks[a].end, toks[c - 1].start).trim();
}

/** `"X"-in təsisçisi:`, `"X"in baş məşqçisi:`: a quoted name opening the label, a genitive ending written after its marks,
 *  then only office nouns: the office of a body named as written, so the body speaks (as `X-in sədri:` gives X). An
 *  office qualified by more words (`"X"in sabiq islandiyalı qapıçısı:`) is a person of their own. */
function quotedOwner(ctx: DocContext, lang: Language, lx: Lexicon, a: number, c: number): string | undefined {
  const toks = ctx.tokens;
  if (!isQuote(toks[a])) return undefined;
  let close = a + 1;
  while (close < c && !isQuote(toks[close])) close++;
  const ending = toks[close + 1];
  if (close >= c - 2 || close === a + 1 || ending?.kind !== "word" || ending.spaceBefore) return undefined;
  const lower = ending.lower.replace(/^-/, "");
  if (!lang.events?.suffixes.cases.some(([end, cs]) => cs === "gen" && end === lower)) return undefined;
  for (let k = close + 2; k < c; k++) if (!lx.titles.has(toks[k].lower)) return undefined;
  return ctx.doc.text.slice(toks[a].end, toks[close].start).trim();
}

/** A name in the ablative opening the label, before more words: its canonical name. */
function ablativeOpener(ctx: DocContext, a: number, c: number): string | undefined {
  const m = ctx.mentionsIn(a, c).find((x) => x.tokStart === a && x.kind === "entity");
  if (m) return (m.case === "abl" && m.tokEnd < c) || (m.case === "nom" && ownedAblative(ctx, m.tokEnd, c)) ? m.name : undefined;
  const tk = ctx.tokens[a];
  return a + 1 < c && tk.analysis?.pos === "PROPN" && tk.analysis.case === "abl" && startsUpper(tk) ? tk.analysis.lemma : undefined;
}

/** `Kəngərli sakinlərindən … sözlər:`: a lower-case noun with a possessive ending in the ablative at token `k`, more words
 *  after it before `c`. The words come from a place's people, and the name before it (one the entity stage took: a
 *  capital opening a headline is no proof, `Şəhid məzarından`) speaks for them, as an owner before an office does. */
function ownedAblative(ctx: DocContext, k: number, c: number): boolean {
  const tk = ctx.tokens[k], an = tk?.analysis;
  return k + 1 < c && tk.kind === "word" && !startsUpper(tk) && an?.pos === "NOUN" && an.case === "abl" && an.poss !== undefined;
}

/** The person named last in a label, right before its colon. */
function personClosing(ctx: DocContext, a: number, c: number) {
  return ctx.doc.entities.find((e) => e.type === "PER" && e.tokEnd === c && e.tokStart! > a);
}

/** A label holding an office noun at token `title`. */
function officeLabel(ctx: DocContext, lx: Lexicon, a: number, c: number, title: number): string | null {
  const toks = ctx.tokens;
  const ents = ctx.doc.entities.filter((e) => e.tokStart !== undefined && e.tokStart >= a && e.tokEnd! <= c);
  // `Prezident X:`, `Akademik X:`: the person named after the titles
  const person = personClosing(ctx, title, c);
  if (person) return person.name;
  // a role the link stage resolved to its holder: one the article named before, or the office-holder of
  // the country written with it (`Azərbaycan Prezidenti:` is the president, as `Rusiya prezidenti` is
  // Putin everywhere else)
  const role = ctx.mentionsIn(a, c).find((m) => m.kind === "role");
  if (role) return role.name;
  // the country or the owner before the office: `X Prezidenti`, `X-in müşaviri`
  const owner = ents.find((e) => e.tokStart! < title && e.type !== "MISC");
  if (owner) return owner.name;
  for (let k = a; k < title; k++) {
    const an = toks[k].analysis;
    if (!an || an.pos !== "PROPN" || !startsUpper(toks[k])) continue;
    // `X-in müşaviri`: an owner the entity stage did not take
    if (an.case === "gen") return an.lemma;
    // `X-li nazir`: a country's demonym
    const place = demonymPlace(toks[k].lower, lx, true);
    if (place?.iso) return place.name;
  }
  return null;
}


/** A run of capitalised words with no office noun: the name the entity stage gives it when one name
 *  covers it in the nominative, else the words as written, when something shows they are a name. */
function nameRun(ctx: DocContext, lx: Lexicon, a: number, c: number): string | null {
  const toks = ctx.tokens;
  const whole = ctx.doc.entities.find((e) => e.tokStart === a && e.tokEnd === c);
  const written = ctx.doc.text.slice(toks[a].start, toks[c - 1].end);
  if (whole) {
    // `X XİN`: a country's body named by its abbreviation speaks for the country
    if (whole.type === "ORG" && c - a === 2 && toks[a + 1].kind === "abbr") {
      const k = lx.known.get(toks[a].lower);
      if (k?.type === "LOC" && k.iso) return k.name;
    }
    const last = whole.name.split(" ").pop()!;
    return lx.lower(last) === toks[c - 1].lower ? whole.name : written;
  }
  // one word: a name only when the morphology does not know it as a common word
  if (c - a === 1) {
    const tk = toks[a];
    return (tk.analysis?.pos === "PROPN" || ctx.mentionsIn(a, c).length > 0) && !lx.notNames.has(tk.lower) ? written : null;
  }
  // (no name among words one of which is in capitals, a headline's kicker: `Məktəbdə ZORAKILIQ İDDİASI:`)
  const shouted = toks.slice(a, c).some((t) => t.kind === "word" && t.norm.length > 3 && [...t.norm].every(isUpperChar));
  if (shouted && ctx.mentionsIn(a, c).length === 0) return null;
  return written;
}

/** A title the cut word (`prof`, `dos`) opens. */
function titleAbbreviated(titles: ReadonlySet<string>, cut: string): boolean {
  for (const w of titles) if (w.startsWith(cut)) return true;
  return false;
}

// The modality of an event from its verb's morphology and the words around it:
// demanded > negated > possible > future > reported > asserted.
import type { EventMode, Token } from "../../text/doc.js";
import type { ModeTables } from "./tables.js";
import type { FormReader } from "./forms.js";

export interface ModeContext {
  tokens: Token[];
  /** Token carrying the tense, its ending after the stem (null when unknown). */
  verb: number;
  verbRest: string | null;
  sentStart: number;
  sentEnd: number;
  /** A `X-in söz(lər)inə görə` frame opens the sentence. */
  reportedFrame: boolean;
  /** The head of a noun trigger, whose governing verb `verb` is (absent for a verb trigger). */
  nounHead?: number;
  /** One past the noun trigger's phrase, whose last word carries its case (`Zirvə görüşündə`). */
  nounEnd?: number;
  /** The verb stands inside quotation marks: a speaker's own words. */
  quoted?: boolean;
}

/** A courtesy formula of a letter or a speech (`İcazə verin`, `təbriklərimi qəbul edin`): the imperative asks no act; nor
 *  does a third person's of being (a wish), or one after a complementiser in its sentence that no verb of asking or saying opens, a wish or a
 *  possibility embedded (`Ola bilər ki, X akademiyanı bitirsin`, `Yanaşma budur ki, şəhər … sırasına qoşulsun`). */
export function courtesy(tokens: Token[], verb: number, m: ModeTables): boolean {
  const prev = tokens[verb - 1], tk = tokens[verb];
  if (!!prev && prev.sent === tk.sent && !!m.courtesyImperatives?.includes(`${prev.lower} ${tk.lower}`)) return true;
  const last = tk.analysis?.suffixes?.at(-1);
  if (!last || !m.embeddedImperatives?.includes(last)) return false;
  // (a wish of being, `… mübarək olsun`, `gözünüz yolda olsun`, asks no act)
  if (m.wishStems?.includes(tk.analysis?.stem ?? "")) return true;
  return embeddedJussive(tokens, verb, m) === "wished";
}

/** A third person's imperative after a complementiser in its sentence (`… ki, X … etsin`): what a verb of asking before the
 *  complementiser asks ("asked": `Tələb edirəm ki, … üzr istəsin`, the verb tells the demand), what a verb of saying or a word
 *  of need asks ("said": `bildirdik ki, X … göstərsin`, `vacibdir ki, … atsınlar`), else a wish or a possibility embedded
 *  ("wished": `Ola bilər ki, X akademiyanı bitirsin`, `sülh o zaman mümkündür ki, X … dayandırsın`); null for any other form. */
export function embeddedJussive(tokens: Token[], verb: number, m: ModeTables): "asked" | "said" | "wished" | null {
  const tk = tokens[verb], last = tk.analysis?.suffixes?.at(-1);
  if (!last || !m.embeddedImperatives?.includes(last)) return null;
  for (let k = verb - 1; k >= 0 && tokens[k].sent === tk.sent; k--) {
    if (!m.embeddingWords?.includes(tokens[k].lower)) continue;
    const opener = [tokens[k - 1], tokens[k - 2]].filter((w) => !!w && w.sent === tk.sent);
    const stemOf = (w: Token) => w.analysis?.stem ?? w.lower;
    if (opener.some((w) => m.askWords?.some((x) => stemOf(w).startsWith(x)))) return "asked";
    if (opener.some((w) => m.announceWords?.some((x) => stemOf(w).startsWith(x)) || m.demandWords.includes(w.lower))) return "said";
    return "wished";
  }
  return null;
}

/** An imperative of the second or the third person (`edin`, `etsin`) inside quotation marks: an act asked of someone. */
export function quotedDemandImperative(tok: Token, quoted: boolean, endings: readonly string[] | undefined): boolean {
  const a = tok.analysis, last = a?.suffixes?.[a.suffixes.length - 1];
  return quoted && a?.pos === "VERB" && a.tense === "imp" && !!last && !!endings?.includes(last);
}

export function eventMode(ctx: ModeContext, m: ModeTables, forms: FormReader): EventMode {
  const { tokens, verb } = ctx;
  const f = forms.verbFeatures(tokens[verb], ctx.verbRest);
  const next = tokens[verb + 1];
  const next2 = tokens[verb + 2];
  const nextLower = next && next.sent === tokens[verb].sent ? next.lower : "";
  // a noun's governing verb may be a phrase whose first word says it all (`görüşü nəzərdə tutulur`)
  const phraseStart = ctx.nounHead !== undefined && verb - 1 > ctx.nounHead ? verb - 1 : verb;
  if (f.necessitative) return "demanded"; // `etməməlidir`, must not: still a demand
  if (quotedDemandImperative(tokens[verb], !!ctx.quoted, m.demandImperatives) && !courtesy(tokens, verb, m)) return "demanded"; // `"… azad edin"`
  if (m.demandWords.includes(tokens[verb].lower) || m.demandWords.includes(nextLower)) return "demanded";
  // a third person's imperative after `ki`: asked by the verb of asking or saying that opens it, else wished or supposed
  // (`Ola bilər ki, X Y-ə hücum etsin`: the act may come, it is not told done)
  const jussive = embeddedJussive(tokens, verb, m);
  if (jussive === "asked" || jussive === "said") return "demanded";
  if (jussive === "wished") return "possible";
  // an act owned by another and asked of them (`X-dən … dayandırmasını istəyib`) is demanded
  if (askedOfAnother(tokens, verb, m) || askedInList(tokens, verb, m)) return "demanded";
  // an act prevented did not happen (`hücumun qarşısı alınıb`)
  if (ctx.nounEnd !== undefined && m.preventWords?.includes(tokens[ctx.nounEnd]?.lower ?? "")) return "negated";
  // (`bilmir` after a verbal noun in the accusative is "does not know", not "cannot": `zərbə endirdiyini bilmir`)
  const known = tokens[verb].analysis?.case === "acc";
  if ((f.negated && !shortVerbalNoun(tokens[verb], m)) || (m.impossibleWords.includes(nextLower) && !known)) return "negated";
  if (m.negWords.includes(nextLower) || (next2 && m.negWords.includes(next2.lower) && next?.kind === "word" && next2.sent === tokens[verb].sent)) return "negated";
  if (neitherNor(ctx, m)) return "negated";
  // (a noun phrase's predicate may be the negative copula itself, `danışıqlara hazır deyil`: its governing word is `deyil`)
  // (or stand right after it with more of the sentence to come: `danışıqlara hazır deyil, lakin …`)
  if (ctx.nounHead !== undefined && ctx.nounEnd !== undefined && verb >= ctx.nounEnd &&
    (m.negWords.includes(tokens[verb].lower) || (tokens[ctx.nounEnd]?.sent === tokens[verb].sent && m.negWords.includes(tokens[ctx.nounEnd].lower)))) return "negated";
  // (a noun's governing verb may be the auxiliary itself: `görüşə bilər`, read as the noun `görüş`; `səfəri mümkündür`)
  const auxiliary = ctx.nounHead !== undefined && m.possibleWords.includes(tokens[verb].lower);
  if (auxiliary || m.possibleWords.includes(nextLower) || considered(ctx, m, phraseStart)) return "possible";
  if (f.conditional && !m.concessive.includes(nextLower)) return "possible";
  // a clause told by an impersonal claim (`… deyəcəyi bildirilir`) is a claim, whatever its tense
  if (m.reportedWords.includes(nextLower)) return "reported";
  if (purposed(ctx, m)) return "future";
  if (scheduled(ctx, m)) return "future";
  if (f.future) return "future";
  if (convergesOnFuture(ctx, forms)) return "future";
  // a participle of an act done describing a noun (`2023-cü ildə həbs edilmiş sakinləri azad edəcək`, `hücuma başladığı
  // ildən bəri`): that act is told done; what the clause goes on to plan or claim is another act
  if (doneParticiple(tokens, verb, ctx.sentEnd, m)) return "asserted";
  let later: EventMode | null = null;
  // a converb's act is its main verb's subject's own (`ittiham edərək, … iddia edib`): what that verb
  // claims is another clause
  const claimable = tokens[verb].analysis?.verbForm !== "conv";
  for (let j = phraseStart; j < ctx.sentEnd; j++) {
    const w = tokens[j].lower;
    if (isFutureWord(w, m)) {
      // `planlaşdırmır` plans nothing: the act is negated, not planned; `gözlənilmədən` "unexpectedly",
      // `gözlənilməz` "unexpected" describe, they neither plan nor deny
      if (!negatedForm(tokens[j], m)) { later = "future"; break; }
      // (and so does one made the object of a report, `… saxlamağı planlaşdırmadığını deyib`)
      if (finiteForm(tokens[j]) || (tokens[j].analysis?.verbForm === "part" && tokens[j].analysis?.case === "acc")) { later = "negated"; break; }
      continue;
    }
    if ((j > verb || (j < verb && ctx.nounHead !== undefined)) && claimable && m.reportedWords.includes(w)) later = "reported";
  }
  if (later) return later;
  if (expectedBefore(ctx, m, forms)) return "future";
  // (a perfect told at second hand, `görüşübmüş`, `təklif edibmiş`: hearsay; only the phrase's own verb, not a main verb
  // that tells something else of the one a participle describes, `atəş açan şəxs … vətəndaşlıq alıbmış`)
  if (ctx.verbRest !== null && m.hearsayEndings?.some((x) => tokens[verb].lower.endsWith(x))) return "reported";
  return ctx.reportedFrame ? "reported" : "asserted";
}

/** The act's first word comes right after a particle of "neither … nor" and its sentence holds another one (`O, nə həbs
 *  olunub, nə də saxlanılıb`): the act is denied. */
function neitherNor(ctx: ModeContext, m: ModeTables): boolean {
  if (!m.neitherWords?.length) return false;
  const { tokens } = ctx;
  const first = Math.min(ctx.nounHead ?? ctx.verb, ctx.verb);
  // (the second one may have its particle after it: `nə də saxlanılıb`)
  const at = (k: number) => !!tokens[k] && tokens[k].sent === tokens[first].sent && m.neitherWords!.includes(tokens[k].lower);
  if (!at(first - 1) && !(at(first - 2) && tokens[first - 1].kind === "word" && [...tokens[first - 1].lower].length <= 2)) return false;
  let n = 0;
  for (let j = ctx.sentStart; j < ctx.sentEnd; j++) if (m.neitherWords.includes(tokens[j].lower)) n++;
  return n >= 2;
}

/** The verb at `v` is a participle of the past (`edilmiş`, `başladığı`) with the word after it in its sentence a noun it
 *  describes, no verb: not a clause made an object (`başladığını`), nor a finite evidential closing a clause. */
export function doneParticiple(tokens: readonly Token[], v: number, sentEnd: number, m: ModeTables): boolean {
  const a = tokens[v].analysis, next = tokens[v + 1], suffixes = m.doneParticiples;
  if (!suffixes || !a || a.negated || a.case || v + 1 >= sentEnd || next.kind === "punct" || next.analysis?.pos === "VERB") return false;
  const last = a.suffixes?.[a.suffixes.length - 1] ?? "";
  const relative = a.verbForm === "part" && a.poss === "3" && suffixes.relative.includes(a.suffixes?.[a.suffixes.length - 2] ?? "");
  const perfect = a.tense === "evid" && a.poss === undefined && suffixes.perfect.includes(last);
  return relative || perfect;
}

/** A converb has no tense of its own: it takes the time of the finite verb it leads to (`Bakıya gələndə … görüşəcək`, when
 *  he comes; `gələrək … imzalayacaq`), past the clauses made nouns on the way (`pisləyərək, … veriləcəyini bəyan edib`: the
 *  condemning is told done). Only the time: that verb's negation is its own (`gələndə … hiss etmirdim`). */
function convergesOnFuture(ctx: ModeContext, forms: FormReader): boolean {
  const { tokens, verb } = ctx;
  if (ctx.nounHead !== undefined || tokens[verb].analysis?.verbForm !== "conv") return false;
  for (let j = verb + 1; j < ctx.sentEnd; j++) {
    const a = tokens[j].analysis;
    // (a verb with a possessive or a case is a clause made a noun, `… cavab veriləcəyini bəyan edib`: not the one led to)
    if (a?.pos !== "VERB" || (a.verbForm !== "fin" && a.verbForm !== undefined) || a.poss !== undefined || a.case) continue;
    return forms.verbFeatures(tokens[j], null).future;
  }
  return false;
}

/** The noun's own predicate, right after it, is in a past tense (`görüş keçirilib`, `səfəri baş tutub`). */
function toldDone(ctx: ModeContext): boolean {
  const end = ctx.nounEnd ?? (ctx.nounHead ?? ctx.verb) + 1;
  const x = ctx.tokens[ctx.verb].analysis?.tense;
  return ctx.verb - end <= 1 && (x === "past" || x === "evid");
}

/** Attributive words looked past between a participle and its noun (`gözlənilən işgüzar səfəri`). */
const ATTRIBUTE_REACH = 2;

/** A participle of the future or of expecting (`keçiriləcək ikitərəfli danışıqlar`, `gözlənilən işgüzar
 *  səfəri`), or an attribute of what lies ahead (`qarşıdakı danışıqlar`), describes the noun trigger, past
 *  bare attributes; a long-expected act told as done by its own predicate (`gözlənilən görüş keçirilib`) took place. */
function expectedBefore(ctx: ModeContext, m: ModeTables, forms: FormReader): boolean {
  const { tokens, nounHead } = ctx;
  if (nounHead === undefined) return false;
  for (let j = nounHead - 1; j >= Math.max(ctx.sentStart, nounHead - 1 - ATTRIBUTE_REACH); j--) {
    const tk = tokens[j], a = tk.analysis;
    // an attribute of what lies ahead (`qarşıdakı danışıqlar`) describes the noun as to come
    if (tk.kind === "word" && m.upcomingWords?.includes(tk.lower)) return true;
    if (tk.kind !== "word" || !a) return false;
    if (a.pos === "VERB") {
      if (a.verbForm !== "part" || a.negated) return false;
      if (a.tense === "fut" || forms.verbFeatures(tk, null).future) return true;
      return isFutureWord(tk.lower, m) && !toldDone(ctx);
    }
    // a bare attribute (`işgüzar`, `ikitərəfli`) may stand between; a word with a case or a possessive ends the phrase
    if (a.case !== undefined || a.poss !== undefined) return false;
  }
  return false;
}

/** Words between a noun and the infinitive whose complement it is (`görüşündə iştirak etmək`). */
const PURPOSE_REACH = 2;

/** A noun that is the complement of a purpose infinitive (`X sammitində iştirak etmək üçün gəlib`): the act
 *  the main verb is done for, not yet done. A possessor (genitive), a source (ablative) or a dative
 *  (`hücumlara cavab vermək üçün`, a reply to what happened) is no such complement. */
function purposed(ctx: ModeContext, m: ModeTables): boolean {
  if (ctx.nounHead === undefined || !m.purposeWords) return false;
  const end = ctx.nounEnd ?? ctx.nounHead + 1;
  const c = ctx.tokens[end - 1].analysis?.case;
  if (c === "gen" || c === "abl" || c === "dat") return false;
  for (let j = end; j < end + PURPOSE_REACH && j + 1 < ctx.sentEnd; j++) {
    const tk = ctx.tokens[j];
    if (tk.kind !== "word") return false;
    if (tk.analysis?.verbForm === "inf") return m.purposeWords.includes(ctx.tokens[j + 1].lower);
  }
  return false;
}

/** A noun act in the genitive whose time or date follows (`görüşün vaxtı müəyyənləşib`): the act is to come. */
function scheduled(ctx: ModeContext, m: ModeTables): boolean {
  if (ctx.nounHead === undefined || !m.scheduleWords) return false;
  const end = ctx.nounEnd ?? ctx.nounHead + 1;
  const next = ctx.tokens[end];
  return ctx.tokens[end - 1].analysis?.case === "gen" && !!next && end < ctx.sentEnd && next.kind === "word" && m.scheduleWords.includes(next.lower);
}

/** A word planning or expecting an act; the words of considering (`nəzərdən`) may share its beginning. */
function isFutureWord(w: string, m: ModeTables): boolean {
  return m.futureWords.some((f) => w.startsWith(f)) && !(m.considerWords ?? []).includes(w);
}

/** A negated verb, not the short verbal noun that is spelt the same (`imzalanma`). */
function negatedForm(tk: Token, m: ModeTables): boolean {
  return tk.analysis?.negated === true && !shortVerbalNoun(tk, m);
}

/** A finite verb form (`planlaşdırmır`, `gözlənilmir`), not a converb or a participle used as an adjective. */
function finiteForm(tk: Token): boolean {
  const a = tk.analysis;
  return a?.verbForm === "fin" || a?.tense === "pres" || a?.tense === "past" || a?.tense === "fut";
}

/** An act put under consideration: the verb's object (`uzaqlaşdırılmasını nəzərdən keçirir`), or a
 *  noun that is the subject or object of the considering verb (`sanksiyalar nəzərdən keçirilir`), not
 *  a place or time in which something is considered (`görüşdə … nəzərdən keçirilib`). */
function considered(ctx: ModeContext, m: ModeTables, phraseStart: number): boolean {
  const words = m.considerWords ?? [];
  const next = ctx.tokens[ctx.verb + 1];
  if (next && next.sent === ctx.tokens[ctx.verb].sent && words.includes(next.lower)) return true;
  if (ctx.nounHead === undefined) return false;
  const c = ctx.tokens[ctx.nounHead].analysis?.case;
  // the genitive subject of a verbal noun of considering right after it (`sanksiyaların nəzərdən keçirilməsini
  // dayandırıb`): what is considered, whatever the main verb then does with the considering
  const right = ctx.nounEnd !== undefined ? ctx.tokens[ctx.nounEnd] : undefined;
  if (c === "gen" && right && right.sent === ctx.tokens[ctx.nounHead].sent && words.includes(right.lower)) return true;
  // (the considering verb governing the act's noun itself: `X-i vəzifəsindən uzaqlaşdırmağı düşünür`)
  if (words.includes(ctx.tokens[ctx.verb].lower) && (c === undefined || c === "nom" || c === "acc")) return true;
  if (phraseStart === ctx.verb || !words.includes(ctx.tokens[phraseStart].lower)) return false;
  return c === undefined || c === "nom" || c === "acc";
}

/** The short verbal noun (`imzalanma mərasimi`): a verb form ending in what spells the negative marker,
 *  with no tense or form after it (a negated verb goes on: `imzalamayıb`, `imzalamadan`). */
function shortVerbalNoun(tk: Token, m: ModeTables): boolean {
  const a = tk.analysis;
  if (a?.tense || a?.verbForm) return false;
  return (m.shortVerbalNouns ?? []).some((e) => tk.lower.endsWith(e));
}

/** An act told as happening (`asserted`) is still to come when its date lies wholly after the day the news
 *  was written (`… avqustun 7-də səfər edəcək`, `gələn həftə … səfəri`), or when a present-tense verb puts it
 *  on a date of its own from that day on: the present of a schedule (`iyulun 9-da … səfərə gedir`). */
export function scheduledMode(mode: EventMode, date: string | null, docDate: string | null | undefined, presentOwnDate: boolean): EventMode {
  if (mode !== "asserted" || !date || !docDate) return mode;
  const rel = compareToDay(date, docDate);
  if (rel === null) return mode;
  return rel > 0 || (rel === 0 && presentOwnDate) ? "future" : mode;
}

/** How a TIMEX3 date value stands to a day (YYYY-MM-DD): 1 wholly after it, -1 wholly before it, 0 when it
 *  contains it; null for values that are no plain calendar span (seasons, quarters, vague references). */
export function compareToDay(value: string, day: string): -1 | 0 | 1 | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
    return d < monday ? 1 : d > sunday ? -1 : 0;
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.slice(0, 10)) || !/^\d{4}-\d{2}-\d{2}/.test(day)) return null;
  const v = value.slice(0, 10);
  const c = v.localeCompare(day.slice(0, v.length));
  return c > 0 ? 1 : c < 0 ? -1 : 0;
}

function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000;
  return new Date(firstMonday + (week - 1) * 7 * 86400000);
}

/** An act owned by another and asked of them by a verb of asking (`X-dən … dayandırmasını istəyib`), which may close
 *  the trigger's own phrase (`əməliyyatı dayandırmasını istəyib`). */
export function askedOfAnother(tokens: Token[], verb: number, m: ModeTables): boolean {
  const asked = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.sent === b.sent
    && !!m.askedActEndings?.some((e) => a.lower.endsWith(e)) && !!m.askWords?.some((w) => b.lower.startsWith(w));
  return asked(tokens[verb], tokens[verb + 1]) || asked(tokens[verb - 1], tokens[verb]);
}

/** Words a listed asked act may stand apart from the next one by (`… cəzalandırılmasını və təzminat ödənilməsini`). */
const LIST_GAP = 6;

/** One of a list of acts asked together, each closed by its verbal noun and joined by a comma or a conjunction, the last
 *  before the verb of asking (`təqsirini etiraf etməsini, günahkarların cəzalandırılmasını və … ödənilməsini tələb edib`). */
export function askedInList(tokens: Token[], verb: number, m: ModeTables): boolean {
  const isAct = (tk: Token | undefined) => !!tk && tk.kind === "word" && !!m.askedActEndings?.some((e) => tk.lower.endsWith(e));
  const links = m.askedActLinks ?? [];
  if (!links.length || !isAct(tokens[verb])) return false;
  let p = verb;
  for (let n = 0; n < 8; n++) {
    const link = tokens[p + 1];
    if (!link || link.sent !== tokens[verb].sent || !links.includes(link.lower)) return false;
    let q = p + 2;
    while (q < p + 2 + LIST_GAP && tokens[q] && tokens[q].sent === link.sent && tokens[q].kind === "word" && !isAct(tokens[q])) q++;
    if (!isAct(tokens[q]) || tokens[q].sent !== link.sent) return false;
    const next = tokens[q + 1];
    if (next && next.sent === link.sent && m.askWords?.some((w) => next.lower.startsWith(w))) return true;
    p = q;
  }
  return false;
}

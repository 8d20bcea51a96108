// When an event took place: the date of its clause, of its sentence, then the narrative's reference
// (the sentences just before, a dated heading), as far as the verb's tense agrees with it.
import type { Token } from "../../text/doc.js";
import type { EventTables } from "./tables.js";
import type { DocContext, DatedSpan } from "./context.js";
import { NARRATIVE_REACH, type Draft } from "./draft.js";
import { hasStemBefore } from "./guards.js";
import { isCapitalised } from "./triggers.js";

/** The date of the sentence after sentence `si` when it opens with a noun of a decision or a document in the nominative
 *  (`Qərar …`, `Paket …`), or with the act's own noun (`stems`: `X-in iclası keçirilib. İclas noyabrın 20-də … baş tutub`),
 *  as a subject told again: a calendar date no later than the news, else null. */
function decisionDate(ctx: DocContext, t: EventTables, si: number, stems: readonly string[] = []): string | null {
  const n = ctx.doc.sentences[si + 1];
  if (!n || !t.decisionNouns?.length) return null;
  let i = n.tokStart;
  while (i < n.tokEnd && ctx.tokens[i].kind !== "word") i++;
  // (past a bare adjective or a pointing word before it: `Müvafiq saziş …`, `Bu qərar …`)
  // (a capitalised word the analysis left unread and no name, `Müvafiq`, is such a word too)
  const lead = ctx.tokens[i]?.analysis, noun = ctx.tokens[i + 1]?.analysis;
  if (lead && lead.case === undefined && lead.poss === undefined && noun?.pos === "NOUN" && t.decisionNouns.includes(noun.stem) &&
    (lead.pos === "ADJ" || t.anaphoric.includes(ctx.tokens[i].lower) || (lead.pos === "PROPN" && ctx.mentionsIn(i, i + 1).length === 0))) i++;
  const a = ctx.tokens[i]?.analysis;
  if (!a || (a.pos !== "NOUN" && a.pos !== "PROPN") || a.case !== undefined || a.poss !== undefined || a.plural ||
    !(t.decisionNouns.includes(a.stem) || (a.pos === "NOUN" && stems.includes(a.stem)))) return null;
  const d = ctx.datesIn(n.tokStart, n.tokEnd).find((x) => x.absolute && /^\d{4}-\d\d-\d\d$/.test(x.value ?? ""));
  return d && fitsTense(d.value, ctx.doc.document_date, "past") ? d.value : null;
}

/** A span of whole years (`2025-2029-cu illər üzrə proqram`): the period a plan or a programme covers, no day an act
 *  was done on (a span of days, `iyunun 24-25-də`, still dates a visit). */
function yearSpan(d: DatedSpan): boolean {
  return /^\d{4}$/.test(d.value) && !!d.endValue && /^\d{4}$/.test(d.endValue) && d.endValue > d.value;
}

/** A span of months (`yanvar-iyul aylarında`): the period a count of acts covers (`… ərzində 1000 miqrant deportasiya
 *  edilib`), no day one act was done on; what is still to come may be set for one (`may-iyun aylarında keçiriləcək`). */
function monthSpan(d: DatedSpan, tense: Tense): boolean {
  return tense !== "future" && /^\d{4}-\d\d$/.test(d.value) && !!d.endValue && /^\d{4}-\d\d$/.test(d.endValue) && d.endValue > d.value;
}

/** Date `d` fills tokens [a, b), but for a closing mark: the line is a dateline. */
export function isDateLine(a: number, b: number, d: { tokStart: number; tokEnd: number }): boolean {
  return d.tokStart === a && d.tokEnd >= b - 1;
}

/** Words after a noun trigger looked through for its light verb. */
const LIGHT_REACH = 2;

/** The date: the clause, the sentence, then the narrative's reference (previous sentence, dated heading).
 *  `stems` name the act (the trigger's head, the gathering taken part in). */
export function dateOf(ctx: DocContext, t: EventTables, cs: number, ce: number, si: number, head: number, sectionDate: string | null, tense: Tense, planned: boolean, stems: string[], act?: Act): { value: string | null; own: boolean } {
  // a vague reference (`bu yaxınlarda`, PAST_REF) places nothing on the calendar
  // what is still planned is on no date before the news was written (`2001-ci ildən bəri … almağı planlaşdırdığı`)
  // and what happened is on no date after the news was written: a coming date in its clause is the date of what was
  // agreed, threatened or set (`2035-ci ilə qədər … çatdırmağı razılaşdırıblar`, `avqustun 1-dən rüsum tətbiq edəcəyi ilə
  // hədələmişdi`), not of the act (only for a trigger that is itself a verb told done, and calendar values)
  // (or, for a coming year or month, a noun whose light verb right after it is told done, `2035-ci ilədək … çatdırmaq barədə
  // razılığa gəliblər`; a day may be the day after an undated lead, `Ertəsi gün X … zərbəsi endirib`)
  // (the light verb may follow a noun of the phrase: `səfərə dəvət edib`)
  let light: Token | undefined;
  for (let k = head + 1; k <= head + LIGHT_REACH && ctx.tokens[k]?.sent === ctx.tokens[head]?.sent && ctx.tokens[k].kind === "word"; k++) {
    if (ctx.tokens[k].analysis?.pos === "VERB") { light = ctx.tokens[k]; break; }
  }
  const past = !planned && tense === "past";
  const doneVerb = past && ["past", "evid"].includes(ctx.tokens[head]?.analysis?.tense ?? "");
  const doneLight = past && !!light?.analysis && (light.analysis.verbForm ?? "fin") === "fin" && ["past", "evid"].includes(light.analysis.tense ?? "");
  // (the end of a span, `yanvarın sonuna qədər`, `mayın 1-dək`, dates no act told done; its start up to now, `fevraldan
  // bəri`, no act not told done: one done since then is the background of those years)
  const wordAfter = (d: DatedSpan, words: string[] | undefined) => {
    const after = ctx.tokens[d.tokEnd];
    return !!after && after.sent === ctx.tokens[d.tokStart]?.sent && !!words?.includes(after.lower);
  };
  // (a day written with its number, `oktyabrın 20-də`, is on the calendar as written; one counted from the story's day,
  // `Ertəsi gün`, may fall after an undated lead's publication)
  const written = (d: DatedSpan) => ctx.tokens.slice(d.tokStart, d.tokEnd).some((x) => x.kind === "number" || /\d/.test(x.norm));
  const until = (d: DatedSpan) => wordAfter(d, t.untilWords) || !!t.untilEndings?.some((e) => (ctx.tokens[d.tokEnd - 1]?.lower ?? "").endsWith(e));
  // (nor does a day in the dative a participle before the act says something was set for, `noyabrın 20-nə planlaşdırdığı
  // aksiyaya icazə verməyib`, `iyunun sonuna planlaşdırılan səfəri ləğv edilib`: what is told done was not done on it; the
  // thing itself set for it, `səfəri iyunun 20-nə planlaşdırılıb`, is on it)
  const setFor = (d: DatedSpan) => ctx.tokens[d.tokEnd - 1]?.analysis?.case === "dat" &&
    ctx.tokens.slice(d.tokEnd, d.tokEnd + PARTICIPLE_REACH).some((x) => x.sent === ctx.tokens[d.tokStart].sent && x.analysis?.pos === "VERB" &&
      x.analysis.verbForm === "part" && x.analysis.case === undefined);
  const fits = (d: DatedSpan) => d.absolute && !bornOn(ctx, t, d) && !yearSpan(d) && !(!planned && monthSpan(d, tense)) && (!past || (!until(d) && !setFor(d))) && (past || !wordAfter(d, t.sinceWords)) &&
    (!planned || fitsTense(d.value, ctx.doc.document_date, "future")) &&
    (!doneVerb || !/^\d{4}(-\d\d){0,2}$/.test(d.value ?? "") || fitsTense(d.value, ctx.doc.document_date, "past")) &&
    (!doneLight || !(/^\d{4}(-\d\d)?$/.test(d.value ?? "") || (/^\d{4}-\d\d-\d\d$/.test(d.value ?? "") && written(d))) || fitsTense(d.value, ctx.doc.document_date, "past"));
  // (a date of a document, of the act's cause or of its object is that noun's, not the act's)
  const another = (d: DatedSpan) => datesDocument(ctx, t, d, head) || datesCause(ctx, t, d, head) || describesObject(ctx, d, head) || datesTopic(ctx, t, d, head) ||
    (!!act?.visitDated && datesDestination(ctx, d, head));
  // (an act told inside quotation marks is dated by the quotation's own dates first, but for those of its cause or object)
  // (an act told in a relative clause, `İranda həbs olunan X-in bu gün keçirilən məhkəməsi`, is not dated by a date after its
  // participle: that date is of the clause the participle's noun stands in)
  const later = (d: DatedSpan) => !!act?.relative && d.tokStart > head;
  const inQuote = ctx.quoted[head] === 1;
  const quotedClause = inQuote ? ctx.datesIn(cs, ce, true).filter((d) => fits(d) && !another(d) && !later(d)) : [];
  if (quotedClause.length) return { value: nearest(quotedClause, head).value, own: true };
  const clause = ctx.datesIn(cs, ce).filter((d) => fits(d) && !describesName(ctx, d, head) && !another(d) && !later(d));
  // (a list of dates before the act, each of its own item, `avqustun 22-24-ü X-ə, sentyabrın 16-sı Y-ə … səfərləri`, dates
  // several acts, none of them the act told)
  if (datedList(ctx, clause, head)) return { value: null, own: true };
  if (clause.length) {
    const near = nearest(clause, head);
    // (a finer date of the clause within the nearest one is the act's: `bu il üçün … səfəri isə martın 15-də olub`)
    const finer = clause.filter((d) => d !== near && !!d.value && !!near.value && d.value.startsWith(near.value + "-"));
    return { value: (finer.length ? nearest(finer, head) : near).value, own: true };
  }
  const s = ctx.doc.sentences[si];
  // a date of a later clause belongs to that clause's verb (`X razılaşıb, avqustun 1-dən qüvvəyə minəcək`)
  const quotedSentence = inQuote ? ctx.datesIn(s.tokStart, ce, true).filter((d) => fits(d) && !another(d) && !later(d)) : [];
  if (quotedSentence.length) return { value: nearest(quotedSentence, head).value, own: true };
  const sentence = ctx.datesIn(s.tokStart, ce).filter((d) => fits(d) && !describesName(ctx, d, head) && !another(d) && !later(d));
  if (sentence.length) return { value: nearest(sentence, head).value, own: true };
  const opening = ctx.tokens.slice(s.tokStart, Math.min(s.tokEnd, s.tokStart + 3)).map((x) => x.lower);
  if (opening.some((w) => t.timeShift.includes(w))) return { value: null, own: false };
  // (so is one opening past a writer's `ki`: `Əlavə edək ki, X əvvəllər …`)
  const ki = ctx.tokens.slice(s.tokStart, Math.min(s.tokEnd, s.tokStart + 3)).findIndex((x) => t.complementisers.includes(x.lower));
  if (ki >= 0 && ctx.tokens[s.tokStart + ki + 1]?.norm === ",") {
    const after = ctx.tokens.slice(s.tokStart + ki + 2, Math.min(s.tokEnd, s.tokStart + ki + 5)).map((x) => x.lower);
    if (after.some((w) => t.timeShift.includes(w))) return { value: null, own: false };
  }
  // an act told done with no date, then the decision or document it made opening the next sentence with its date
  // (`X "A" və "B" şirkətlərini cərimələyib. Qərar çərşənbə günü Brüsseldə elan edilib`): the act is on that date
  const decided = !planned && (tense === "past" || tense === null) ? decisionDate(ctx, t, si, stems) : null;
  if (decided) return { value: decided, own: false };
  // a clause placing its act in a time of its own (`növbəti 24 saat ərzində`, `hazırda`) is not on an earlier date
  if (ctx.timedIn(cs, ce)) return { value: null, own: false };
  // an act of a visit's or gathering's side told in the sentences after it took place within it
  // (not in a background paragraph, `Xatırladaq ki, …`, told apart from the news)
  const background = opening.some((w) => t.backgroundWords?.includes(w));
  // (a clause with no tense of its own takes that of the verb reporting it: `X qeyd edib ki, Y … hazırdır`)
  const reported = reportedTense(ctx, t, s, head, tense);
  // (nor is what a document a side handed over before tells, in a sentence opening with it: `… məktubunu təqdim edib. Məktubda
  // X Y-i … dəvət edib`; the press release the news is told from, `Məlumatda bildirilir ki, …`, is the news)
  const handed = !!act && otherOccasion(ctx, t, s) && act.told.some((d) => (d.sentence ?? si) < si &&
    d.trigger.text.toLowerCase().includes(ctx.tokens[s.tokStart].analysis?.stem.toLowerCase() ?? "\u0000"));
  const within = act && !planned && !background && !handed ? visitDate(ctx, si, reported, act, t.eventNouns) ?? storyDate(ctx, t, si, reported, act) : null;
  if (within) return { value: within, own: false };
  // the narrative's reference: a dated heading; for what is still to come, the schedule the sentences just
  // before dated (`X avqustun 7-də səfər edəcək. Səfər çərçivəsində Y ilə görüşəcək`); for what happened,
  // only the date of a sentence telling the same act (`X və Y mayın 1-də saziş imzalayıb. Sənədi … imzalayıblar`)
  // or one whose story this sentence goes on with: any other act told after a dated one is background
  // (an act told done by a verb of its own, or a noun's light verb right after it, unquoted, may go on a background's story)
  const doneByVerb = tense === "past" && !act?.quoted && (finiteVerb(ctx.tokens[head]) || (ctx.tokens[head]?.analysis?.pos !== "VERB" && finiteVerb(ctx.tokens[head + 1])));
  for (let k = si - 1; k >= Math.max(0, si - NARRATIVE_REACH); k--) {
    const p = ctx.doc.sentences[k];
    const prev = ctx.datesIn(p.tokStart, p.tokEnd);
    if (!prev.length) continue;
    if (tense !== "future" && !hasStemBefore(ctx, stems, p.tokStart, p.tokEnd, "both") && !continuesStory(ctx, t, s, p, ctx.tokens[head]?.analysis?.pos === "VERB") && !continuesBackground(ctx, t, s, p, doneByVerb)) break;
    // (a speaker going on by a pronoun, `X əlavə edib ki, ötən həftə … həlak olub. O, … çağırış edib`, goes on at the time of
    // saying: the dates of what was said, after the complementiser, are not the speaker's next act's)
    const said = tense !== "future" && !hasStemBefore(ctx, stems, p.tokStart, p.tokEnd, "both") && opensWithSubjectPronoun(ctx, t, s) ? complementiserIn(ctx, t, p) : -1;
    const abs = prev.filter((d) => d.absolute && !bornOn(ctx, t, d) && !(!planned && monthSpan(d, tense)) && (said < 0 || d.tokStart < said));
    if (said >= 0 && !abs.length) break;
    const value = abs.length ? abs[abs.length - 1].value : sectionDate;
    // (an act told done within a span of days the news was written in, `Sammit iyunun 24-25-də keçirilib. … X Y ilə
    // görüşüb`, is on no day the text names, unless told at the opening: `açılış sessiyasında` is the first day)
    const span = abs.length ? abs[abs.length - 1] : undefined;
    if (tense === "past" && span?.endValue && inDaySpan(ctx.doc.document_date, span.value, span.endValue) &&
      !ctx.tokens.slice(cs, ce).some((x) => t.openingWords?.some((w) => x.lower.startsWith(w)))) return { value: null, own: false };
    return { value: fitsTense(value, ctx.doc.document_date, tense) ? value : null, own: false };
  }
  return { value: fitsTense(sectionDate, ctx.doc.document_date, tense) ? sectionDate : null, own: false };
}

/** Sentence `s` opens with a subject pronoun (`O, …`, `O …`). */
function opensWithSubjectPronoun(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }): boolean {
  const first = ctx.tokens[s.tokStart];
  return !!first && first.kind === "word" && t.pronouns.some(([w, c]) => c === "nom" && w === first.lower);
}

/** The first complementiser (`ki`) of sentence `p` after a finite verb of its own, else -1. */
function complementiserIn(ctx: DocContext, t: EventTables, p: { tokStart: number; tokEnd: number }): number {
  for (let k = p.tokStart + 1; k < p.tokEnd; k++) {
    if (!t.complementisers.includes(ctx.tokens[k].lower)) continue;
    const v = ctx.tokens[k - 1].analysis;
    return v?.pos === "VERB" && (v.verbForm ?? "fin") === "fin" ? k : -1;
  }
  return -1;
}

/** Dates before `head` listed item by item: two of other values, neither holding the other, a comma between them and no
 *  verb. */
function datedList(ctx: DocContext, dates: readonly DatedSpan[], head: number): boolean {
  const before = dates.filter((d) => d.tokEnd <= head).sort((a, b) => a.tokStart - b.tokStart);
  for (let i = 1; i < before.length; i++) {
    const a = before[i - 1], b = before[i];
    // (not one date told twice, coarser then finer: `2025-ci ildə, mayın 5-də`, `dünən, mayın 5-də`)
    const va = a.value ?? "", vb = b.value ?? "";
    if (!va || !vb || va.startsWith(vb) || vb.startsWith(va) || (a.endValue ?? va) === vb) continue;
    const between = ctx.tokens.slice(a.tokEnd, b.tokStart);
    if (between.some((x) => x.norm === ",") && !between.some((x) => x.analysis?.pos === "VERB")) return true;
  }
  return false;
}

/** Date `d` is a birth date, a word of birth right after it (`1989-cu il təvəllüdlü`, `1980-ci ildə anadan olmuş`): it
 *  tells who a person is, never when the act took place. */
function bornOn(ctx: DocContext, t: EventTables, d: DatedSpan): boolean {
  const next = ctx.tokens[d.tokEnd];
  return !!next && next.kind === "word" && !!t.birthWords?.some((w) => next.lower.startsWith(w));
}

/** A date a word after it makes a document's (`2014-cü il sentyabr 18 tarixli qətnaməsi`), not the trigger at `head`'s. */
function datesDocument(ctx: DocContext, t: EventTables, d: DatedSpan, head: number): boolean {
  const words = t.dateAttributes ?? [];
  for (let k = d.tokEnd; k < Math.min(d.tokEnd + 2, ctx.tokens.length); k++) {
    if (!words.includes(ctx.tokens[k].lower)) continue;
    // (a document the act is done in or by, `… tarixli qətnaməsində`, `… tarixli sərəncamla`, dates the act)
    const noun = ctx.tokens[k + 1], c = noun?.analysis?.case;
    const post = ctx.tokens[k + 2]?.lower ?? "";
    // (not one an act is only based on, `… tarixli Fərmanına əsasən`: the act may come later)
    if (c === "loc" || c === "ins" || t.postpositionCases?.some(([w, pc]) => w === post && pc === "ins")) return false;
    // (the document itself the trigger's head in the dative, what an act after it answers, `… tarixli bəyanatına cavab verib`:
    // the document's date, not the reply's)
    if (head === k + 1 && c === "dat") return true;
    return head < d.tokStart || head > k + 1;
  }
  return false;
}

/** Date `d` stands in a relative clause describing a party of the act: a participle after it is followed by a
 *  name whose phrase is the subject or its owner (`2024-cü ilin iyunundan satışa başlayan TEMU platformasının
 *  rəsmiləri … dəvət olunub`, `2019-cu ildə qurulan X şirkəti … imzalayıb`). The date tells who the party is, not
 *  when the act took place. Not so where the phrase owns the act's own noun (`11 avqustda keçirilən X Şurasının
 *  iclasından`), is a place or another oblique (`Aprelin 22-də X-in nəzarətində olan Kəşmirdə terror aktı`), or
 *  the participle describes a common noun (`mayın 7-də keçiriləcək sammitdə`). */
function describesName(ctx: DocContext, d: DatedSpan, head: number): boolean {
  for (let k = d.tokEnd; k < head - 1; k++) {
    const a = ctx.tokens[k].analysis;
    const name = a?.pos === "VERB" && a.verbForm === "part" && a.case === undefined && a.poss === undefined ? nameAfter(ctx, k + 1, head) : -1;
    if (name < 0) continue;
    // (a participle of lying somewhere, `… istiqamətində yerləşən X Ordusunun mövqelərini`, tells where the name stands, not its date)
    if (ctx.t.locatedVerbs && ctx.stemForm(ctx.tokens[k], ctx.t.locatedVerbs, "verb")) continue;
    for (let j = name; j < head; j++) {
      const tk = ctx.tokens[j], c = tk.analysis?.case;
      if (tk.kind === "initial") continue;
      if (tk.kind !== "word") return false;
      if (c) return c === "gen" && j + 1 !== head;
      if (!isCapitalised(tk)) return true;
    }
    return false;
  }
  return false;
}

/** Words of a person's description (a birth year, `1989-cu il təvəllüdlü`) a participle may stand before the name. */
const DESCRIPTION_REACH = 4;

/** Where a name starts right after a participle, at `from`, or past a few bare lower-case nouns and adjectives with a number
 *  describing the person (`… sayılan 1989-cu il təvəllüdlü T. Q`); -1 if none does before `head`. */
function nameAfter(ctx: DocContext, from: number, head: number): number {
  // (a description holds a number, a year of birth or an age: `45 yaşlı`; a bare noun alone may be the act's own, `… başlayan
  // təlimlər NATO ilə birgə keçirilir`)
  let counted = false;
  for (let j = from; j < Math.min(head, from + DESCRIPTION_REACH + 1); j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    // (a capitalised nationality word is no name: `… yaşayan Azərbaycanlı soydaşlarımız`, people the act's side)
    if (tk.kind === "word" && isCapitalised(tk) && ctx.mentionsAt(j).some((m) => m.nationality)) return -1;
    if (tk.kind === "initial" || (tk.kind === "word" && isCapitalised(tk))) return j === from || counted ? j : -1;
    if (tk.kind === "number") { counted = true; continue; }
    if (tk.kind !== "word" || !a || (a.pos !== "NOUN" && a.pos !== "ADJ") || a.case !== undefined || a.poss !== undefined) return -1;
  }
  return -1;
}

/** Words a destination may stand before the head (`Çinə rəsmi səfərə`, `Çinə səfər dəvətini`). */
const DESTINATION_REACH = 2;

/** Date `d` stands right before a place in the dative that leads to the head within a few words (`aprel ayında Pekinə
 *  səfərə dəvət etdi`): the time of going there, the visit's, for an entry dated so (`visitDated`). */
function datesDestination(ctx: DocContext, d: DatedSpan, head: number): boolean {
  return ctx.mentionsAt(d.tokEnd).some((m) => m.type === "LOC" && m.case === "dat" && m.tokEnd <= head && head - m.tokEnd <= DESTINATION_REACH);
}

/** Words a participle's noun phrase may run to before its cause or topic word (`AZAL-a məxsus təyyarəsinə görə`). */
const CAUSE_REACH = 5;

/** Date `d` stands in a participle clause describing a noun that a cause or topic word after it makes the act's cause or
 *  topic (`ötən ilin dekabrında baş vermiş faciəyə görə üzr istəyib`, `dekabrın 25-də qəzaya uğrayan təyyarəyə görə
 *  kompensasiya tələb edib`, `mayın 5-də keçirilən seçkilərlə bağlı bəyanat yayıb`): the date is the cause's, not the
 *  act's. Not so where the participle's noun is the setting or the thing taken part in (`mayın 7-də keçiriləcək sammitdə`,
 *  `iyunun 27-də keçirilən sammitə qatılıb`), nor where the date's own clause ends in a verb before the act. */
function datesCause(ctx: DocContext, t: EventTables, d: DatedSpan, head: number): boolean {
  const words = [...(t.causeWords ?? []), ...t.topicWords];
  for (let k = d.tokEnd; k < head; k++) {
    const a = ctx.tokens[k].analysis;
    if (ctx.tokens[k].kind !== "word") return false;
    if (a?.pos !== "VERB" || isCapitalised(ctx.tokens[k])) continue;
    // (a light verb's bare noun, `qəbul olunmuş`, is part of the participle)
    if (lightNoun(a)) continue;
    // (a bare `-mış` form before a noun is the participle, `baş vermiş faciəyə`, whatever tense the analysis gave it; so is a
    // passive one, `keçirilmiş seçkilər ilə əlaqədar`)
    const bareEvid = isBareEvid(ctx, k);
    if ((a.verbForm !== "part" && !bareEvid) || a.case !== undefined || a.poss !== undefined) return false;
    // (a participle of lying somewhere, `… kəndində yerləşən mövqelərindən X istiqamətində`, tells where, no cause: read on)
    if (t.locatedVerbs && ctx.stemForm(ctx.tokens[k], t.locatedVerbs, "verb")) continue;
    for (let j = k + 1; j < Math.min(head, k + 1 + CAUSE_REACH); j++) {
      const tk = ctx.tokens[j];
      if (tk.kind !== "word") return false;
      if (words.includes(tk.lower) || (t.topicLinks.includes(tk.lower) && words.includes(ctx.tokens[j + 1]?.lower ?? ""))) return j > k + 1;
      // (a second participle, its clause holding the first's noun, `dekabrın 29-da keçirilmiş tədbirdə … səsləndirilən ifadələrə
      // görə`, may describe the cause noun in turn: read on from it)
      const b = tk.analysis;
      if (b?.pos === "VERB" && b.verbForm === "part" && b.case === undefined && b.poss === undefined && !isCapitalised(tk)) break;
      if (tk.analysis?.pos === "VERB" && !isCapitalised(tk) && !lightNoun(tk.analysis)) return false;
    }
    // (as may one past this participle's reach)
    continue;
  }
  return false;
}

/** A bare `-mış` form (active or passive, no person or copula after it) before a noun or adjective: the participle, whatever tense the
 *  analysis gave it (`baş vermiş faciəyə`, `keçirilmiş seçkilər`). */
function isBareEvid(ctx: DocContext, k: number): boolean {
  const a = ctx.tokens[k]?.analysis;
  const n = ctx.tokens[k + 1]?.analysis;
  // (a bare word read as a verb with no ending, `qərəzli`, is no verb told: a word of the noun phrase)
  const nominal = n?.pos === "NOUN" || n?.pos === "ADJ" || (n?.pos === "VERB" && lightNoun(n));
  return !!a && a.pos === "VERB" && a.tense === "evid" && a.suffixes?.length === (a.passive ? 2 : 1) && nominal;
}

/** A bare word the analysis reads as a verb for its light verb after it (`qəbul`, `əldə`): no ending, tense or form. */
function lightNoun(a: { tense?: string; verbForm?: string; suffixes?: readonly string[]; case?: string }): boolean {
  return a.tense === undefined && a.verbForm === undefined && a.case === undefined && !a.suffixes?.length;
}

/** Words between a date and the verbal noun of a topic phrase it opens. */
const TOPIC_CLAUSE_REACH = 20;

/** Date `d` opens the clause of a verbal noun closed by a topic word before a report's noun and the act's head (`Sentyabrın
 *  14-ü … mövqelərin atəşə tutulması barədə yayılan məlumat yalandır`, the tables `topicWords`, `reportNouns`): the date is
 *  of what the report is about, not of the act told of it. A finite verb or a sentence's end between them ends the search. */
function datesTopic(ctx: DocContext, t: EventTables, d: DatedSpan, head: number): boolean {
  const sent = ctx.tokens[d.tokStart]?.sent;
  for (let k = d.tokEnd; k < Math.min(head - 1, d.tokEnd + TOPIC_CLAUSE_REACH); k++) {
    const a = ctx.tokens[k].analysis;
    if (ctx.tokens[k].sent !== sent) return false;
    if (a?.pos === "VERB" && (a.verbForm ?? "fin") === "fin" && a.tense !== undefined) return false;
    // (the topic word may follow a linking postposition: `… görüş keçirməsi ilə bağlı dərc edilən xəbəri`)
    const link = t.topicLinks.includes(ctx.tokens[k + 1]?.lower ?? "") ? 1 : 0;
    if (a?.pos === "VERB" && a.verbForm === "vnoun" && t.topicWords.includes(ctx.tokens[k + 1 + link]?.lower ?? "")) {
      // (only a report's topic, `… barədə yayılan məlumat`: talks about a signing, `martın 3-də … imzalanması barədə danışıqlar
      // aparılıb`, are on that date)
      for (let j = k + 2 + link; j <= head && ctx.tokens[j]?.sent === sent; j++) if (ctx.stemForm(ctx.tokens[j], t.reportNouns ?? [])) return true;
      return false;
    }
  }
  return false;
}

/** Words of a participle clause between its date and the participle (`2015-ci ildə qətl törətməkdə şübhəli sayılan`). */
const PARTICIPLE_REACH = 5;

/** Date `d` opens a relative clause describing the act's object: a participle at most a few words after it (its own
 *  objects, places and verbal nouns between, no verb told finite, no converb, no punctuation) right before a noun phrase
 *  ending in the accusative before the act's head (`noyabrın 20-də qəbul etdiyi qətnaməni rədd edib`, `2015-ci ildə qətl
 *  törətməkdə şübhəli sayılan X-i saxlayıb`: the resolution, the suspicion are of that date, the act is not). A participle
 *  before an occasion in the locative (`mayın 21-də keçirilən iclasda … təmin etməyib`) dates the act, as does one
 *  describing its subject. */
function describesObject(ctx: DocContext, d: DatedSpan, head: number): boolean {
  for (let k = d.tokEnd; k < Math.min(d.tokEnd + PARTICIPLE_REACH, head - 1); k++) {
    const tk = ctx.tokens[k], a = tk.analysis;
    if (tk.kind !== "word" && tk.kind !== "number" && !(tk.kind === "punct" && tk.norm === '"')) return false;
    if (a?.pos !== "VERB" || isCapitalised(tk)) continue;
    // (a participle of lying somewhere describes where a side stands, not an act of that date: read on)
    if (a.verbForm === "part" && a.case === undefined && ctx.t.locatedVerbs && ctx.stemForm(tk, ctx.t.locatedVerbs, "verb")) continue;
    if (a.verbForm === "part" && a.case === undefined) return objectPhraseAfter(ctx, k + 1, head);
    if (isBareEvid(ctx, k)) return objectPhraseAfter(ctx, k + 1, head);
    if (a.verbForm === "conv" || (a.verbForm === undefined && a.tense !== undefined)) return false;
  }
  return false;
}

/** Words a participle's noun phrase may run to before the object's own noun (`ələ keçirdikləri "X" gəmisinin 25 nəfərlik
 *  heyətini`). */
const OBJECT_REACH = 8;

/** The noun phrase from token `from` ends in a noun in the accusative before `head`: quoted names, owners in the genitive,
 *  numbers and bare words may stand before it (`… keçirdikləri "X" gəmisinin heyətini azad ediblər`); a verb, another
 *  case or other punctuation ends it (`… keçirilən iclasda …`: an occasion, which dates the act). */
function objectPhraseAfter(ctx: DocContext, from: number, head: number): boolean {
  for (let j = from; j < Math.min(head, from + OBJECT_REACH); j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    if (tk.kind === "punct" && tk.norm === '"') continue;
    if (tk.kind !== "word" && tk.kind !== "number") return false;
    if (a?.pos === "VERB" && !isCapitalised(tk)) return false;
    if (a?.case === "acc") return a.pos === "NOUN" || a.pos === "PROPN";
    // (a name ending in `-i` right before the act's verb is its object too, whatever the analysis made of the ending:
    // `… sayılan X Əliyevi saxlayıb`)
    if (a?.pos === "PROPN" && a.poss === "3" && a.case === undefined && j + 1 === head) return true;
    if (a?.case !== undefined && a.case !== "gen") return false;
  }
  return false;
}

/** The act being dated, for `visitDate`: its sides and place, whether it is quoted, the events read before it. */
export interface Act { actors: readonly string[]; location: string | null; quoted: boolean; told: readonly Draft[]; visitDated?: boolean; relative?: boolean }

/** The verb at `k` is a participle describing the noun after it, told as no one's (`İranda həbs olunan X …`, `… həbs olunmuş
 *  jurnalist`): the act is told in a relative clause, which ends at that noun. */
export function relativeVerb(ctx: DocContext, k: number): boolean {
  // (past an opening quotation mark: `… məhrum edilmiş "X" kanalının rəhbəri`)
  let j = k + 1;
  while (ctx.tokens[j]?.kind === "punct" && ctx.tokens[j].norm === '"') j++;
  const a = ctx.tokens[k]?.analysis, n = ctx.tokens[j];
  if (!a || a.pos !== "VERB" || isCapitalised(ctx.tokens[k]) || !n || n.kind !== "word" || n.sent !== ctx.tokens[k].sent) return false;
  const np = n.analysis?.pos;
  if (np !== "NOUN" && np !== "PROPN" && np !== "ADJ" && !isCapitalised(n)) return false;
  return (a.verbForm === "part" && a.case === undefined && a.poss === undefined) || (j === k + 1 ? isBareEvid(ctx, k) : a.tense === "evid" && a.suffixes?.length === (a.passive ? 2 : 1));
}

/** Acts of the sides a visit's frame may be carried through. */
const MAX_CHAIN = 64;

/** The date of a visit or gathering the act took place within: one told with a date of its own (a visit,
 *  or a gathering taken part in), within the narrative's reach before the act, sharing a side with it
 *  other than the place visited, on the same side of the quotation marks, in the act's tense, and not
 *  elsewhere than the act's country (`X avqustun 7-də ABŞ-a səfər edəcək. … X Vaşinqtonda Y ilə görüş
 *  keçirəcək`: the meeting is on the visit's first day), or a gathering held (`gatherings`, its nouns). The sides' acts told in between carry the visit
 *  on, a reach at a time, when they are on its date; an act on a date of its own in between ends it. */
function visitDate(ctx: DocContext, si: number, tense: Tense, act: Act, gatherings: readonly string[] = []): string | null {
  if (act.quoted || tense === null || tense === "present" || act.actors.length === 0) return null;
  const sides = new Set(act.actors);
  const shares = (d: Draft) => d.actors.some((a) => sides.has(a) && a !== d.location && a !== act.location);
  let reach = si;
  // the dates of the sides' acts told in between: one date, or several (then no frame can date the act: none)
  let between: string | null = null, counted = 0, hops = 0;
  const note = (date: string) => { if (counted++ === 0) between = date; else if (date !== between) between = null; };
  for (let k = act.told.length - 1; k >= 0; k--) {
    const d = act.told[k];
    const ds = d.sentence ?? -1;
    if (ds >= si) continue; // an event of the act's own sentence: the sentence's dates were read
    if (ds < reach - NARRATIVE_REACH) return null;
    if (d.quoted !== act.quoted) continue;
    // (or a gathering of the sides held on its date, told by its noun: `X-Y komissiyasının iclası iyunun 14-də keçirilib.
    // … Tərəflər … razılaşıblar`)
    const held = d.type === "CONSULT" && gatherings.includes(d.stem ?? "") && d.mode === "asserted";
    // (a gathering taken part in frames on the date the gathering told before gave it: `… Tədbirdə X iştirak edib`)
    // (and so does a meeting or a phone call of two sides told done on a date of its own, for the acts of its sides told
    // after the text went on with it, an act of theirs in between placed on its day: `X mayın 27-də Y ilə telefonla danışıb.
    // Söhbət zamanı Y … təbrik edib. X … təşəkkür edib`; the sentence right after the talk, opening with a name, is another act)
    const talk = d.type === "CONSULT" && d.mode === "asserted" && tense === "past" && !d.nominal && new Set(d.actors).size >= 2 &&
      act.told.some((x) => (x.sentence ?? -1) > ds && (x.sentence ?? -1) < si && !x.ownDate && x.date === d.date);
    const frame = (d.plover_mode === "visit" || !!d.parts?.length || held || talk) && (d.ownDate || (!!d.parts?.length && !!d.date)) && (d.mode === "asserted" || d.mode === "future" || d.mode === "reported");
    // (a gathering whose sides are not the act's is its frame all the same where an act of the act's sides told in
    // between was placed on its date: `Görüş noyabrın 16-da keçirilib. Tədbirdə X iştirak edib. … X … qarşılayıb`)
    if (frame && d.date && (shares(d) || (held && counted > 0 && between === d.date))) {
      if ((counted > 0 && between !== d.date) || !fitsTense(d.date, ctx.doc.document_date, tense)) return null;
      return samePlace(ctx, d.location, act.location) ? d.date : null;
    }
    // (a sentence opening with the gathering's noun, `Görüşdə …`, `Səfər zamanı …`, goes on with it: the reach runs from there)
    if (d.backReference && d.type === "CONSULT" && !d.ownDate) { reach = ds; continue; }
    if (d.ownDate) { if (d.date) note(d.date); if (counted > 1 && between === null) return null; continue; }
    if (shares(d)) {
      // an act of the sides told between carries the visit on only when it was placed on a date
      if (!d.date) return null;
      note(d.date);
      if (counted > 1 && between === null) return null;
      // (a chain of acts this long is no one visit's: a bound, so that a long text of like sentences stays linear)
      if (++hops > MAX_CHAIN) return null;
      reach = ds;
    }
  }
  return null;
}

/** The act's place is not another country than the visit's (a city, or no place named, may be in it). */
function samePlace(ctx: DocContext, visited: string | null, place: string | null): boolean {
  if (!visited || !place || visited === place) return true;
  const iso = (name: string) => ctx.doc.entities.find((e) => e.type === "LOC" && e.name === name)?.iso;
  const a = iso(visited), b = iso(place);
  return !a || !b || a === b;
}

/** Words a source may take opening a sentence (`Daxili İşlər Nazirliyinin açıqlamasına görə,`). */
const SOURCE_REACH = 8;

/** A token of [a, b) has stem `stem`. */
function namesStem(ctx: DocContext, stem: string, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (ctx.tokens[j].analysis?.stem === stem) return true;
  return false;
}

/** The first token of the sentences (up to three) before the one starting at token `start`. */
function earlierStart(ctx: DocContext, start: number): number {
  const k = ctx.doc.sentences.findIndex((x) => x.tokStart === start);
  return k > 0 ? ctx.doc.sentences[Math.max(0, k - 3)].tokStart : start;
}

/** Sentence `s` goes on with the story of sentence `p`: it opens with a subject or object pronoun (`O, …`, `Ona …`), or with a
 *  common noun `p` used (`… təyyarənin qəzaya düşməsindən sonra … Təyyarə … vurulub`) or whose finite verb it names (`…
 *  görüşüblər. Görüş … davam edib`). A sentence opening
 *  with a name or with `Bu qərar` turns to another act. */
function continuesStory(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }, p: { tokStart: number; tokEnd: number }, verbal = true): boolean {
  let i = s.tokStart;
  // (past a source opening the sentence: `X-in açıqlamasına görə, iğtişaşlar zamanı …`)
  for (let k = s.tokStart + 1; k + 1 < Math.min(s.tokEnd, s.tokStart + SOURCE_REACH); k++) {
    if (t.framePostposition.includes(ctx.tokens[k].lower) && ctx.tokens[k + 1].norm === ",") { i = k + 2; break; }
  }
  while (i < s.tokEnd && ctx.tokens[i].kind !== "word") i++;
  const first = ctx.tokens[i];
  if (!first || first.kind !== "word") return false;
  // (or one standing for who the act is done to: `… X-i həbs edib. Ona … ittiham irəli sürülüb`)
  if (t.pronouns.some(([w, c]) => (c === "nom" || c === "dat" || c === "acc") && w === first.lower)) return true;
  // (or the sides just told, as a group: `X və Y bazar günü razılığa gəliblər. Tərəflər … görüş keçiriblər`)
  if ([...t.groupRefs, ...(t.leaderGroupRefs ?? [])].some((ref) => ref.every((w, k) => {
    const tk = ctx.tokens[i + k];
    return !!tk && tk.sent === first.sent && tk.kind === "word" && (w === "*" || tk.lower.startsWith(w));
  }))) return true;
  const a = first.analysis;
  // (or its subject, named in the dated sentence, then the occasion it told in the locative: `X sentyabrın 23-də … çıxış
  // edib. X çıxışında … ittiham edib`)
  const lead = ctx.mentionsIn(i, s.tokEnd).find((m) => m.tokStart === i && m.case === "nom");
  const occasion = lead ? ctx.tokens[lead.tokEnd] : undefined;
  // (so with a document the dated sentence told, owned by no one: `X-in noyabrın 20-də qəbul etdiyi qətnamə … . X qətnamədə …
  // pisləyib`, for the acts its verbs tell; an act it names by its noun, `jurnalistlərin həbsini pisləyib`, is told from before)
  const told = (oa: NonNullable<Token["analysis"]>) => (oa.poss !== undefined && !!t.occasionNouns?.includes(oa.stem)) ||
    (verbal && oa.poss === undefined && !!t.vetoes?.statementNouns?.includes(oa.stem) && namesStem(ctx, oa.stem, p.tokStart, p.tokEnd));
  if (lead && occasion?.sent === first.sent && occasion.analysis?.case === "loc" && told(occasion.analysis)
    && ctx.mentionsIn(p.tokStart, p.tokEnd).some((m) => m.name === lead.name)) return true;
  // (or one opening in the occasion the dated sentence told, in its place or its time: `… avqustun 8-də paraflanıb. …
  // Mərasimdə X iştirak edib`, `… iyunun 27-də basqın edib. Əməliyyat zamanı …`)
  const frame = ctx.tokens[i + 1];
  // (not an occasion the sentences before the dated one named and it does not: `… iclasında çıxış edən X … bildirib. X-in sözlərinə
  // görə, ötən il … ixrac edib. İclas çərçivəsində …` is within the meeting, not last year)
  if (a && t.occasionNouns?.includes(a.stem) && (a.case === "loc" || (a.case ?? "nom") === "nom" && !!frame && t.eventFrames.includes(frame.lower)))
    return namesStem(ctx, a.stem, p.tokStart, p.tokEnd) || !namesStem(ctx, a.stem, earlierStart(ctx, p.tokStart), p.tokStart);
  // (or a demonstrative owning the frame of what follows from the act told: `Bunun müqabilində …`, `Bunun nəticəsində …`)
  if (first.analysis?.pos === "PRON" && first.analysis.case === "gen" && t.anaphoric.includes(first.analysis.lemma.toLowerCase())) return true;
  // (opening a sentence, a common noun is capitalised and may be read as a name: the dated sentence's
  // use of it, in lower case, tells it is a common noun)
  if ((a?.pos !== "NOUN" && a?.pos !== "PROPN") || a.stem.length < 3) return false;
  for (let j = p.tokStart; j < p.tokEnd; j++) if (ctx.tokens[j].analysis?.pos === "NOUN" && ctx.tokens[j].analysis?.stem === a.stem) return true;
  // …or the noun of the dated sentence's finite verb, the act itself named (`X və Y avqustun 15-də görüşüblər. Görüş …`):
  // a verb whose stem is the opening noun, not a participle or verbal noun describing something else
  for (let j = p.tokStart; j < p.tokEnd; j++) {
    const v = ctx.tokens[j].analysis;
    if (v?.pos === "VERB" && v.stem === a.stem && (v.verbForm ?? "fin") === "fin" && v.case === undefined && v.poss === undefined) return true;
  }
  return false;
}

/** A finite verb: the act told as a clause of its own (or a noun's light verb right after it, `havaya qaldırılıb`), not named
 *  by a noun (`danışıqların`, `hücumları`: talks or attacks of no one day). */
function finiteVerb(tk: Token | undefined): boolean {
  const a = tk?.analysis;
  return a?.pos === "VERB" && (a.verbForm ?? "fin") === "fin" && a.case === undefined && a.poss === undefined;
}

/** Sentence `s` goes on with the dated background paragraph `p` (`Xatırladaq ki, ötən ilin dekabrında … X Rusiyaya qaçıb.
 *  Moskva X-ə sığınacaq verib`): `p` opens with a background word and `s`, opening with no date or time shift of its own,
 *  names a person `p` named, in an oblique case. The background told apart from the news goes on with its own time. */
function continuesBackground(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }, p: { tokStart: number; tokEnd: number }, done = false): boolean {
  const opening = ctx.tokens.slice(p.tokStart, Math.min(p.tokEnd, p.tokStart + 3)).map((x) => x.lower);
  if (!opening.some((w) => t.backgroundWords?.includes(w))) return false;
  const people = new Set(ctx.mentionsIn(p.tokStart, p.tokEnd).filter((m) => m.type === "PER").map((m) => m.name));
  // (as one acted on: the person opening a sentence as its subject may be the news again, `Tramp … də bəyan edib`)
  if (ctx.mentionsIn(s.tokStart, s.tokEnd).some((m) => m.type === "PER" && m.case !== "nom" && people.has(m.name))) return true;
  // (or an act told done, unquoted, in a sentence opening with no name as its subject, the background's story going on: `Xatırladaq
  // ki, dekabrın 5-də X-də partlayış baş verib. … Qeyd edək ki, körpü … vurulub`; a side named first, `Y … pisləyib`, is the news
  // again, its reaction told at the time of writing)
  if (!done) return false;
  const i = firstStoryWord(ctx, t, s);
  return i < s.tokEnd && !ctx.mentionsIn(s.tokStart, s.tokEnd).some((m) => m.tokStart <= i && m.tokEnd > i);
}

/** The first word of sentence `s` past its opening background phrase (`Qeyd edək ki,`: the background word, the word before
 *  it, the complementiser) and punctuation; `s.tokEnd` when there is none. */
function firstStoryWord(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }): number {
  const background = (k: number) => ctx.tokens[k]?.lower !== undefined && !!t.backgroundWords?.includes(ctx.tokens[k].lower);
  let i = s.tokStart;
  while (i < s.tokEnd && (ctx.tokens[i].kind !== "word" || background(i) || t.complementisers.includes(ctx.tokens[i].lower) || background(i + 1))) i++;
  return i;
}

export type Tense = "past" | "present" | "future" | null;

/** The tense of the verb that carries an event: past, present (happening as the news is written) or future. */
export function tenseOf(tk: Token, future: boolean): Tense {
  const x = tk.analysis?.tense;
  if (future || x === "fut") return "future";
  if (x === "past" || x === "evid") return "past";
  return x === "pres" ? "present" : null;
}

/** A date told before places an event only when the verb's tense agrees with it: what is happening now
 *  is not on a past or coming date, what happened is not on a coming one, what will happen not on a past one. */
function fitsTense(value: string | null, docDate: string | null | undefined, tense: Tense): boolean {
  if (value === null || !docDate || tense === null) return true;
  if (tense === "present") return false;
  // (a week is compared by its first day for the past, its last for the future: `ötən həftə` is 2025-W31)
  value = weekDay(value, tense === "past" ? 0 : 6) ?? value;
  const n = Math.min(value.length, docDate.length);
  const rel = value.slice(0, n).localeCompare(docDate.slice(0, n));
  return tense === "past" ? rel <= 0 : rel >= 0;
}

/** The day `offset` days after the Monday of an ISO week value (`2025-W31`), else null. */
function weekDay(value: string, offset: number): string | null {
  const m = /^(\d{4})-W(\d\d)$/.exec(value);
  if (!m) return null;
  const jan4 = new Date(Date.UTC(+m[1], 0, 4));
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000;
  return new Date(monday + offset * 86400000).toISOString().slice(0, 10);
}

/** A demand's date: its clause, its sentence, then the sentence naming its speaker (`Bunu X iyulun 5-də deyib`). */
export function demandDate(ctx: DocContext, cs: number, ce: number, si: number, head: number, speakerSentence: number): { value: string | null; own: boolean } {
  const s = ctx.doc.sentences[si];
  // (a vague reference, `hazırda X-də təhsil alan əcnəbilər … keçməlidirlər`, PRESENT_REF, places nothing on the calendar,
  // as in `dateOf`: the demand stays on no day of its own)
  const calendar = (a: number, b: number) => ctx.datesIn(a, b).filter((d) => d.absolute);
  const inClause = calendar(cs, ce);
  const own = inClause.length ? inClause : calendar(s.tokStart, s.tokEnd);
  if (own.length) return { value: nearest(own, head).value, own: true };
  const said = ctx.doc.sentences[speakerSentence];
  // (there the day of saying, not one of what is said after its complementiser: `O əlavə edib ki, ötən həftə … həlak olub`)
  let end = said?.tokEnd ?? 0;
  for (let k = said?.tokStart ?? 0; k < end; k++) if (ctx.t.complementisers.includes(ctx.tokens[k].lower)) { end = k; break; }
  const there = said ? calendar(said.tokStart, end) : [];
  return { value: there.length ? there[0].value : null, own: false };
}

function nearest<T extends { tokStart: number }>(xs: T[], head: number): T {
  // the last date before the trigger, else the first after it
  const before = xs.filter((x) => x.tokStart < head);
  return before.length ? before[before.length - 1] : xs[0];
}

/** Day `d` (YYYY-MM-DD…) lies between the days `a` and `b`, both included. */
function inDaySpan(d: string | null | undefined, a: string, b: string): boolean {
  const day = d?.slice(0, 10);
  return !!day && a.length >= 10 && a.slice(0, 10) <= day && day <= b;
}

/** Sentence `si` opens with a time shift or a background word (`Daha sonra …`, `Xatırladaq ki, …`): the story moved. */
export function shifted(ctx: DocContext, t: EventTables, si: number): boolean {
  const s = ctx.doc.sentences[si];
  if (!s) return true;
  // (a sentence of quoted speech tells the speaker's time, not the story's: `"… Biz daha da yaxınlaşırıq"`)
  let first = s.tokStart;
  while (first < s.tokEnd && ctx.tokens[first].kind !== "word") first++;
  if (first < s.tokEnd && ctx.quoted[first] === 1) return false;
  const opening = ctx.tokens.slice(s.tokStart, Math.min(s.tokEnd, s.tokStart + 3)).map((x) => x.lower);
  return opening.some((w) => t.timeShift.includes(w) || !!t.backgroundWords?.includes(w));
}

/** The tense of a clause with no tense of its own (`… hazır olduğunu bildirib`, `X qeyd edib ki, Y … hazırdır`): that of
 *  the finite verb reporting it, the first after the head in its sentence with the clause as its object in the accusative, or
 *  the one before a complementiser `ki` opening the head's clause. */
function reportedTense(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }, head: number, tense: Tense): Tense {
  if (tense !== null) return tense;
  const finitePast = (k: number) => {
    const a = ctx.tokens[k]?.analysis;
    return a?.pos === "VERB" && (a.verbForm ?? "fin") === "fin" && a.case === undefined && a.poss === undefined && (a.tense === "past" || a.tense === "evid");
  };
  // (the clause as the object of the verb after it: `… hazır olduğunu bildirib`, not an auxiliary, `razılığa gələ bilməyiblər`)
  for (let k = head + 1; k < s.tokEnd; k++) {
    const a = ctx.tokens[k].analysis;
    if (a?.pos === "VERB" && (a.verbForm ?? "fin") === "fin" && a.case === undefined) return finitePast(k) && ctx.tokens[k - 1].analysis?.case === "acc" ? "past" : tense;
  }
  for (let k = head - 1; k > s.tokStart; k--) {
    if (t.complementisers.includes(ctx.tokens[k].lower)) return finitePast(k - 1) ? "past" : tense;
  }
  return tense;
}

/** Sentences a meeting's story may run on after it. */
const STORY_REACH = 8;

/** The date of a meeting, call, reception or visit of two sides told done on a date of its own, for an act of its sides the
 *  story goes on to tell beyond the reach of `visitDate`'s chain (`X mayın 27-də Y-ni qəbul edib. Görüşdə … . "…" . Qonaq qeyd
 *  edib ki, … hazırdır`): the sentences between name no date outside quotation marks and open with no time shift or background
 *  word but the gathering's aftermath (`Görüşdən sonra`), no act between is on another date, and one is placed on its day. */
function storyDate(ctx: DocContext, t: EventTables, si: number, tense: Tense, act: Act): string | null {
  if (act.quoted || tense !== "past" || act.actors.length === 0) return null;
  const sides = new Set(act.actors);
  for (let k = act.told.length - 1; k >= 0; k--) {
    const d = act.told[k];
    const ds = d.sentence ?? -1;
    if (ds >= si) continue;
    if (ds < si - STORY_REACH) return null;
    const meeting = d.type === "CONSULT" && (d.mode === "asserted" || d.mode === "reported") && !d.nominal && d.ownDate && !!d.date &&
      (d.plover_mode === "visit" || new Set(d.actors).size >= 2) && d.quoted === act.quoted;
    if (!meeting) continue;
    // (a person's state is the person's side: `X-in Prezidenti Y … görüşüb. … X tərəfi … hazır olduğunu bildirib`)
    // (and the act's doer is one of the meeting's sides: a third side's reaction to it, `Z bu açıqlamanı tənqid edib`, is its own)
    const met = new Set(d.actors.flatMap((a) => [a, ...stateOfSide(ctx, a)]));
    if (!met.has(act.actors[0]) || ![...met].some((a) => sides.has(a) && a !== d.location && a !== act.location)) return null;
    if (!fitsTense(d.date, ctx.doc.document_date, tense) || !samePlace(ctx, d.location, act.location)) return null;
    // (the sentence right after the meeting, opening with a name, is another act, as `visitDate` reads it)
    const s = ctx.doc.sentences[si];
    if (si === ds + 1 && ctx.mentionsIn(s.tokStart, s.tokEnd).some((m) => m.tokStart === s.tokStart)) return null;
    for (let j = ds + 1; j <= si; j++) {
      const sj = ctx.doc.sentences[j];
      if ((shifted(ctx, t, j) && !afterGathering(ctx, t, sj)) || (j === si && otherOccasion(ctx, t, sj)) || (j < si && ctx.datesIn(sj.tokStart, sj.tokEnd).length > 0)) return null;
    }
    const between = act.told.filter((x) => (x.sentence ?? -1) > ds && (x.sentence ?? -1) < si);
    if (between.some((x) => !!x.date && x.date !== d.date)) return null;
    // (and only once the text went on with it: an act told between placed on its day, `Görüşdə … müzakirə olunub`; an act right
    // after it, or after sentences on other matters, is another, on no date told)
    return between.some((x) => !x.ownDate && x.date === d.date) ? d.date : null;
  }
  return null;
}

/** Sentence `s` opens with the gathering's noun in the ablative before `sonra` (`Görüşdən sonra …`, `Danışıqlardan sonra …`):
 *  the story of the gathering goes on, on its day. */
function afterGathering(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }): boolean {
  const a = ctx.tokens[s.tokStart]?.analysis, next = ctx.tokens[s.tokStart + 1];
  return !!a && a.case === "abl" && a.poss === undefined && t.eventNouns.includes(a.stem) && !!next && t.timeShift.includes(next.lower) &&
    !ctx.tokens.slice(s.tokStart + 2, Math.min(s.tokEnd, s.tokStart + 4)).some((x) => t.timeShift.includes(x.lower));
}

/** Sentence `s` opens with a common noun in the locative that is no gathering (`Məktubda …`, `Bəyanatda …`): it tells what
 *  a document or another occasion says. */
function otherOccasion(ctx: DocContext, t: EventTables, s: { tokStart: number; tokEnd: number }): boolean {
  const tk = ctx.tokens[s.tokStart], a = tk?.analysis;
  return !!a && a.pos === "NOUN" && a.case === "loc" && ctx.mentionsIn(s.tokStart, s.tokStart + 1).length === 0 &&
    !t.eventNouns.includes(a.stem) && !t.occasionNouns?.includes(a.stem);
}

/** The state a person or body acts for, as the text names it (`Azərbaycan Prezidenti`, `İran XİN`). */
function stateOfSide(ctx: DocContext, name: string): string[] {
  const e = ctx.doc.entities.find((x) => x.name === name && !!x.state);
  if (e?.state) return [e.state];
  const l = (ctx.doc.links ?? []).find((x) => x.kind === "role" && !!x.iso && x.name === name);
  const state = l ? ctx.doc.entities.find((x) => x.type === "LOC" && x.iso === l.iso) : undefined;
  return state ? [state.name] : [];
}

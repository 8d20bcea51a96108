// Trigger lookup: entries indexed by the first letters of their stems in a Map, so each token costs
// one lookup; a candidate is confirmed when the rest of the word is a valid chain of endings.
import type { Token } from "../../text/doc.js";
import { shapedEntry, type EventTables, type TriggerEntry } from "./tables.js";
import { possessedVerbForm, type FormReader } from "./forms.js";
import { isQuote } from "../entities/words.js";

const KEY = 3;
/** Tokens looked back over for a participle before an event noun, names included. */
const NAME_REACH = 8;

/** A word written with a capital: inside a sentence, part of a name. */
export function isCapitalised(t: Token): boolean {
  return t.kind === "word" && t.norm[0] !== t.lower[0];
}
const OBLIQUE = new Set(["gen", "dat", "loc", "abl", "ins"]);
/** Marks after which a headline or a line opens a new clause (`X: …`, `X - …`): a colon or a dash. */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([":", "-", "–", "—"]);
/** CAMEO code of stated intent to cooperate (AGREE): readiness is read as it, and a consent word's entries carry it. */
export const INTENT_CAMEO = "030";

export interface TriggerHit {
  entry: TriggerEntry;
  /** Token index of the head word and one past the last word of the phrase. */
  head: number;
  end: number;
  /** Token that carries the tense of the phrase, and its ending after the stem (null: stem unknown). */
  verb: number;
  verbRest: string | null;
  /** The phrase has its own verb (the head, a needed verb or a light verb after it). */
  verbal: boolean;
  /** A participle before the noun says the event took place (`keçirilən iclas`). */
  attested?: boolean;
  /** A later phrase of the same head, read only when the phrases before it made no event (a sense whose
   *  conditions the first phrase's reading does not meet: `təklifi qəbul etməyib` after `qəbul edib`). */
  fallback?: boolean;
  /** The act is told by an object participle before the noun (`X-in çıxardığı hökm`): done before the clause's own act. */
  prior?: boolean;
  /** A headline's event noun whose light verb is dropped before a colon (`… yeni qadağa: …`): told as done, by no one named. */
  elided?: boolean;
}

interface Candidate { stem: string; entry: TriggerEntry }

export class TriggerIndex {
  private readonly byKey = new Map<string, Candidate[]>();
  private readonly light: string[];
  /** Light verbs a headline drops before a colon (see `EventTables.droppedLightVerbs`). */
  private readonly dropped: ReadonlySet<string>;
  private readonly passiveLights: [string, string][];
  private readonly agents: ReadonlySet<string>;
  /** Needed stems that count only bare (`baş` of `baş verib`). */
  private readonly bare: ReadonlySet<string>;
  /** Verbs a `from X to Y` headline drops after its noun (see `EventTables.droppedFrameVerbs`). */
  private readonly frameDropped: ReadonlySet<string>;
  /** Nouns of a part (`EventTables.partitiveNouns`). */
  private readonly parts: string[];
  /** Nouns of the means an act is done by (`EventTables.meansNouns`) and the postpositions of the instrumental. */
  private readonly means: string[];
  private readonly withWords: ReadonlySet<string>;
  /** Focus particles passed over between a head and its needed word (`EventTables.focusParticles`). */
  private readonly focus: ReadonlySet<string>;
  /** Auxiliaries of ability (`bilər`, `bilməz`): the word before one is a verb's converb (`açıla bilər`). */
  private readonly modal: ReadonlySet<string>;
  /** Words that only spell a needed stem plus endings (`EventTables.ownWords`). */
  private readonly ownWords: ReadonlySet<string>;
  /** Words of a point in time before an act (`EventTables.beforeWords`): `görüşmədən əvvəl` is the meeting's noun. */
  private readonly beforeWords: ReadonlySet<string>;

  constructor(tables: EventTables, private readonly forms: FormReader) {
    for (const tableEntry of tables.triggers) {
      const entry = shapedEntry(tableEntry);
      for (const stem of forms.variants(entry.head)) {
        const k = stem.slice(0, KEY);
        let list = this.byKey.get(k);
        if (!list) this.byKey.set(k, (list = []));
        list.push({ stem, entry });
      }
    }
    for (const list of this.byKey.values()) list.sort((a, b) => b.stem.length - a.stem.length);
    this.light = tables.lightVerbs;
    this.dropped = new Set(tables.droppedLightVerbs ?? []);
    this.frameDropped = new Set(tables.droppedFrameVerbs ?? []);
    this.passiveLights = tables.passiveLightVerbs ?? [];
    this.agents = new Set(tables.agent);
    this.bare = new Set(tables.bareNeeds ?? []);
    this.ownWords = new Set(tables.ownWords ?? []);
    this.beforeWords = new Set(tables.beforeWords);
    this.parts = tables.partitiveNouns ?? [];
    this.means = tables.meansNouns ?? [];
    this.focus = new Set(tables.focusParticles ?? []);
    this.withWords = instrumentalWords(tables);
    this.modal = new Set([...tables.modes.possibleWords, ...tables.modes.impossibleWords]);
  }

  /** Per token array, the tokens inside a time expression: a date between a noun and its verb holds no
   *  word of the phrase, so it does not count against the entry's gap (`iclası 2025-ci il oktyabrın 1-də
   *  keçiriləcək`, `rüsumlar avqustun 1-dən tətbiq ediləcək`). */
  private readonly timed = new WeakMap<Token[], Uint8Array>();

  /** Marks the tokens of `tokens` that lie inside one of `timexes` (character spans). */
  markTimed(tokens: Token[], timexes: readonly { start: number; end: number }[]): void {
    const mask = new Uint8Array(tokens.length);
    let k = 0;
    for (const x of [...timexes].sort((a, b) => a.start - b.start)) {
      while (k < tokens.length && tokens[k].start < x.start) k++;
      for (let j = k; j < tokens.length && tokens[j].end <= x.end; j++) mask[j] = 1;
    }
    this.timed.set(tokens, mask);
  }

  /** A passive of the head may stand in for the needed verb only where a side is sure: the entry needs one, or an
   *  agent (`X tərəfindən`) stands before the head in its clause (a bare `ləğv olunur`, `tələb olunan` is mostly a
   *  rule or a requirement, no act between sides). */
  private sidedPassive(tokens: Token[], i: number, entry: TriggerEntry): boolean {
    if (entry.objectRequired) return true;
    // (the agent of the head's own clause: one before a verb form in between is that verb's, `X tərəfindən həbs edilmiş
    // jurnalistlər azad olunub`)
    for (let j = i - 1; j >= 0 && tokens[j].sent === tokens[i].sent; j--) {
      if (this.agents.has(tokens[j].lower)) return true;
      const a = tokens[j].analysis;
      if (a?.pos === "VERB" && a.verbForm !== "vnoun" && a.verbForm !== "inf") return false;
    }
    return false;
  }

  /** Ending of `tok` after a light verb whose passive stands for one of the needed `stems` (`olunub` for `et`), when
   *  `tok` is that passive, else null. */
  private passiveLight(tok: Token, stems: string[]): { stem: string; rest: string } | null {
    for (const [light, needed] of this.passiveLights) {
      if (!stems.includes(needed)) continue;
      const f = this.formOf(tok, [light]);
      if (f && f.rest !== "" && this.forms.verbFeatures(tok, f.rest).passive) return f;
    }
    return null;
  }

  /** Ending of `tok` after one of `stems` when it is a verb or noun form of it, else null. */
  formOf(tok: Token, stems: string[]): { stem: string; rest: string } | null {
    for (const s of stems) {
      const rest = this.forms.restAfter(tok.lower, s, "both");
      // (a word of its own is only itself: `kəskin` is needed as `kəskin`, never as `kəs` with endings)
      if (rest !== null && rest !== "" && this.ownWords.has(tok.lower)) continue;
      if (rest !== null && (rest === "" || !this.bare.has(s))) return { stem: s, rest };
    }
    return null;
  }

  /** Triggers headed by token `i` of a sentence ending at `sentEnd`. */
  match(tokens: Token[], i: number, sentEnd: number): TriggerHit[] {
    const t = tokens[i];
    if (t.kind !== "word" || t.lower.length < KEY) return [];
    const list = this.byKey.get(t.lower.slice(0, KEY));
    if (!list) return [];
    // (past a closing quotation mark, as the next word is: `“ziyanlar” vurduğuna`, the damage's word in the writer's quotes)
    const pv = i > 1 && isQuote(tokens[i - 1]) && tokens[i - 2].kind === "word" && !tokens[i - 1].spaceBefore ? i - 2 : i - 1;
    const prev = pv >= 0 && tokens[pv].sent === t.sent ? tokens[pv].lower : "";
    // (a word the head may not follow still counts past a particle of focus, `sədri vəzifəsindən də azad edilib` is a post
    // left, as `vəzifəsindən azad edilib`)
    const prevPast = prev && this.focus.has(prev) && i > 1 && tokens[i - 2].sent === t.sent ? tokens[i - 2].lower : "";
    // (past a closing quotation mark, as the needed words are: `"qeyri-dost addım" adlandırıb`, whose `addım` meets `ad-`)
    const nx = i + 1 < sentEnd && isQuote(tokens[i + 1]) && i + 2 < sentEnd && tokens[i + 2].kind === "word" ? i + 2 : i + 1;
    const next = nx < sentEnd ? tokens[nx].lower : "";
    const hits: TriggerHit[] = [];
    let matchedStem = "";
    let phrased = false; // a phrase (an entry with needed words) has matched: later ones are fallbacks
    for (const { stem, entry } of list) {
      // (only entries of the longest stem that fits; the spellings of one head, `danışıq`/`danışığ`, are
      // the same length and interleave, so a shorter stem, not another spelling, ends the search)
      if (matchedStem && stem.length < matchedStem.length) break;
      if (!t.lower.startsWith(stem)) continue;
      // (a background war noun is read all the same: a phrase of its head may name no side, `Sudanda döyüşlər davam edir`)
      if (phrased && !entry.needs && !entry.background) continue; // the more specific phrase wins over a bare head of the same stem
      if (entry.notAfter?.includes(prev) || (prevPast && entry.notAfter?.includes(prevPast))) continue;
      if (entry.notBefore && next && entry.notBefore.some((w) => next.startsWith(w))) continue;
      const rest = t.lower.slice(stem.length);
      // a noun the morphology derived from the verb (`razılaşma` agreement) is not a form of the verb
      // (one with a tense is a verb whatever its part of speech says: `imzalanıb` read as imza+lan+ıb)
      const derivedNoun = t.analysis?.pos === "NOUN" && t.analysis.tense === undefined && t.analysis.stem !== stem && t.analysis.stem.startsWith(stem);
      const asVerb = entry.forms !== "noun" && !derivedNoun && (t.analysis?.stem === stem || this.forms.isChain(rest, "verb"));
      // (nor a form of the noun when the morphology split the endings off a longer word of its own: `tələbəni`
      // the student, not `tələb` demand; a longer stem with no endings split, `sahibliyi`, is a word it did not analyse)
      const otherWord = derivedNoun && !!t.analysis?.suffixes?.length;
      const asNoun = entry.forms !== "verb" && !otherWord && this.forms.isChain(rest, "noun");
      if (!asVerb && !asNoun) continue;
      // a noun reading wins when both fit (görüşdə, görüşün), unless the morphology read the word as a participle or
      // a verbal noun of the stem (`görüşən` who met, `görüşməsi` their meeting)
      const a = t.analysis;
      // (nor a negated or necessitative finite verb, `görüşmədi`, `görüşməlidir`, whose endings also spell a noun's
      // first-person possessive and case, `görüş-m-ə-di`: no headline says "it was to my meeting"; nor a negated converb,
      // `görüşmədən` without meeting, save the verbal noun's ablative before a word of "before", `görüşmədən əvvəl`)
      const finiteMarked = a?.pos === "VERB" && a.stem === stem && a.verbForm !== "part" && a.verbForm !== "vnoun" &&
        ((a.tense !== undefined && (a.negated === true || a.tense === "nec")) ||
          (a.verbForm === "conv" && a.negated === true && !this.beforeWords.has(tokens[i + 1]?.lower ?? "")));
      const verbForm = asVerb && a?.pos === "VERB" && a.stem === stem && (a.verbForm === "part" || (a.verbForm === "vnoun" && a.poss !== undefined) || finiteMarked);
      const verbal = asVerb && (!asNoun || verbForm);
      const hit = this.complete(tokens, i, sentEnd, entry, verbal ? rest : null, verbal, stem);
      if (!hit) continue;
      matchedStem = stem;
      if (phrased) hit.fallback = true;
      hits.push(hit);
      if (entry.needs) phrased = true;
    }
    return hits;
  }

  /** Token `k` is a verbal noun in the dative right before a word of consent (`sərhədin açılmasına razılıq verib`,
   *  `… razılaşıb`): the act consented to, which the consent convention reads as that act. */
  private consentedTo(tokens: Token[], k: number, sentEnd: number): boolean {
    const a = tokens[k].analysis, next = tokens[k + 1];
    if (a?.verbForm !== "vnoun" || a.case !== "dat" || k + 1 >= sentEnd || next.kind !== "word" || next.lower.length < KEY) return false;
    return !!this.byKey.get(next.lower.slice(0, KEY))?.some(({ stem, entry }) => entry.type === "AGREE" && entry.cameo === INTENT_CAMEO && next.lower.startsWith(stem));
  }

  /** Whether `noun`, bare, heads a phrase of its own with `verb` (`rədd` with `edib`), of `type` where given. */
  private ownPhrase(noun: Token, verb: Token, type?: string): boolean {
    if (noun.kind !== "word" || noun.lower.length < KEY) return false;
    return !!this.byKey.get(noun.lower.slice(0, KEY))?.some(({ stem, entry }) => stem === noun.lower && !!entry.needs && !!this.formOf(verb, entry.needs) && (!type || entry.type === type));
  }


  /** Words from `i` up to a noun of a part within two words after it (`bir hissəsini`), else 0. */
  private partAfter(tokens: Token[], i: number, sentEnd: number): number {
    for (let j = i + 1; j <= i + 2 && j < sentEnd; j++) if (this.formOf(tokens[j], this.parts)) return j - i;
    return 0;
  }

  /** Token `k` heads a phrase of an entry of another type than `type`, its needed word within that entry's gap. */
  private otherPhrase(tokens: Token[], k: number, sentEnd: number, type: string): boolean {
    const noun = tokens[k];
    if (noun.kind !== "word" || noun.lower.length < KEY) return false;
    return !!this.byKey.get(noun.lower.slice(0, KEY))?.some(({ stem, entry }) => {
      if (entry.type === type || !entry.needs || !noun.lower.startsWith(stem)) return false;
      for (let j = k + 1; j <= k + 1 + (entry.gap ?? 1) && j < sentEnd; j++) if (this.formOf(tokens[j], entry.needs)) return true;
      return false;
    });
  }

  /** An object participle (a verb with a possessive and no case, `etdiyi`) of one of `stems` right before
   *  token `i`, or past one bare word (`göstərdiyi hərbi yardım`). */
  private objectParticipleBefore(tokens: Token[], i: number, stems: string[]): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 2) && tokens[j].sent === tokens[i].sent; j--) {
      const a = tokens[j].analysis;
      if (possessedVerbForm(tokens[j], "part") && !a?.passive) return !!this.formOf(tokens[j], stems);
      if (!a || (a.pos !== "ADJ" && a.pos !== "NOUN") || a.case !== undefined || a.poss !== undefined || isCapitalised(tokens[j])) return false;
    }
    return false;
  }

  /** A verbless headline's act noun owned (`X-in … istefası`), closing it or its part before a colon or dash, with a
   *  genitive before it and no verb: the doer alone names the act (`TriggerEntry.ownerHeadline`); whose it is the
   *  arguments find, and with no name there is none. */
  private ownerFrame(tokens: Token[], i: number, sentEnd: number): boolean {
    const a = tokens[i].analysis;
    if (!a || a.case !== undefined || a.poss !== "3") return false;
    if (i + 1 < sentEnd && (tokens[i + 1].kind !== "punct" || !CLAUSE_MARKS.has(tokens[i + 1].norm))) return false;
    let owner = false;
    for (let j = i - 1; j >= 0 && tokens[j].sent === tokens[i].sent; j--) {
      if (tokens[j].kind === "punct" && (tokens[j].norm === ":" || isQuote(tokens[j]))) return false;
      if (tokens[j].analysis?.pos === "VERB") return false;
      // (the owner may be a title the name qualifies, `X Baş nazirinin`: whose it is the arguments find)
      if (this.forms.caseOf(tokens[j]) === "gen") owner = true;
    }
    return owner;
  }

  /** Token `i` a noun in no case, bare or owned (`zəngi`), that ends its sentence or comes before a colon or a dash, after a
   *  name in the ablative or genitive and then one in the dative, and no verb before it in the sentence: the words of a
   *  headline `X-dən Y-yə N`, `X-in Y-yə N-i`. */
  private sourceTargetFrame(tokens: Token[], i: number, sentEnd: number): boolean {
    const a = tokens[i].analysis;
    // (a bare stem the morphology reads as a verb is the noun of its light-verb compound, `təhdid`, `yardım`: no headline
    // closes on an imperative after who did it to whom)
    if (a && (a.case !== undefined || (a.poss !== undefined && a.poss !== "3") || (a.pos === "VERB" && (a.suffixes?.length ?? 0) > 0))) return false;
    // (a bare head may be the first noun of a compound whose possessed noun ends the headline, `X-dən Y-yə yardım paketi`,
    // `silah partiyası`: the act is the head's)
    const m = tokens[i + 1]?.analysis;
    const last = i + 1 < sentEnd && a?.poss === undefined && tokens[i + 1].kind === "word" && m?.pos === "NOUN" && m.poss === "3" && m.case === undefined ? i + 1 : i;
    if (last + 1 < sentEnd) {
      const n = tokens[last + 1];
      if (n.kind !== "punct" || !(CLAUSE_MARKS.has(n.norm) || n.norm === "." || n.norm === "!")) return false;
    }
    let source = false, target = false;
    for (let j = i - 1; j >= 0 && tokens[j].sent === tokens[i].sent; j--) {
      const b = tokens[j].analysis;
      if (b?.pos === "VERB") return false;
      if (tokens[j].kind === "punct" && (tokens[j].norm === ":" || isQuote(tokens[j]))) break;
      if (!isCapitalised(tokens[j]) && j > 0 && tokens[j - 1].sent === tokens[i].sent) {
        // (the office or organ of a name right before it is the name's side: `Tramp administrasiyasından Y-yə …`)
        if (target && isCapitalised(tokens[j - 1]) && this.forms.caseOf(tokens[j]) === "abl") source = true;
        continue;
      }
      const c = this.forms.caseOf(tokens[j]);
      if (c === "dat" && !source) target = true;
      else if ((c === "abl" || c === "gen") && target) source = true;
    }
    return source && target;
  }

  private complete(tokens: Token[], i: number, sentEnd: number, entry: TriggerEntry, rest: string | null, verbal: boolean, stem: string): TriggerHit | null {
    let end = i + 1;
    let verb = i;
    let verbRest = rest;
    let neededRest: string | null = null;
    if (entry.needs) {
      // a noun in an oblique case (`tələbinin`, `atəşkəsə`) is no part of a phrase with the words after it
      // (unless the case ending is part of the entry's head, an idiom: `atəşə tutmaq`)
      // (save a genitive owning a part, `qoşunlarının bir hissəsini çıxarıb`: the part is the head's own, the gap runs past it)
      const c = this.forms.caseOf(tokens[i], stem);
      const part = !verbal && c === "gen" ? this.partAfter(tokens, i, sentEnd) : 0;
      // (save a genitive that is the subject of the needed verb's passive verbal noun right after it, `silahların
      // göndəriləcəyini açıqlayıb`: the arms are to be sent)
      // (a verbal noun of tense only, `-dığı`, `-acağı`: `kreditlərin verilməsi` names the giving, `tariflərin azaldılmasını
      // tələb edib` what is asked)
      const genSubject = !verbal && c === "gen" && i + 1 < sentEnd && !!tokens[i + 1].analysis?.passive && tokens[i + 1].analysis?.poss === "3" &&
        (!!tokens[i + 1].analysis?.tense || tokens[i + 1].analysis?.verbForm === "part" || this.consentedTo(tokens, i + 1, sentEnd)) &&
        !!this.formOf(tokens[i + 1], entry.needs);
      const oblique = !verbal && tokens[i].lower !== stem && OBLIQUE.has(c) && !part && !genSubject;
      const gap = (entry.gap ?? 1) + part;
      // an object participle of the needed verb before the noun (`X-in Y-ə etdiyi zəng`, `göstərdiyi hərbi yardım`):
      // the act that the participle's owner did; the noun's clause verb carries the tense
      if (this.objectParticipleBefore(tokens, i, entry.needs)) return { entry, head: i, end: i + 1, verb: i, verbRest: null, verbal: false, attested: true, prior: true };
      let found = -1;
      const timed = this.timed.get(tokens);
      // (a time expression in between is passed over: it counts as no word)
      for (let j = i + 1, left = gap + 1; left > 0 && j < sentEnd && !oblique; j++) {
        if (timed?.[j]) continue;
        // (and so are quotation marks around the head, `"yalan" adlandırıb`, `"yox" deyib`: the words quoted are the phrase's)
        if (isQuote(tokens[j]) && j === i + 1 && j + 1 < sentEnd && tokens[j + 1].kind === "word") continue;
        // (and so is a focus particle, `xəbərdarlıq da edilib`, `səfər də edəcək`)
        if (this.focus.has(tokens[j].lower) && j + 1 < sentEnd && this.formOf(tokens[j + 1], entry.needs)) continue;
        // (so is the means it was done by, `atəşkəs … ABŞ-ın vasitəçiliyi ilə əldə olunub`: who helped, no word of the phrase)
        const means = meansPhrase(tokens, j, sentEnd, this.means, this.withWords);
        if (means) { j += means - 1; continue; }
        left--;
        const f = this.formOf(tokens[j], entry.needs) ?? (this.sidedPassive(tokens, i, entry) ? this.passiveLight(tokens[j], entry.needs) : null);
        if (f) { found = j; verbRest = f.rest; neededRest = f.rest; break; }
      }
      // a bare noun right before the needed word that makes its own phrase with it (`tələblərini rədd edib`
      // rejected the demands, `xahişini qəbul edib`): the verb is that noun's, and the head is its object
      if (found > i + 1 && tokens[i].lower !== stem && this.ownPhrase(tokens[found - 1], tokens[found])) return null;
      // (and so for a bare head before a noun of promise or offer with the light verb, `yardım paketi vəd edib`: the
      // act is promised, an agreement told by the promise's own entry, not done)
      if (found > i + 1 && entry.type !== "AGREE" && this.ownPhrase(tokens[found - 1], tokens[found], "AGREE")) return null;
      // (and before a noun of refusal with the light verb, `yardım paketini rədd edib`: the thing is refused, none given)
      if (found > i + 1 && entry.type !== "REJECT" && this.ownPhrase(tokens[found - 1], tokens[found], "REJECT")) return null;
      // the needed noun past a participle of the head, heading a phrase of another type with a later verb (`tətbiq edilən
      // rüsumları … azaldıb`, the tariffs imposed are cut): the head tells the act described, up to the noun, and leaves
      // the noun to its own phrase, the act done to it
      if (found > i + 1 && describing(tokens[found - 1]) && this.otherPhrase(tokens, found, sentEnd, entry.type)) {
        return { entry, head: i, end: found, verb: i, verbRest: null, verbal: false };
      }
      if (found < 0 && entry.needsBefore) {
        // a participle before the noun: `keçirilən iclasda`, past the name of whose it is
        // (`keçirilən Nazirlər Şurasının iclasında`); the noun's clause verb carries the tense
        let left = gap + 1;
        for (let j = i - 1; j >= Math.max(0, i - NAME_REACH) && left > 0 && tokens[j].sent === tokens[i].sent; j--) {
          if (this.formOf(tokens[j], entry.needs)) return { entry, head: i, end: i + 1, verb: i, verbRest: null, verbal: false, attested: true };
          // (a quoted name's closing mark and the case ending written after it are the name's: `"X sazişi"nə qoşulub`)
          if (isQuote(tokens[j]) || (j > 1 && isQuote(tokens[j - 1]) && tokens[j].kind === "word" && tokens[j].start === tokens[j - 1].end
            && tokens[j - 1].start === tokens[j - 2].end)) continue;
          // (the light verb of the needed word's phrase is part of it, no word between: `tətbiq olunan ticarət rüsumları`)
          if (!isCapitalised(tokens[j]) && !this.formOf(tokens[j], this.light)) left--;
        }
      }
      // a headline's event noun with its light verb dropped, bare right before the colon that opens what follows
      // (`X-dan Y-yə ittiham: "…"`, `Q-də … yeni qadağa: …`): the noun is the predicate (only light verbs a headline
      // drops: a meeting held, `iclas` of `iclas keçirilib`, or a list's label, `Cəmi öhdəlik:`, is no act told)
      // (a label opening its sentence, `Xəbərdarlıq: sabah … qaz olmayacaq`, names no doer: a notice, no act)
      if (found < 0 && tokens[i].lower === stem && i + 1 < tokens.length && tokens[i + 1].kind === "punct" && tokens[i + 1].norm === ":"
        && i > 0 && tokens[i - 1].sent === tokens[i].sent
        && entry.needs.some((n) => this.dropped.has(n))) return { entry, head: i, end: i + 1, verb: i, verbRest: null, verbal: false, elided: true };
      // a verbless headline naming its act by who did it to whom (`X-dən Y-yə xəbərdarlıq`, `X-in Y-yə zəngi`, before its
      // end, a colon or a dash): the noun is the predicate, its verb dropped
      if (found < 0 && ((entry.needs.some((n) => this.frameDropped.has(n)) && this.sourceTargetFrame(tokens, i, sentEnd))
        || (entry.ownerHeadline && this.ownerFrame(tokens, i, sentEnd)))) {
        return { entry, head: i, end: i + 1, verb: i, verbRest: null, verbal: false, elided: true };
      }
      if (found < 0) return null;
      end = found + 1;
      verb = found;
      // the needed word is a verb (`üzr istəməli`) or a noun of a compound (`telefon danışığı`)
      const r = verbRest ?? "";
      // (an ending that reads both ways, `açıla` opened/to the opening, is a verb's before an auxiliary: `açıla bilər`)
      const modalNext = found + 1 < sentEnd && this.modal.has(tokens[found + 1].lower);
      verbal = this.light.some((l) => tokens[found].lower.startsWith(l)) ||
        (this.forms.isChain(r, "verb") && (modalNext || !this.forms.isChain(r, "noun")));
      if (!verbal) { verb = i; verbRest = null; }
    }
    // a light verb right after the phrase carries its tense: "səfər edib", "iştirak edəcək", "elan edəcək"
    // (only a noun in no oblique case makes a compound with one: `görüşündə bildirib` is said at a meeting)
    // (a case ending that is part of the phrase is an idiom: `əldə edilib`)
    const lastCase = tokens[end - 1].analysis?.case;
    const caseInPhrase = end - 1 === i ? tokens[i].lower === stem : neededRest === "";
    // (a verbal noun of the head owned by its sides is a noun to its light verb: `X-Y məsləhətləşmələri keçiriləcək`)
    // (one in the accusative is the object of the verb after it: `getməsini istəyir`)
    const ownedVnoun = end - 1 === i && tokens[i].analysis?.verbForm === "vnoun" && tokens[i].analysis?.poss !== undefined && !tokens[i].analysis?.case;
    if ((!verbal || verbRest === "" || ownedVnoun) && !(lastCase && OBLIQUE.has(lastCase) && !caseInPhrase)) {
      // (a word of a time expression is none: `sammiti gələn il keçiriləcək`, where `gələn` opens "next year")
      const timed = this.timed.get(tokens);
      for (let j = end; j < Math.min(end + 2, sentEnd); j++) {
        if (timed?.[j]) break;
        const f = this.formOf(tokens[j], this.light);
        if (!f) break;
        end = j + 1;
        verb = j;
        verbRest = f.rest;
        verbal = true;
        if (this.forms.isChain(f.rest, "verb") && f.rest.length > 0) break;
      }
    }
    return { entry, head: i, end, verb, verbRest, verbal };
  }
}

/** A verb form right before a noun that describes it: a participle, or a future form (`tətbiq ediləcək rüsumları`). */
function describing(tk: Token): boolean {
  const a = tk.analysis;
  return a?.pos === "VERB" && (a.verbForm === "part" || (a.verbForm === undefined && a.tense === "fut"));
}

/** Words of a means phrase starting at `j`: a genitive, a possessed noun of `means` and an instrumental postposition of
 *  `withWords` (`ABŞ-ın vasitəçiliyi ilə`), else 0. Its owner helped the act: no word of its phrase, no side of it. */
export function meansPhrase(tokens: readonly Token[], j: number, sentEnd: number, means: readonly string[], withWords: ReadonlySet<string>): number {
  const owner = tokens[j], noun = tokens[j + 1], post = tokens[j + 2];
  if (j + 2 >= sentEnd || !means.length || owner.kind !== "word" || owner.analysis?.case !== "gen") return 0;
  if (noun.kind !== "word" || noun.analysis?.poss === undefined || !means.includes(noun.analysis.stem)) return 0;
  return withWords.has(post.lower) ? 3 : 0;
}

/** The instrumental postpositions of the tables (`ilə`), read once per table. */
const insWordsOf = new WeakMap<EventTables, ReadonlySet<string>>();
export function instrumentalWords(t: EventTables): ReadonlySet<string> {
  let w = insWordsOf.get(t);
  if (!w) insWordsOf.set(t, (w = new Set((t.postpositionCases ?? []).filter(([, c]) => c === "ins").map(([x]) => x))));
  return w;
}

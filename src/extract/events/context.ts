// What the event finder knows about one document before it looks at triggers: mentions with their
// roles (place, title modifier, attribution source), clauses, dated expressions and quoted passages.
import type { Doc, Token } from "../../text/doc.js";
import type { Language } from "../../lang/types.js";
import type { EventTables } from "./tables.js";
import { FormReader } from "./forms.js";
import { collectMentions, tokenSpan, type KnownReader, type Mention, type NationalityReader } from "./mentions.js";
import { demonymPlace, endingsOf, lexicon } from "../entities/lexicon.js";
import type { KnownName } from "../entities/tables.js";
import type { Case } from "./tables.js";
import { pairQuoteMarks, quotedMask, type MarkPair } from "../quotes/marks.js";
import { countBefore } from "../../text/ordered.js";
import { BoundedMap } from "../../text/bounded.js";

const NATIONALITY_MEMO = 50_000;

/** Quotations of at least this many words are speech: triggers inside them are not the article's events. */
const QUOTED_SPEECH_WORDS = 4;
/** Words looked over between an owner and the noun it owns (`X-in “Y” portalının məlumatına`). */
const OWNER_CHAIN = 4;
/** Words from a name to the ablative noun it owns or qualifies (`X-in Y regional qrupundan`), and from that to the
 *  participle past the outlet (`"Report"a verilən`). */
const GIVER_REACH = 3;
const OUTLET_REACH = 5;

export interface DatedSpan { value: string; tokStart: number; tokEnd: number; absolute: boolean;
  /** Inside quotation marks: it dates only an act told in the same quotation. */
  quoted?: boolean;
  /** The last day of a span of days (`iyunun 24-25-də`): `value` is its first. */
  endValue?: string }

export interface MentionInfo extends Mention {
  /** A place where something happens (locative, or `X ərazisində`). */
  place: boolean;
  /** A street's, an avenue's or a square's name (`X prospektində`): an address, no side and no state. */
  address?: boolean;
  /** A country or body naming a person's office (`Rusiya prezidenti Vladimir Putin`). */
  modifier: boolean;
  /** The source of an attribution (`X-in məlumatına görə`), and whether it marks a claim. */
  source: boolean;
  sourceReported: boolean;
  /** What something is about, not a side of it: `X ilə bağlı`, `X barədə`, `X üzrə`. */
  topic: boolean;
}

const contexts = new WeakMap<Doc, DocContext>();

interface TableMaps { states: Map<string, string>; pronouns: Map<string, Case>; postpositions: Map<string, Case> }
const maps = new WeakMap<EventTables, TableMaps>();

/** The tables' pairs as maps, built once per table set (read only). */
function tableMaps(t: EventTables): TableMaps {
  let m = maps.get(t);
  if (!m) maps.set(t, (m = { states: new Map(t.capitals ?? []), pronouns: new Map(t.pronouns), postpositions: new Map(t.postpositionCases ?? []) }));
  return m;
}

export class DocContext {
  readonly tokens: Token[];
  /** (Swapped for those with no nationality word while `withoutNationalities` runs.) */
  mentions: MentionInfo[];
  readonly quoted: Uint8Array;
  readonly dates: DatedSpan[];
  /** Token starts of every time expression outside quotation marks and parentheses. */
  private readonly spans: number[] = [];
  /** Clause start for each token (clauses end at a comma after a finite verb). */
  readonly clauseStart: Int32Array;
  readonly clauseEnd: Int32Array;
  private readonly states: Map<string, string>;
  private readonly nationality: NationalityReader | undefined;
  private readonly entityCount: number;
  private readonly linkCount: number;
  private readonly timexCount: number;

  constructor(readonly doc: Doc, readonly t: EventTables, readonly forms: FormReader, lang: Language) {
    this.tokens = doc.tokens;
    this.entityCount = doc.entities.length;
    this.linkCount = doc.links?.length ?? 0;
    this.timexCount = doc.timexes.length;
    const maps = tableMaps(t);
    this.states = maps.states;
    const pairs = pairQuoteMarks(doc);
    this.quoted = namesUnmasked(doc, pairs, quotedMask(doc, pairs, QUOTED_SPEECH_WORDS));
    const collected = collectMentions(doc, forms, maps.pronouns, lang.lower, maps.postpositions, t.bodyNouns ?? [], t.coordinators ?? [], knownReader(lang, this.states), (this.nationality = nationalityReader(lang)), t.bodyHeadsAlike);
    const starts = new Set(collected.map((m) => m.tokStart));
    this.mentions = collected.map((m) => this.describe(m, starts));
    this.placeLists();
    this.markModifiers();
    this.dates = this.datedSpans();
    [this.clauseStart, this.clauseEnd] = this.clauses();
  }

  /** The name an actor goes by: a capital acting stands for its state. */
  actorName(name: string): string {
    return this.states.get(name) ?? name;
  }

  /** The mention is the agent of a passive: an agent postposition follows it (`X tərəfindən`). */
  isAgent(m: { tokEnd: number }): boolean {
    return this.t.agent.includes(this.tokens[m.tokEnd]?.lower ?? "");
  }

  stemForm(tok: Token, stems: string[], kind: "verb" | "noun" | "both" = "noun"): string | null {
    for (const s of this.forms.stemsFor(stems, tok.lower)) {
      const r = this.forms.restAfter(tok.lower, s, kind);
      if (r !== null) return s;
    }
    return null;
  }

  /** `noun` is a place noun of its own case (`paytaxtı`) and `name` after it a capitalised word in the locative. */
  private beforeNamedPlace(noun: Token, name: Token | undefined): boolean {
    if (!name || name.kind !== "word" || name.sent !== noun.sent || name.norm[0] === name.lower[0]) return false;
    const s = this.stemForm(noun, this.t.placeNouns);
    return !!s && this.forms.caseOf(noun, s) !== "loc" && name.analysis?.case === "loc";
  }

  /** `tk` is a word of one of `nouns` in the locative. */
  private inLocative(tk: Token, nouns: string[]): boolean {
    const s = this.stemForm(tk, nouns);
    return !!s && this.forms.caseOf(tk, s) === "loc";
  }

  private describe(m: Mention, starts: ReadonlySet<number>): MentionInfo {
    const toks = this.tokens;
    const after = toks[m.tokEnd];
    let place = m.type === "LOC" && m.case === "loc";
    // (only a name that can own the noun after it: `Rusiya ərazisində`, `Rusiyanın ərazisində`; one in another case is
    // an argument of its own, `X Y-i sərhəddə təxribatda ittiham edib`, Y accused)
    const canOwn = m.case === "nom" || m.case === "gen" || m.case === undefined;
    if (m.type === "LOC" && after && !place && canOwn && this.inLocative(after, this.t.placeNouns)) place = true;
    // (or before such a noun in apposition to a name in the locative: `ABŞ-nin paytaxtı Vaşinqtonda`)
    if (m.type === "LOC" && after && !place && canOwn && this.beforeNamedPlace(after, toks[m.tokEnd + 1])) place = true;
    // (any name before a noun of its vicinity in the locative is where it happened: `Ağ Ev yaxınlığında`, `X-in ətrafında`)
    if (after && !place && canOwn && this.t.vicinityNouns && this.inLocative(after, this.t.vicinityNouns)) place = true;
    // (a place before a noun of its inhabitants, `X sakini`, `X sakinlərinə`, in any case: where private people live)
    if (m.type === "LOC" && after && !place && this.t.residentNouns && after.sent === toks[m.tokStart].sent &&
      this.stemForm(after, this.t.residentNouns)) place = true;
    // (a name before a street's noun in the singular, any case, is an address: where, never who)
    const address = !!after && after.sent === toks[m.tokStart].sent && !!this.t.addressNouns && !after.analysis?.plural &&
      !!this.stemForm(after, this.t.addressNouns);
    if (address) place = true;
    let source = false, sourceReported = false;
    const [k, owner] = this.ownedNoun(m);
    const noun = toks[k];
    if (owner && noun) {
      const frame = this.stemForm(noun, this.t.frameNouns);
      const post = toks[k + 1];
      if (frame && post && this.t.framePostposition.includes(post.lower)) {
        source = true;
        sourceReported = this.t.modes.reportedFrames.some((r) => noun.lower.startsWith(r));
      } else if (frame && this.forms.caseOf(noun, frame) === "loc") {
        source = true; // `X-in (ABBR) məlumatında bildirilir`
      } else {
        // (the owner of a participle of the press before the postposition, `X-in yazdığına görə`: the outlet, no side)
        const a = noun.analysis, post = toks[k + 1];
        if (a?.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && a.case === "dat" && post && this.t.framePostposition.includes(post.lower) &&
          (this.t.modes.pressVerbs ?? []).includes(a.stem ?? "")) source = true;
      }
    }
    // (a source an outlet cites, `APA-ya istinadən`, `Rusiya mediasına istinadən`, is no side either)
    const cites = this.t.citingWords ?? [];
    if (!source && cites.length) {
      if (m.case === "dat" && cites.includes(toks[m.tokEnd]?.lower ?? "")) source = true;
      else if (noun && noun.sent === toks[m.tokStart].sent && noun.kind === "word" && noun.norm[0] === noun.lower[0] &&
        this.forms.caseOf(noun) === "dat" && cites.includes(toks[k + 1]?.lower ?? "")) source = true;
    }
    // (the outlet the information was given to, `X-dən APA-ya verilən məlumata görə`, is no side either)
    if (!source && m.case === "dat") {
      // (a word of the participle's phrase may stand before it: `Mətbuat Mərkəzinə daxil olan məlumata görə`)
      for (const at of [m.tokEnd, m.tokEnd + 1]) {
        const part = toks[at], frame = toks[at + 1], post = toks[at + 2];
        if (part?.sent === toks[m.tokStart].sent && part.analysis?.verbForm === "part" && frame && post && this.stemForm(frame, this.t.frameNouns) &&
          this.t.framePostposition.includes(post.lower)) source = true;
      }
    }
    // (nor the body it came from, `X-dən APA-ya verilən məlumata görə`, `X-in Mətbuat Xidmətinin Y regional qrupundan
    // Z-yə verilən məlumata görə`: the name in the ablative or owning the ablative noun a few words on)
    if (!source && this.givesInformation(m)) source = true;
    // (described in place: the collected mentions are this context's own, and copying each costs more)
    return Object.assign(m, { place, address, modifier: !starts.has(m.tokEnd) && this.namesNoun(m), source, sourceReported, topic: this.topicOf(m) });
  }

  /** A city naming the capitalised possessed noun after it (`Vyana Konvensiyası`, `Minsk Qrupu`) names a treaty or a group:
   *  no side of its own, and no subject of the sentence's act either (the caller checks the noun is no name of its own in a
   *  case: `Vaşinqton Tehranı ittiham edib`). */
  private namesNoun(m: Mention): boolean {
    const next = this.tokens[m.tokEnd], a = next?.analysis;
    return m.type === "LOC" && !m.iso && (m.case ?? "nom") === "nom" && !!next && next.sent === this.tokens[m.tokStart].sent &&
      next.kind === "word" && next.norm[0] !== next.lower[0] && (a?.pos === "NOUN" || a?.pos === "PROPN") && a.poss === "3" && !a.plural;
  }

  /** Mention `m` is the source of information given to an outlet: it is in the ablative, or owns or qualifies a noun in the
   *  ablative at most three words on (no verb between, no other name unless it is the owner), and after it come an optional outlet in the dative, a participle, a
   *  frame noun and its postposition (`DİN-dən "Report"a verilən məlumata görə`, `X-in Y qrupundan verilən məlumata görə`). */
  private givesInformation(m: Mention): boolean {
    const toks = this.tokens, sent = toks[m.tokStart].sent;
    let j = -1;
    if (m.case === "abl") j = m.tokEnd;
    else if (m.case === "gen" || m.case === "nom" || m.case === undefined) {
      for (let k = m.tokEnd; k < m.tokEnd + GIVER_REACH && toks[k]?.sent === sent && toks[k].kind === "word"; k++) {
        const a = toks[k].analysis, named = toks[k].norm[0] !== toks[k].lower[0];
        if (a?.pos === "VERB") break;
        // (a name in the ablative after a subject is a source of its own, `X Rusiyadan aldığı məlumata görə`: X is not)
        if (this.forms.caseOf(toks[k]) === "abl") { if (!named) j = k + 1; break; }
        // (only an owner reaches past another name: `X-in Y regional qrupundan`)
        if (named && m.case !== "gen") break;
      }
    }
    if (j < 0) return false;
    // (the outlet between, in the dative, its name maybe in quotation marks: `APA-ya`, `"Report"a`; no verb but the participle)
    let k = j;
    for (; k < j + OUTLET_REACH && toks[k]?.sent === sent; k++) {
      const a = toks[k].analysis;
      if (toks[k].kind === "word" && a?.pos === "VERB") break;
    }
    const part = toks[k], frame = toks[k + 1], post = toks[k + 2];
    return !!part && part.sent === sent && part.analysis?.verbForm === "part" && !!frame && !!post &&
      !!this.stemForm(frame, this.t.frameNouns) && this.t.framePostposition.includes(post.lower);
  }

  /** The noun a mention is the owner of, past quotation marks, a name and generic nouns in the genitive
   *  (`Amerikanın “Axios” portalının məlumatına`, `X Nazirliyinin sözçüsünün sözlərinə`), and whether the
   *  chain is one of owners at all. */
  private ownedNoun(m: Mention): [number, boolean] {
    const toks = this.tokens;
    const sent = toks[m.tokStart].sent;
    let k = this.skipParenthesis(m.tokEnd);
    let owner = m.case === "gen";
    for (let n = 0; n < OWNER_CHAIN && toks[k] && toks[k].sent === sent; n++) {
      const tk = toks[k];
      if (tk.kind === "punct" && (tk.norm === '"' || tk.norm === "'")) {
        // (a closing mark with the name's case ending written after it, `"Reuters"in yazdığına görə`: the ending is the name's)
        const ending = toks[k + 1];
        if (k === m.tokEnd && tk.start === toks[k - 1].end && ending?.kind === "word" && ending.start === tk.end && ending.norm === ending.lower) k++;
        k++;
        continue;
      }
      if (tk.kind !== "word") break;
      // (the genitive's own participle before the frame noun: `X-in verdiyi məlumata görə`, the information X gave)
      const a = tk.analysis;
      if (owner && a?.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && !a.case && k + 1 < toks.length &&
        toks[k + 1].sent === sent && this.stemForm(toks[k + 1], this.t.frameNouns)) { k++; continue; }
      // (the owner's desk in the dative the information came into, `X-in Mətbuat Mərkəzinə daxil olan məlumata görə`: the
      // participle a word or two on, before the frame noun)
      if (owner && this.forms.caseOf(tk) === "dat") {
        const j = [k + 1, k + 2].find((x) => toks[x + 1]?.sent === sent && toks[x].analysis?.pos === "VERB" && toks[x].analysis?.verbForm === "part" &&
          !!this.stemForm(toks[x + 1], this.t.frameNouns));
        if (j !== undefined) return [j + 1, owner];
      }
      if (tk.norm[0] !== tk.lower[0]) { k++; continue; } // another name inside the phrase
      // (a bare noun opening a compound owned by the name, `X-in mətbuat xidmətinin yaydığı məlumata görə`)
      const nx = toks[k + 1];
      if (owner && a?.pos === "NOUN" && !a.case && a.poss === undefined && !a.plural && nx?.sent === sent && nx.kind === "word" &&
        nx.norm[0] === nx.lower[0] && nx.analysis?.case === "gen" && nx.analysis.poss !== undefined) { k++; continue; }
      // (an outlet cited in the dative before a word of citing, `X-in NTV telekanalına istinadən verdiyi məlumata görə`, `X-in
      // türk mediasına istinadən xəbərinə görə`)
      if (owner && this.t.citingWords?.includes(toks[k + 1]?.lower ?? "") && toks[k + 1].sent === sent) { k += 2; continue; }
      if (this.stemForm(tk, this.t.frameNouns) || this.forms.caseOf(tk) !== "gen") break;
      owner = true;
      k = this.skipParenthesis(k + 1);
    }
    return [k, owner];
  }

  /** A topic word follows the mention, past a closing quotation mark, a case ending written after it
   *  (`"X"-la`) or a postposition of the topic (`X ilə bağlı`). */
  private topicOf(m: Mention): boolean {
    const toks = this.tokens, sent = toks[m.tokStart].sent;
    let k = m.tokEnd;
    if (toks[k]?.kind === "punct" && (toks[k].norm === '"' || toks[k].norm === "'")) k++;
    const tk = toks[k];
    if (!tk || tk.sent !== sent) return false;
    if (this.t.topicLinks.includes(tk.lower) || (tk.kind === "word" && k > m.tokEnd && tk.start === toks[k - 1].end)) k++;
    if (!!toks[k] && toks[k].sent === sent && this.t.topicWords.includes(toks[k].lower)) return true;
    // (the name qualifying the topic's noun, `Qarabağ münaqişəsi ilə bağlı`, `Ukrayna böhranı barədə`: no side either; a
    // plural one names its members, `Avropa institutları ilə bağlı … olmalıdır`, a demand on them)
    const a = tk.analysis, link = toks[m.tokEnd + 1];
    if (k !== m.tokEnd || (m.case ?? "nom") !== "nom" || tk.kind !== "word" || tk.norm[0] !== tk.lower[0] || a?.pos !== "NOUN" ||
      a.plural || a.poss === undefined || (a.case ?? "nom") !== "nom" || !link || link.sent !== sent) return false;
    const j = this.t.topicLinks.includes(link.lower) ? m.tokEnd + 2 : m.tokEnd + 1;
    return !!toks[j] && toks[j].sent === sent && this.t.topicWords.includes(toks[j].lower);
  }

  /** The token after a parenthesis opening at `i` (`İdarəsinin (OFAC) məlumatında`), else `i`. */
  private skipParenthesis(i: number): number {
    const toks = this.tokens;
    if (toks[i]?.norm !== "(") return i;
    for (let j = i + 1; j < Math.min(toks.length, i + 8); j++) if (toks[j].norm === ")") return j + 1;
    return i;
  }

  /** Names of a list whose last name is a place (`X, Y və Z rayonlarında`, `X və Y-də`, `X, Y və Z kimi şəhərlərdə`) are
   *  places too: the case ending and the place noun after the last are the whole list's, so the bare names before it are
   *  where the act happened, no subjects. Only places that are no country (a country in a bare nominative before another in
   *  the locative may be a subject of its own, `X, Y-də …`), unless a plural place noun closes the list (`X və Y
   *  şəhərlərində`). A likeness word before a place noun in the locative closes a list as well (`X və Y kimi şəhərlərdə`). */
  private placeLists(): void {
    const ms = this.mentions, toks = this.tokens;
    const joins = this.t.coordinators ?? [];
    const like = this.t.vetoes?.deemed?.like ?? [];
    const closes = (last: MentionInfo): { place: boolean; plural: boolean } => {
      const after = toks[last.tokEnd];
      if (!after || after.sent !== toks[last.tokStart].sent) return { place: last.place, plural: false };
      // (`X və Y kimi şəhərlərdə`: the likeness word and a place noun in the locative after it)
      const noun = like.includes(after.lower) && toks[last.tokEnd + 1]?.sent === after.sent ? toks[last.tokEnd + 1] : after;
      const placeNoun = this.inLocative(noun, this.t.placeNouns) || (!!this.t.vicinityNouns && this.inLocative(noun, this.t.vicinityNouns));
      if (noun !== after) return { place: placeNoun, plural: placeNoun };
      return { place: last.place, plural: placeNoun && noun.analysis?.plural === true };
    };
    for (let k = 0; k < ms.length; k++) {
      // a list of LOC names joined by commas and coordinators only
      let end = k;
      while (end + 1 < ms.length && ms[end].type === "LOC" && ms[end + 1].type === "LOC" && ms[end + 1].tokStart > ms[end].tokEnd &&
        toks.slice(ms[end].tokEnd, ms[end + 1].tokStart).every((tk) => tk.lower === "," || joins.includes(tk.lower)) &&
        ms[end + 1].tokStart - ms[end].tokEnd <= 2 && (ms[end].case === "nom" || ms[end].case === undefined) && !ms[end].place) end++;
      if (end === k) continue;
      const last = ms[end];
      const c = closes(last);
      const list = ms.slice(k, end + 1);
      if (c.place && (c.plural || list.every((m) => !m.iso && !this.states.has(m.name) || m === last))) {
        for (const m of list) m.place = true;
      }
      k = end;
    }
  }

  private markModifiers(): void {
    const ms = this.mentions;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (m.type === "PER" || (m.case !== "nom" && m.case !== "gen")) continue;
      // the agent of a passive (`X tərəfindən prezident Y-ə verilib`) names no office
      if (this.isAgent(m)) continue;
      const n = ms[k + 1];
      // (a name right before the person's, with no title between, is no office: `X Y-in qadağasını`
      // is X acting on Y's ban)
      if (!n || n.type !== "PER" || n.tokStart - m.tokEnd > 3 || n.tokStart <= m.tokEnd) continue;
      // (a person's name modifying a possessed noun after it is no person titled: `X məhkəməsi Y qardaşlarını`
      // is X's court and the Y brothers)
      if (n.case !== "gen" && ownerOfNoun(this.tokens, n.tokEnd)) continue;
      let titles = true;
      for (let i = m.tokEnd; i < n.tokStart; i++) {
        const tk = this.tokens[i], a = tk.analysis;
        // (a title is nouns and adjectives: `X bu gün Y-in …` is a time between two sides)
        if (tk.kind !== "word" || (a?.pos !== undefined && a.pos !== "NOUN" && a.pos !== "ADJ" && a.pos !== "PROPN")) titles = false;
        // a plural names no one person (`X liderləri Y ilə`), and a possessed noun before more words ends the
        // title (`X polisi sabiq prezident Y-ni`: the police of X acts on Y)
        // (a capitalised title may follow: `X Prezidenti Şeyx Y`)
        const next = this.tokens[i + 1];
        if (a?.plural || (a?.poss !== undefined && a.case === undefined && i + 1 < n.tokStart && next.norm[0] === next.lower[0])) titles = false;
        // (an organ of the state is no one's title: `X hökuməti Y-i həbs edib`)
        if (a && this.t.organNouns?.includes(a.stem)) titles = false;
      }
      // (a name in the nominative owns a title only by the title's possessive, `X prezidenti Y`, `X naziri Y`; before a
      // bare title written small it is a side of its own: `X Xidməti deputat Y-i saxlayıb`, the service holds the deputy)
      if (titles && m.case === "nom" && this.tokens.slice(m.tokEnd, n.tokStart).every((tk) => tk.norm === tk.lower &&
        tk.analysis?.pos === "NOUN" && tk.analysis.poss === undefined && tk.analysis.case === undefined)) titles = false;
      // (a title no office link gives to the person after it, when that person stands in an oblique case, may be two
      // phrases: `Keniya Prezidenti Əliyevi təbrik edib`, Kenya's president congratulated Aliyev; the state stays a side)
      if (titles && n.case !== "nom" && !ms.some((r) => r.kind === "role" && r.name === n.name && r.tokEnd > m.tokEnd && r.tokStart < n.tokStart)) titles = false;
      if (titles) m.modifier = true;
    }
  }

  private datedSpans(): DatedSpan[] {
    const out: DatedSpan[] = [];
    for (const x of this.doc.timexes) {
      const [s, e] = tokenSpan(this.doc, x);
      if (this.inParentheses(s) && !this.actDateAfterName(s, e)) continue;
      // (a year naming a document or a gathering, `1961-ci il Vyana Konvensiyası`, dates no act of the sentence; a date
      // made a document's attribute, `… tarixli Fərmanı`, is read by the dating, which knows the act it may be)
      if (this.namesDocument(s, e, x.value)) continue;
      const quoted = this.quoted[s] === 1;
      if (!quoted) this.spans.push(s);
      if (x.type !== "DATE" && x.type !== "TIME") continue;
      const value = x.type === "TIME" && x.value.length > 10 && x.value[10] === "T" ? x.value.slice(0, 10) : x.value;
      // (a decade is a date too, `90-cı illərin əvvəllərində`, `199`)
      out.push({ value, tokStart: s, tokEnd: e, absolute: /^\d{3}/.test(value), ...(quoted ? { quoted } : {}),
        ...(x.endValue ? { endValue: x.endValue.slice(0, 10) } : {}) });
    }
    return out.sort((a, b) => a.tokStart - b.tokStart);
  }

  /** A date in the locative filling the parentheses right after a name: when that one's act came (`X (fevralın 5-də), Y
   *  (martın 1-də) … həbs edilib`), not an aside (`doğum günü (1952-ci il oktyabrın 7-i)`). */
  private actDateAfterName(s: number, e: number): boolean {
    const open = this.tokens[s - 1], before = this.tokens[s - 2], close = this.tokens[e];
    return open?.norm === "(" && close?.norm === ")" && !!before && before.kind === "word" && before.norm[0] !== before.lower[0] &&
      this.tokens[e - 1].analysis?.case === "loc";
  }

  /** The timex ending before token `e` qualifies what follows it: a bare (nominative) year before a capitalised name
   *  (`1961-ci il Vyana Konvensiyası`). */
  private namesDocument(s: number, e: number, value: string): boolean {
    const last = this.tokens[e - 1], next = this.tokens[e];
    if (!last || !next || next.sent !== last.sent || next.kind !== "word" || last.analysis?.case) return false;
    // (only a year written in figures before a name in no case: `bu həftə Ağ Evdə`, `Gələn il Türkiyədə` are when)
    return /^\d{4}$/.test(value) && /^\d/.test(this.tokens[s].norm) && next.norm[0] !== next.lower[0] &&
      this.mentionsIn(e, e + 1).some((m) => m.tokStart === e && m.type !== "PER" && (m.case ?? "nom") === "nom");
  }

  private inParentheses(i: number): boolean {
    const sent = this.tokens[i].sent;
    for (let j = i - 1; j >= 0 && this.tokens[j].sent === sent; j--) {
      const n = this.tokens[j].norm;
      if (n === ")") return false;
      if (n === "(") return true;
    }
    return false;
  }

  /** A headline's lead-in that names its topic by a gathering's possessed noun before a colon (`X sammiti: Y və Z
   *  bəyannaməni qəbul etdi`): the clause after the colon names its own sides. Not a label naming a speaker (a name or a
   *  role, `X: …`, `X-in sözçüsü: …`) nor one before a quotation. */
  private topicLeadIn(colon: number): boolean {
    const prev = this.tokens[colon - 1], next = this.tokens[colon + 1], a = prev?.analysis;
    if (!prev || prev.kind !== "word" || prev.norm[0] !== prev.lower[0] || a?.pos !== "NOUN") return false;
    // (a plural in -ları reads as an accusative too: `X danışıqları:`, no object before a colon)
    if (!(a.poss === "3" && a.case === undefined) && !(a.case === "acc" && a.plural)) return false;
    if (!next || next.sent !== prev.sent || next.kind !== "word") return false;
    // (only a gathering's noun, `sammiti`, `danışıqları`: a possessed role noun labels a speaker, `X-in sözçüsü: …`)
    if (!this.stemForm(prev, this.t.eventNouns)) return false;
    return !this.mentions.some((m) => m.tokStart <= colon - 1 && colon - 1 < m.tokEnd);
  }

  private clauses(): [Int32Array, Int32Array] {
    const n = this.tokens.length;
    const start = new Int32Array(n), end = new Int32Array(n);
    for (const s of this.doc.sentences) {
      let cs = s.tokStart;
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        start[i] = cs;
        const tk = this.tokens[i];
        const prev = this.tokens[i - 1];
        // a comma closes a clause after a finite verb, or after `ki` (`X deyib ki, Y …`)
        const isBreak = tk.kind === "punct" && (tk.norm === "," || tk.norm === ";" || tk.norm === ":") &&
          i > s.tokStart && (this.forms.endsClause(prev) || this.t.complementisers.includes(prev.lower) || (tk.norm === ":" && this.topicLeadIn(i)));
        if (isBreak) {
          for (let j = cs; j <= i; j++) end[j] = i;
          cs = i + 1;
        }
      }
      for (let j = cs; j < s.tokEnd; j++) end[j] = s.tokEnd;
    }
    return [start, end];
  }

  /** Runs `read` as if no nationality word stood for a state (`rus qoşunları`): the reading the sentence had without. */
  withoutNationalities<T>(read: () => T): T {
    const all = this.mentions;
    this.mentions = all.filter((m) => !m.nationality);
    try { return read(); } finally { this.mentions = all; }
  }

  /** The state a nationality word stands for (`türkiyəli`, `rus`: Türkiyə, Rusiya), by the entity tables; else undefined. */
  stateOfNationality(k: number): string | undefined {
    const tk = this.tokens[k];
    return tk?.kind === "word" ? this.nationality?.state(tk.lower)?.name : undefined;
  }

  /** Mentions starting at token `k`, whatever their length. */
  mentionsAt(k: number): MentionInfo[] {
    const ms = this.mentions, out: MentionInfo[] = [];
    for (let i = countBefore(ms, (m) => m.tokStart < k); i < ms.length && ms[i].tokStart === k; i++) out.push(ms[i]);
    return out;
  }

  /** Mentions whose tokens lie in [a, b) (mentions are sorted by start: binary search). */
  mentionsIn(a: number, b: number): MentionInfo[] {
    const ms = this.mentions;
    const lo = countBefore(ms, (m) => m.tokStart < a);
    const out: MentionInfo[] = [];
    for (let k = lo; k < ms.length && ms[k].tokStart < b; k++) if (ms[k].tokEnd <= b) out.push(ms[k]);
    return out;
  }

  /** Mentions that can be actors: not places, title modifiers or attribution sources, and on the same
   *  side of the quotation marks as the trigger (a quoted trigger takes its actors from the quotation). */
  actorsIn(a: number, b: number, quoted = false): MentionInfo[] {
    return this.mentionsIn(a, b).filter((m) => !m.place && !m.modifier && !m.source && !m.topic && (this.quoted[m.tokStart] === 1) === quoted);
  }

  /** The context of a document, built once for the events and the quotes stage. */
  static of(doc: Doc, t: EventTables, lang: Language): DocContext {
    const c = contexts.get(doc);
    if (c && c.t === t && c.entityCount === doc.entities.length && c.linkCount === (doc.links?.length ?? 0) &&
      c.timexCount === doc.timexes.length && c.tokens === doc.tokens) return c;
    const fresh = new DocContext(doc, t, FormReader.for(t.suffixes), lang);
    contexts.set(doc, fresh);
    return fresh;
  }

  /** Whether a time expression of any kind (a date, a span of time, a vague `hazırda`) starts in [a, b). */
  timedIn(a: number, b: number): boolean {
    return this.spans.some((s) => s >= a && s < b);
  }

  /** Whether token `k` lies inside a date (dates are in text order and do not overlap: the last one starting at or
   *  before `k` is the only one that may hold it). */
  inDate(k: number): boolean {
    const i = countBefore(this.dates, (d) => d.tokStart <= k) - 1;
    return i >= 0 && k < this.dates[i].tokEnd;
  }

  /** The dates in tokens [a, b) outside quotation marks, or (`quoted`) inside them: a date a speaker gives dates
   *  the acts of the quotation (`"… 2027-ci ildə imzalanacaq"`), never the telling around it. */
  datesIn(a: number, b: number, quoted = false): DatedSpan[] {
    // dates are in text order: the first inside, then read while inside
    const ds = this.dates;
    const lo = countBefore(ds, (d) => d.tokStart < a);
    const out: DatedSpan[] = [];
    for (let i = lo; i < ds.length && ds[i].tokStart < b; i++) if (ds[i].tokEnd <= b && !!ds[i].quoted === quoted) out.push(ds[i]);
    return out;
  }
}

/** The word at `i` is a possessed common noun of the same sentence (`qardaşlarını`): a bare name right
 *  before it modifies it (an izafet). */
function ownerOfNoun(tokens: Token[], i: number): boolean {
  const tk = tokens[i], prev = tokens[i - 1];
  const a = tk?.analysis;
  return !!a && !!prev && tk.sent === prev.sent && tk.kind === "word" && tk.norm[0] === tk.lower[0] && a.pos === "NOUN" && a.poss !== undefined;
}

const readers = new WeakMap<Language, KnownReader>();

/** Reads known names of the entity tables (built once per language). */
function knownReader(lang: Language, states: Map<string, string>): KnownReader | undefined {
  if (!lang.entities) return undefined;
  let r = readers.get(lang);
  if (r) return r;
  const lx = lexicon(lang.entities, lang.lower);
  r = (written) => {
    const words = written.map(lang.lower);
    const last = words[words.length - 1];
    const pre = words.length > 1 ? words.slice(0, -1).join(" ") + " " : "";
    // (named as the entity stage names it: a state by its canonical name, any other as written, `NATO`)
    const as = (k: KnownName, length: number, c: Case) => ({ name: k.type === "LOC" && k.iso ? k.name : [...written.slice(0, -1), written[written.length - 1].slice(0, length)].join(" "), type: k.type, iso: k.iso, case: c,
      // (a state, its capital or a body can be a side; two towns joined name a road, `X-Y yolunda`)
      side: k.type === "ORG" || !!k.iso || states.has(k.name) });
    const k = lx.known.get(pre + last);
    if (k) return as(k, last.length, "nom");
    for (const st of endingsOf(last, lx)) {
      const s = lx.known.get(pre + last.slice(0, st.stemLength));
      if (s) return as(s, st.stemLength, st.case);
    }
    // a known person's surname alone (`Paşinyan`), named as written: a person, a side only in a pair of two (mentions.ts)
    if (words.length === 1) {
      if (lx.knownSurnames.has(last)) return { name: written[0], type: "PER", case: "nom", side: false, surname: true };
      for (const st of endingsOf(last, lx))
        if (lx.knownSurnames.has(last.slice(0, st.stemLength))) return { name: written[0].slice(0, st.stemLength), type: "PER", case: st.case, side: false, surname: true };
    }
    return null;
  };
  readers.set(lang, r);
  return r;
}

const nationalReaders = new WeakMap<Language, NationalityReader | undefined>();

/** Reads nationality words by the entity tables: an ethnonym of the table, or a demonym of a known country. */
function nationalityReader(lang: Language): NationalityReader | undefined {
  if (nationalReaders.has(lang)) return nationalReaders.get(lang);
  const nt = lang.entities?.nationalities;
  let r: NationalityReader | undefined;
  if (lang.entities && nt) {
    const lx = lexicon(lang.entities, lang.lower);
    const ethnonyms = new Map<string, KnownName>();
    for (const [w, spelling] of Object.entries(nt.ethnonyms)) {
      const k = lx.known.get(lang.lower(spelling));
      if (k?.type === "LOC" && k.iso) ethnonyms.set(lang.lower(w), k);
    }
    const heads = nt.heads.map((h) => lang.lower(h).split(/\s+/)).sort((a, b) => b.length - a.length);
    const forceKeys = new Set((nt.forceHeads ?? []).map((h) => lang.lower(h)));
    const forces = new Set(heads.filter((h) => forceKeys.has(h.join(" "))));
    const endsAsDemonym = (w: string) => lx.demonyms.some((d) => w.length > d.length && w.endsWith(d));
    const read = (w: string) => {
      const e = ethnonyms.get(w);
      const demonym = endsAsDemonym(w);
      if (e) return { name: e.name, iso: e.iso, demonym };
      const k = demonymPlace(w, lx);
      return k?.iso ? { name: k.name, iso: k.iso, demonym: true } : undefined;
    };
    // (asked of every word of every document: words recur, their reading is kept)
    const seen = new BoundedMap<string, ReturnType<typeof read> | null>(NATIONALITY_MEMO);
    r = {
      heads,
      forces,
      state(w) {
        // (a word that is no ethnonym and ends in no demonym ending reads as nothing: most words, told without the memo)
        if (!endsAsDemonym(w) && !ethnonyms.has(w)) return undefined;
        let v = seen.get(w);
        if (v === undefined) seen.set(w, (v = read(w) ?? null));
        return v ?? undefined;
      },
    };
  }
  nationalReaders.set(lang, r);
  return r;
}

/** A name in quotation marks with its case ending typed right after the closing mark (`“X Forumunun ilk sessiyası”nda
 *  bildirib`, `“Y Proqramı”na əsasən`) is a name of many words, no speech: its words are read as the sentence's. (Not one
 *  holding a date, `“2026-cı il … büdcələrinin proqnozları”nın`: the date is the name's, and the sentence's acts keep none.) */
function namesUnmasked(doc: Doc, pairs: readonly MarkPair[], mask: Uint8Array): Uint8Array {
  for (const p of pairs) {
    if (p.nested || !mask[p.open]) continue;
    const close = doc.tokens[p.closeLast], next = doc.tokens[p.closeLast + 1];
    if (!next || next.kind !== "word" || next.spaceBefore || next.lineBefore || next.start !== close.end) continue;
    const from = doc.tokens[p.open].end, to = close.start;
    if (doc.timexes.some((x) => x.start < to && x.end > from)) continue;
    // (nor the title of a rule or a charge that holds a verb, `“… (o cümlədən tutulan xidmət haqlarından) istifadə
    // Qaydası”nın`: a clause of the title, no act of the sentence's)
    let verbal = false;
    for (let i = p.open + 1; i < p.close && !verbal; i++) verbal = doc.tokens[i].analysis?.pos === "VERB";
    if (verbal) continue;
    for (let i = p.open; i <= p.close; i++) mask[i] = 0;
  }
  return mask;
}

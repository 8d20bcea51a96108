// Each real-world event once per document: the same act told again (a noun, a quoted verb, another
// word for it, more of its sides, its gathering) is merged into the first telling.
import type { Event } from "../../text/doc.js";
import { MUTUAL, NARRATIVE_REACH, REPRESSION_CAMEO, unique, type Draft } from "./draft.js";

/** The cooperative and concessive types: an act of one of them told the next sentence under the same CAMEO code is
 *  another act (thanks after greetings), unlike a complaint's summons and its note. */
const COOPERATIVE_OR_CONCESSIVE = new Set<string>(["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"]);

/** The CAMEO code of an official complaint (an envoy summoned, a protest note handed over). */
const OFFICIAL_COMPLAINT = "114";

/** The CAMEO codes of disapproval told of a complaint: disapproving, criticizing, complaining officially (not 112, charges). */
const DISAPPROVAL = new Set<string>(["110", "111", OFFICIAL_COMPLAINT]);


/** Sentences back a quoted verb with no date of its own may retell an act from: a quotation closing the story
 *  often repeats its lead (`Hökumət istefa verib. … Baş nazir deyib: "… Hökumət istefa verir"`). */
const QUOTED_REACH = 4;

/** Sentences back an undated talk of sides all met before may tell that meeting on from. */
const TALK_REACH = 4;

/** The one acting in `a` is acted on in `b` and the other way round. */
function swapped(a: string[], b: string[]): boolean {
  return a[0] !== b[0] && a.indexOf(b[0]) > 0 && b.indexOf(a[0]) > 0;
}

/** Date `b` is date `a` or a coarser one that holds it (`2025` holds `2025-07-09`). */
function sameOrWithin(a: string | null, b: string | null): boolean {
  return !!a && !!b && (a === b || (a.startsWith(b) && a[b.length] === "-"));
}

/** A verb telling an act done, in a later sentence than a verb telling it planned, tells another act: the planned
 *  one is still to come (`X Y-ə hərbçi göndərəcək. … X bundan əvvəl Y-ə hərbçi göndərmişdi`). */
function doneAfterPlanned(o: Draft, d: Draft): boolean {
  // (the same words again are a passage repeated)
  return !o.nominal && !d.nominal && o.mode === "future" && d.mode === "asserted" && (d.sentence ?? 0) > (o.sentence ?? 0) &&
    o.trigger.text !== d.trigger.text;
}

/** An act told done with no date of its own is on the news's date: a telling dated in an earlier year (a background
 *  paragraph's `Qeyd edək ki, X 2022-ci ildən bəri … qəbul edib`) is an earlier act, not its date told late. */
function earlierYear(o: Draft, d: Draft, documentDate: string | null): boolean {
  const on = o.date ?? documentDate;
  return o.mode !== "future" && !!on && !!d.date && /^\d{4}/.test(on) && /^\d{4}/.test(d.date) && d.date.slice(0, 4) < on.slice(0, 4);
}

/** A verb made from a noun and the noun (`cərimələ` fine, `cərimə` a fine): one word for the act, told again. */
function sameRoot(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b || Math.min(a.length, b.length) < 4) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** Days from ISO day `a` to ISO day `b` (negative when `b` is before `a`); NaN unless both are full days. */
function daysFrom(a: string, b: string): number {
  if (!/^\d{4}-\d\d-\d\d$/.test(a) || !/^\d{4}-\d\d-\d\d$/.test(b)) return NaN;
  return (Date.parse(b) - Date.parse(a)) / 86400000;
}

/** Days before the news's date a body telling dated by the text may still be the act its headline tells. */
const HEADLINE_DAYS = 3;

/** A body telling of an act of one side on another, far below a headline telling it undated, naming just the headline's sides
 *  and dated a few days before the news at most (`Husi hücumu` in the headline, `… bazar ertəsi gecə … atəşə tutulub` four
 *  sentences on): the headline's act, its date told late. An earlier act of the same sides is dated further back, or told in a
 *  sentence the story moved in (`Xatırladaq ki, yanvarın 6-da …`: the caller leaves those out). */
function sameSidesDatedLater(o: Draft, d: Draft, documentDate: string | null): boolean {
  if (MUTUAL.has(d.type) || d.quoted || !d.ownDate || !d.date || !documentDate || o.actors.length < 2) return false;
  const days = daysFrom(d.date, documentDate);
  return days >= 0 && days <= HEADLINE_DAYS && d.actors.length === o.actors.length && d.actors.every((a) => o.actors.includes(a));
}

/** What makes two events one: type, date and sides; who acts first counts unless the act is mutual
 *  (X's tariffs on Y and Y's on X are two acts). */
function eventKey(d: Draft, documentDate: string | null = null): string {
  const first = MUTUAL.has(d.type) ? "" : d.actors[0];
  // (an act with no date of its own is placed on the news's date: one dated that very day is the same act,
  // `X istefa verib. … 14 saat sonra vəzifəsini tərk edib`)
  // (a rally dispersed and the detentions made at it are two acts of one state on one day, both COERCE: each is kept)
  const kind = d.cameo === REPRESSION_CAMEO ? "|repression" : "";
  return `${d.type}${kind}|${first}|${[...d.actors].sort().join(";")}|${d.date ?? documentDate}`;
}

/** Each event once: same type, actors and date; a mention restating an earlier event is dropped. */
export function dedupe(drafts: Draft[], persons: ReadonlySet<string>, stateOf: ReadonlyMap<string, string> = new Map(),
  documentDate: string | null = null, headings: ReadonlySet<number> = new Set(), moved: (sentence: number) => boolean = () => false): Event[] {
  const out: Draft[] = [];
  const keys = new Set<string>();
  // the head stems of every telling merged into each kept event: a later telling in one of those words is that act told
  // again (`X … hücum edib. … raket atıb. … raket atılıb`: the third retells the second, merged into the first)
  const stemsAt: Set<string>[] = [];
  let current: Draft | null = null;
  const told = (i: number, d: Draft) => { if (i >= 0 && stemsAt[i]) stemsAt[i].add(d.stem); };
  // (a telling dropped as the act told again lends it its key too: a later telling of just its sides and date is that act; not
  // for a mutual act, whose sides' other acts on that day are their own, `X Y ilə görüşəcək. Həmin gün o, … çıxış edəcək`)
  const retold = (i: number, d: Draft) => { told(i, d); if (i >= 0 && !MUTUAL.has(d.type)) keys.add(eventKey(d, documentDate)); };
  const toldIn = (i: number, d: Draft) => out[i].stem === d.stem || !!stemsAt[i]?.has(d.stem);
  // sentences of the body (no heading line, no dateline) strictly between two sentences
  const bodyBetween = (a: number, b: number) => { let n = 0; for (let k = a + 1; k < b; k++) if (!headings.has(k)) n++; return n; };
  // an event noun a participation verb takes part in is that event, not one of its own
  const partNouns = new Set(drafts.flatMap((d) => d.parts ?? []));
  // an event kept before takes what a retelling adds (its date, more sides), under its new key
  const merge = (i: number, patch: Partial<Draft>) => {
    if (current) told(i, current);
    keys.delete(eventKey(out[i], documentDate));
    out[i] = { ...out[i], ...patch };
    keys.add(eventKey(out[i], documentDate));
  };
  // a side of `o`, or the state of a person who is one (`Tramp` told, `ABŞ` named again: one side)
  const among = (o: Draft, a: string) => o.actors.includes(a) || o.actors.some((b) => stateOf.get(b) === a);
  const frames = new Map<number, { act: Draft; talk: boolean }>();
  // a body of a state `o` acts on is among `d`'s sides, and neither `o`'s doer nor a body of its state is
  const actedOnActs = (o: Draft, d: Draft) => d.actors.some((a) => o.actors.indexOf(stateOf.get(a) ?? "\u0000") > 0) &&
    !d.actors.some((a) => a === o.actors[0] || stateOf.get(a) === o.actors[0]);
  // criticism (`d`) told right after an official complaint (`o`: an envoy summoned, a note), in the next sentence or in one the
  // meeting frames (`X-in səfiri XİN-ə çağırılıb. Görüşdə … etiraz edilib / … irad bildirilib / … pislənilib`), on its date, is
  // what was told the envoy: the complaint told again (a heading's complaint takes its lead's sides below); one naming the
  // complainer as acted on is the other side's answer (`Y XİN-i X-i … ittiham edib`)
  const toldTheEnvoy = (o: Draft, d: Draft): boolean => {
    if (o.type !== "ACCUSE" || o.cameo !== OFFICIAL_COMPLAINT || o.quoted || o.mode !== d.mode || headings.has(o.sentence ?? -1)) return false;
    if (d.ownDate && d.date !== (o.date ?? documentDate)) return false;
    const gap = (d.sentence ?? 0) - (o.sentence ?? 0);
    if (gap !== 1 && !(gap > 1 && gap <= NARRATIVE_REACH && drafts.some((m) => m.sentence === d.sentence && m.backReference && m.type === "CONSULT"))) return false;
    // (a person the complaint did not name, acting first, did an act of their own: what was complained of, `Görüşdə X-in …
    // əleyhinə səsləndirdiyi fikirlərə etiraz edilib`)
    if (persons.has(d.actors[0]) && !among(o, d.actors[0])) return false;
    // (and the complainer's complaint to a state not told is another: `X Y-yə nota verib. X Z-yə də nota verib`; the one
    // complained to, named first by a clause with no doer, `Y tərəfinə … etiraz edilib`, may name what it was about)
    if (o.actors.indexOf(d.actors[0]) <= 0 && d.actors.slice(1).some((a) => !among(o, a) && !persons.has(a))) return false;
    const complainer = o.actors[0], itsState = stateOf.get(complainer);
    return !d.actors.slice(1).some((a) => a === complainer || a === itsState || stateOf.get(a) === complainer || (!!stateOf.get(a) && stateOf.get(a) === itsState));
  };
  for (let d of drafts) {
    current = d;
    if (d.nominal && partNouns.has(d.head)) continue;
    // a sentence framed by the act just told (`Görüşdə …`, `Söhbət zamanı …`, `Səfər çərçivəsində …`) goes on with it:
    // a talk it tells is that talk (`Görüşdə tərəflər … müzakirə ediblər`), unless the frame is a visit, within which
    // meetings are acts of their own; an act with no date of its own is on the frame's date, in the same tense
    const frame = frames.get(d.sentence ?? -1);
    if (frame && !d.ownDate && !d.backReference) {
      // (a meeting with a person the frame's act did not have is one of its own: `Sammit çərçivəsində X Y ilə görüş keçirib`;
      // states or bodies named, `Görüşdə A ilə B arasında … müzakirə olunub`, are the sides' own, the talk the frame's)
      if (d.type === "CONSULT" && frame.talk && d.plover_mode !== "visit" && !d.actors.some((a) => persons.has(a) && !among(frame.act, a))) continue;
      // (another act of the frame's kind, `Səfər çərçivəsində … Qarabağa səfəri`, keeps its own reading)
      if (frame.act.date && frame.act.stem !== d.stem && (frame.act.mode === "future") === (d.mode === "future")) d = { ...d, date: frame.act.date };
    }
    if (d.backReference) {
      // (the act may have been told further back and its retellings merged into that first telling)
      const type = d.type;
      // (the act its own word names, `Səfər çərçivəsində` the visit, not the talks told since, `Səfər zamanı …
      // müzakirə olunacaq`; else the last act of its type)
      const sameWord = out.map((o) => o.type === type && o.stem === d.stem).lastIndexOf(true);
      const at = sameWord >= 0 ? sameWord : out.map((o) => o.type === type).lastIndexOf(true);
      if (at >= 0) {
        // (with no date of its own it names more of that act's sides, however far back: `Görüşdən sonra Y …`; not
        // the partner of another meeting its sentence tells, `Səfər çərçivəsində X-in Qarabağa səfəri`: within a
        // visit a meeting is an act of its own, whose doer was at the visit, its partner or destination need not be)
        const framed = new Set(drafts.filter((o) => o !== d && !o.backReference && o.sentence === d.sentence && o.type === d.type).flatMap((o) => o.actors.slice(1)));
        if (!d.ownDate) merge(at, { actors: unique([...out[at].actors, ...d.actors.filter((a) => !framed.has(a) || out[at].actors.includes(a))]) });
        frames.set(d.sentence ?? -1, { act: out[at], talk: d.plover_mode !== "visit" });
        continue;
      }
      // (with no act of its type told before, e.g. the lead left in a headline, a later act of that type in its sentence is
      // the one told: `Səfər zamanı X Y ilə görüşüb`, `Görüşdə X və Y … müzakirə ediblər` tell the meeting, not the frame)
      if (drafts.some((o) => o !== d && !o.backReference && o.sentence === d.sentence && o.type === d.type && o.head > d.head)) continue;
      // (with none, the frame is the act told just before of the same sides in another word, not a talk of its own: an envoy
      // summoned, then `Görüş zamanı səfirə etiraz bildirilib`, the summons's meeting, one act of protest)
      // (a meeting's frame after an envoy summoned and complained to, however many sentences the complaint ran on,
      // `… səfiri XİN-ə çağırılıb … etiraz bildirilib. … Görüşdə Y tərəfi … çağırılıb`: the summons's meeting)
      const summons = d.type === "CONSULT" && !d.ownDate ? out.map((o) => !o.quoted && o.type === "ACCUSE" && o.cameo === OFFICIAL_COMPLAINT &&
        o.mode === d.mode && (d.sentence ?? 0) > (o.sentence ?? 0) && d.actors.some((a) => among(o, a))).lastIndexOf(true) : -1;
      if (summons >= 0) {
        frames.set(d.sentence ?? -1, { act: out[summons], talk: false });
        continue;
      }
      const told = out.map((o) => !o.quoted && o.mode === d.mode && (d.sentence ?? 0) > (o.sentence ?? 0) &&
        (d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH && d.actors.length > 0 && d.actors.every((a) => among(o, a))).lastIndexOf(true);
      if (!d.ownDate && told >= 0) {
        frames.set(d.sentence ?? -1, { act: out[told], talk: false });
        continue;
      }
    }
    // a demand in a quotation and the verb of calling on that reports it in the same sentence (`"… etməməlidir" - deyən X
    // islahatlara çağırıb`): one call, its sides no more than the quotation's
    if (d.type === "REQUEST" && d.actors.length > 0 && out.some((o) => o.type === "REQUEST" && o.sentence === d.sentence && o.mode === d.mode &&
      o.quoted !== d.quoted && o.actors[0] === d.actors[0] && d.actors.slice(1).every((a) => among(o, a)))) continue;
    // a meeting framing its own sentence's official complaint (`Rusiya səfiri ilə görüş zamanı … kəskin etiraz bildirilib`,
    // `Bildirilib ki, görüş zamanı … nota təqdim edilib`) is the summons the complaint was made at, no talk of its own,
    // whatever date or sides its clause names for what was protested
    if (d.type === "CONSULT" && d.plover_mode !== "visit" && (d.frameSetting || d.backReference) && drafts.some((o) => o.sentence === d.sentence &&
      o.head > d.head && o.type === "ACCUSE" && o.cameo === OFFICIAL_COMPLAINT && o.mode === d.mode)) continue;
    // a meeting with a person an official complaint was made to (an envoy summoned, `X-in səfiri XİN-ə çağırılıb`), told a
    // few sentences after it with no date of its own and no other person of a side it had, is where it was made (`Nazir
    // müavini səfirlə görüş keçirib`): the complaint told again
    if (d.type === "CONSULT" && d.plover_mode !== "visit" && !d.ownDate && d.mode === "asserted" && out.some((o) => o.type === "ACCUSE" &&
      o.cameo === OFFICIAL_COMPLAINT && (d.sentence ?? 0) > (o.sentence ?? 0) && (d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH &&
      d.actors.some((a) => persons.has(a) && among(o, a)))) continue;
    // an official complaint told again a few sentences after one, sharing a side and naming no other state (the note, then
    // the envoy summoned for it: `X Y-ə nota verib. … Y-in səfiri X-in XİN-inə çağırılıb`), with no date of its own, is that
    // complaint; not the other side's answer, done by the one complained to (`Y də X-in səfirini çağırıb`), nor one to
    // another state (`X Z-yə də nota verib`)
    if (d.type === "ACCUSE" && d.cameo === OFFICIAL_COMPLAINT && !d.ownDate && out.some((o) => o.type === "ACCUSE" &&
      o.cameo === OFFICIAL_COMPLAINT && o.mode === d.mode && (d.sentence ?? 0) > (o.sentence ?? 0) &&
      // (a heading's act told again by the lead right under it is merged with the lead's sides below)
      !(headings.has(o.sentence ?? -1) && d.sentence === (o.sentence ?? 0) + 1) &&
      (d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH && o.actors.length > 1 &&
      d.actors.some((a) => among(o, a) || o.actors.includes(stateOf.get(a) ?? "\u0000")) &&
      d.actors.every((a) => among(o, a) || persons.has(a) || stateOf.has(a)) &&
      // (the state of the body that complained first is that body again: `X XİN-i … səfiri çağırıb. … rəsmi X … etiraz bildirib`)
      (o.actors.indexOf(d.actors[0]) <= 0 || stateOf.get(o.actors[0]) === d.actors[0]))) continue;
    // criticism told right after an official complaint, with no date of its own, is what was told the envoy (`toldTheEnvoy`)
    if (d.type === "ACCUSE" && !d.quoted && DISAPPROVAL.has(d.cameo ?? "") && d.actors.length > 0 && out.some((o) => toldTheEnvoy(o, d))) continue;
    // a gathering named as the setting of another act of its clause (`sammitində … razılığa gəlib`) is
    // told by that act
    // (a meeting with a partner named, `X Y ilə görüşündə … çağırıb`, is an act of its own between them)
    if (d.setting && !d.partnerNamed && d.type === "CONSULT" && drafts.some((o) => o.clause === d.clause && o.sentence === d.sentence && !o.nominal && o.type !== d.type)) continue;
    // (so is one framing a meeting its clause's verb tells, `X NATO sammiti çərçivəsində Y ilə görüşüb`: the meeting is the act)
    // (a visit framing one is an act of its own: `Bakıya səfəri zamanı Y ilə görüşüb`)
    if (d.frameSetting && !d.backReference && d.type === "CONSULT" && d.plover_mode !== "visit" && drafts.some((o) => o.clause === d.clause && o.sentence === d.sentence && !o.nominal && o.type === d.type && o.head > d.head)) continue;
    // and an act's own ceremony is that act (`imzalanma mərasimində sənədi X və Y imzalayıblar`): the verb tells it
    if ((d.setting || d.ownSetting) && drafts.some((o) => o !== d && !o.ownSetting && o.clause === d.clause && o.sentence === d.sentence && !o.nominal && o.type === d.type && o.stem === d.stem)) continue;
    // one side at a gathering told before (`X ECO-nun Zirvə görüşündə bildirib`) is a side of that gathering
    const gathering = d.setting && d.actors.length === 1 ? out.findIndex((o) => o.type === d.type && o.stem === d.stem &&
      (o.date === d.date || !d.ownDate)) : -1;
    if (gathering >= 0) {
      const o = out[gathering];
      if (!o.actors.includes(d.actors[0])) out[gathering] = { ...o, actors: [...o.actors, d.actors[0]] };
      continue;
    }
    // a lead telling with no date of its own, then the act named again with its date (`X Y-yə səfər edəcək. …
    // avqustun 2-də reallaşacaq səfər …`): one event, on that date; a vague time (`yaxın həftələrdə`, FUTURE_REF) places
    // nothing on the calendar, and gives the act told before no date (`… həbs cəzasına məhkum edilib. … həbs cəzasını yaxın
    // həftələrdə çəkməlidir`: one act, on the date it had)
    const dated = d.nominal && d.ownDate ? out.findIndex((o) => !o.ownDate && o.type === d.type && o.stem === d.stem &&
      (o.mode === "future") === (d.mode === "future") && !earlierYear(o, d, documentDate) && (o.actors.some((a) => d.actors.includes(a)) ||
      // (the person told first named now by their state's office, `X-in hökumətinin başçısının səfəri`: that state)
      (d.actors.length > 0 && d.actors.every((a) => among(o, a))))) : -1;
    if (dated >= 0) {
      const vague = !/^\d/.test(d.date ?? "");
      merge(dated, vague ? { actors: unique([...out[dated].actors, ...d.actors]) } : { date: d.date, ownDate: true, actors: unique([...out[dated].actors, ...d.actors]) });
      continue;
    }
    // so is a verb later giving the date of a plan told undated, of no side that was not told with it (`X Y-yə səfər
    // edəcək … X-in mayın 7-də Y-yə gələcəyini bildirib`): the same act (the same word, or another word for its kind),
    // its date told late; a side not told before makes it another act (the state of a person told is no new side:
    // `İsrailin Baş naziri` after `Netanyahu`)
    const datedLater = !d.nominal && d.ownDate && d.mode === "future" ? out.findIndex((o) => !o.ownDate && o.type === d.type &&
      o.mode === "future" && (o.stem === d.stem || (!!o.plover_mode && o.plover_mode === d.plover_mode)) &&
      d.actors.every((a) => among(o, a))) : -1;
    if (datedLater >= 0) {
      merge(datedLater, { date: d.date, ownDate: true });
      continue;
    }
    // and a lead that happened, told with no date of its own, then its verb again in another form in the very next
    // sentence with the date (`X və Y saziş imzalayıblar. Sənəd sentyabrın 16-da Bakıda imzalanıb`, the signers
    // named by `tərəfindən`): one act, on that date; the same words again (`Bundan əvvəl … də həbs edib`), a new
    // side not among the lead's but a person, people after people, or the sides swapped, is another act
    const retoldDated = !d.nominal && !d.quoted && d.ownDate && d.mode === "asserted" && /^\d/.test(d.date ?? "") && d.actors.length > 0
      ? out.findIndex((o) => !o.ownDate && !o.nominal && !o.quoted && o.type === d.type && o.stem === d.stem && o.mode === d.mode &&
        (d.sentence ?? 0) - (o.sentence ?? 0) === 1 && o.trigger.text !== d.trigger.text &&
        d.actors.every((a) => among(o, a) || persons.has(a)) &&
        // (the people who signed for the states told first, or one of the lead's own sides)
        (d.actors.some((a) => among(o, a)) || !o.actors.some((a) => persons.has(a))) &&
        // (one acted on in the lead acting now is another act: `ABŞ İrana zərbələr endirib. Ertəsi gün İran … zərbəsi endirib`)
        (MUTUAL.has(d.type) || (!swapped(o.actors, d.actors) && o.actors.indexOf(d.actors[0]) <= 0)))
      : -1;
    if (retoldDated >= 0) {
      merge(retoldDated, { date: d.date, ownDate: true, actors: unique([...out[retoldDated].actors, ...d.actors]) });
      continue;
    }
    // the event noun again in a case another clause gives it, owned by no one and with no date of its own (`Zelenski
    // hücumdan sonra … çağırıb`, `Hücumun məsuliyyətini X üzərinə götürüb`), is the act of its kind told before, however far
    // back: the sides of its clause are that clause's, none of the act's
    // (an act of one side on another only: a gathering told again names more of its sides, `… rəhbərliyi ilə keçirilən iclasın`)
    // (and a gathering's noun owning what is judged of it, `X görüşün nəticələrini müsbət qiymətləndirib`: the meeting told)
    // (and a meeting named as the time after which the clause's act came, `Ərdoğan görüşdən sonra … tənqid edib`: the meeting
    // told before, in whatever word, `qəbul edib`)
    if (d.bareOblique && !d.ownDate && (!MUTUAL.has(d.type) || d.ownsJudged || d.timeFrame) && out.some((o) => o.type === d.type &&
      (o.stem === d.stem || d.timeFrame) && (o.mode === "future") === (d.mode === "future") && (d.sentence ?? 0) > (o.sentence ?? 0))) continue;
    // a talk told of the sides by a group word (`Tərəflər həmçinin … müzakirə ediblər`) with no date of its own, a few
    // sentences after a meeting, is that meeting's talk (not after a visit, within which talks are acts of their own; nor one
    // naming a person the meeting did not have, `Üç lider X ilə birlikdə …`)
    if (d.groupSides && d.type === "CONSULT" && d.plover_mode !== "visit" && !d.ownDate && out.some((o) => o.type === d.type &&
      o.plover_mode !== "visit" && (o.mode === "future") === (d.mode === "future") && (d.sentence ?? 0) > (o.sentence ?? 0) &&
      (d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH && !d.actors.some((a) => persons.has(a) && !among(o, a)))) continue;
    // the bare event noun again, with no date of its own (`Qeyd edək ki, konfrans X və Y-nin təşkilatçılığı ilə
    // keçirilir`), is the gathering told just before; what it adds are more of its sides
    const bare = d.nominal && !d.ownDate && d.trigger.text.toLowerCase() === d.stem ? out.findIndex((o) => o.type === d.type &&
      o.stem === d.stem && (o.mode === "future") === (d.mode === "future") && (d.sentence ?? 0) > (o.sentence ?? 0) &&
      (d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH &&
      // (an act of one side on another, done by a person the act before did not have, is that person's own: `X Y-i təbrik
      // edib. Z də Y-ə təbrik məktubu göndərib`)
      (MUTUAL.has(d.type) || !d.actors.length || !persons.has(d.actors[0]) || among(o, d.actors[0]))) : -1;
    if (bare >= 0) {
      merge(bare, { actors: unique([...out[bare].actors, ...d.actors]) });
      keys.add(eventKey(d, documentDate)); // (a later act of just these sides, `X və Y bir araya gəlib`, is that gathering too)
      continue;
    }
    // a warning and the force it warns of, told in one sentence (`X xəbərdarlıq edib ki, Y … etsə, onu vuracaq`),
    // are one threat
    const warned = d.type === "THREATEN" ? out.findIndex((o) => o.type === "THREATEN" && o.sentence === d.sentence) : -1;
    if (warned >= 0) {
      merge(warned, { actors: unique([...out[warned].actors, ...d.actors]) });
      continue;
    }
    // taking part, with no date of its own, in a gathering told held before, by all its sides and more (`X … konfrans
    // keçirib. … Tədbirdə Y, Z və X-in rəhbər heyəti iştirak edib`): the gathering, the others its guests
    const attended = d.parts?.length && d.type === "CONSULT" && !d.ownDate && d.mode === "asserted" ? out.findIndex((o) => o.type === "CONSULT" &&
      o.mode === "asserted" && o.ownDate && !!o.date && !o.parts?.length && (o.sentence ?? 0) < (d.sentence ?? 0) && o.actors.length > 0 &&
      o.actors.length < d.actors.length && o.actors.every((a) => d.actors.includes(a))) : -1;
    if (attended >= 0) {
      merge(attended, { actors: unique([...out[attended].actors, ...d.actors]) });
      continue;
    }
    // the same act told again with more of its sides (`Çin …`, then `Vyetnam Çinlə …`) is one event
    // (one acting first in a plan acted on in a deed is another act: `Çin ABŞ-yə rüsum tətbiq edəcək. … Tramp Çinə rüsum
    // tətbiq edib`)
    const fuller = out.findIndex((o) => o.type === d.type && o.stem === d.stem && o.date === d.date &&
      o.actors.length < d.actors.length && o.actors.every((a) => d.actors.includes(a)) &&
      (MUTUAL.has(d.type) || o.mode === d.mode || d.actors.indexOf(o.actors[0]) <= 0) &&
      // (two people told meeting, then they and a third: `X Y ilə ikitərəfli görüş keçirəcək. … X, Y və Z üçtərəfli görüş
      // keçirəcək` is another meeting)
      !(o.actors.filter((a) => persons.has(a)).length > 1 && d.actors.some((a) => persons.has(a) && !o.actors.includes(a))));
    if (fuller >= 0) {
      merge(fuller, { actors: d.actors });
      continue;
    }
    // an act of the CAMEO code just told under another type, in the very next sentence, on its date and of no side not
    // told with it, is that act told again in its effect (`X əfv sərəncamı imzalayıb. Sərəncama əsasən … azad edilib`:
    // the pardon, 0841, told again as the release it makes)
    // (one with no date of its own is on the act's, and may come a sentence later: `X dekabrın 28-də əfv sərəncamı imzalayıb.
    // Sərəncam … şamil olunur. Sərəncama əsasən … azad ediliblər`)
    if (d.cameo && !d.quoted && out.some((o) => o.cameo === d.cameo && o.type !== d.type && (d.sentence ?? 0) > (o.sentence ?? 0) &&
      (d.sentence ?? 0) - (o.sentence ?? 0) <= (d.ownDate ? 1 : 2) &&
      (!d.ownDate || (o.date ?? documentDate) === (d.date ?? documentDate)) && d.actors.length > 0 && d.actors.every((a) => among(o, a)))) continue;
    // a planned talk told again on the very day told for one planned before, between sides all of that one's, or some of them
    // in the same place (`X və Y şənbə günü Omanda danışıqlarda iştirak edəcəklər. … X bildirmişdi ki, … şənbə günü Omanda
    // görüşəcəklər`): the same talk
    if (d.type === "CONSULT" && d.mode === "future" && d.ownDate && /^\d{4}-\d\d-\d\d$/.test(d.date ?? "") && d.actors.length > 1 &&
      out.some((o) => o.type === "CONSULT" && o.mode === "future" && o.ownDate && o.date === d.date && o.plover_mode === d.plover_mode &&
        (d.actors.every((a) => among(o, a)) || (!!o.location && o.location === d.location && d.actors.some((a) => among(o, a)))))) continue;
    // the act a headline tells, told again by the lead right under it (`Rusiyalı diplomat XİN-ə çağırıldı` ¶ `… müvəqqəti işlər
    // vəkili … XİN-ə çağırılıb`), in the same tense and sharing a side, is one act: the lead's sides and date fill the headline's
    // (a body of the state the headline names shares that side: the headline's `X … zərbə endirib`, the lead's `X-in
    // xüsusi xidməti … zərbə endirib`; a body of the state acted on, told by a lead naming none of the doer's, makes it
    // another act)
    // (of several heading lines, the nearest above tells it: `X Y-yə səfər edib` ¶ `X səfər çərçivəsində Z ilə görüşlər keçirib` ¶ the
    // lead's meeting is the second's)
    const headline = out.map((o) => headings.has(o.sentence ?? -1) && !headings.has(d.sentence ?? -1) && o.type === d.type &&
      (d.sentence ?? 0) > (o.sentence ?? 0) && (bodyBetween(o.sentence ?? 0, d.sentence ?? 0) <= 1 ||
        (sameSidesDatedLater(o, d, documentDate) && !moved(d.sentence ?? -1))) &&
      (o.mode === "future") === (d.mode === "future") &&
      (o.mode === "negated") === (d.mode === "negated") && !o.ownDate &&
      d.actors.some((a) => among(o, a) || o.actors.includes(stateOf.get(a) ?? "\u0000")) &&
      (MUTUAL.has(d.type) || (!swapped(o.actors, d.actors) && !actedOnActs(o, d)))).lastIndexOf(true);
    if (headline >= 0) {
      const o = out[headline];
      merge(headline, { actors: unique([...o.actors, ...d.actors]), ...(d.ownDate ? { date: d.date, ownDate: true } : {}) });
      continue;
    }
    // an attack told again by its noun, with no date of its own, naming just one side, no person (`… qatara silahlı hücum təşkil
    // edilib. … Hücumu "X Azadlıq Ordusu" törədib`): the one who made the attack told before in that word, not another attack;
    // not when that side is one the attack fell on (`X Y-ə hücum edib. … Y-in hücumu …`: an answer)
    const claimed = d.type === "ASSAULT" && d.nominal && !d.ownDate && !d.quoted && d.actors.length === 1 && !persons.has(d.actors[0])
      ? out.map((o, i) => o.type === d.type && toldIn(i, d) && o.mode === d.mode && !o.quoted && (d.sentence ?? 0) > (o.sentence ?? 0) &&
        o.actors.indexOf(d.actors[0]) <= 0).lastIndexOf(true) : -1;
    if (claimed >= 0) {
      merge(claimed, { actors: unique([...out[claimed].actors, ...d.actors]) });
      continue;
    }
    const key = eventKey(d, documentDate);
    if (keys.has(key) && !out.some((o) => eventKey(o, documentDate) === key && doneAfterPlanned(o, d))) {
      retold(out.findIndex((o) => eventKey(o, documentDate) === key), d);
      continue;
    }
    // an event whose sides are all among an earlier event's, undated or on its date, retells it when it is
    // a noun or a quoted verb, or, done by the same side, the same trigger again or another word for it
    // in the same sentence (the sides swapped is another act, told by a verb or a noun: X detains Y's citizens,
  // Y detains X's; `X-in Y-ə tətbiq etdiyi rüsum` after `Y X-ə qadağa qoyub`)
    // (an act told not done is none told done before, nor the other way: `X və Y protokol imzalayıblar. Y isə … razılaşmanı
    // imzalamayıb`)
    // (a body of a state told before as that state is among its sides: `X və Y arasında proqram imzalanıb`, then `"X-in
    // Nazirliyi ilə Y-in Nazirliyi arasında … proqram" imzalanıb`, the ministries signing for them)
    // (a telling dated the news's own day, `bu gün`, is on the day an undated one is placed on, as in `eventKey`)
    const restates = out.findIndex((o, i) => o.type === d.type && (o.date === d.date || !d.ownDate || (!o.ownDate && !o.date && !!d.date && d.date === documentDate)) && !doneAfterPlanned(o, d) &&
      (o.mode === "negated") === (d.mode === "negated") && d.actors.every((a) => among(o, a) || o.actors.includes(stateOf.get(a) ?? "\u0000")) &&
      (MUTUAL.has(d.type) || !swapped(o.actors, d.actors) || !d.nominal) &&
      (d.nominal || (d.mode !== "demanded" && (d.quoted ||
        ((MUTUAL.has(d.type) || !swapped(o.actors, d.actors)) && (toldIn(i, d) || sameRoot(o.stem, d.stem) || o.sentence === d.sentence ||
          // (or, for a conflictual act, another word of its very CAMEO code in the very next sentence naming only the one
          // the act told fell on: `X XİN-ə çağırılıb. Ona etiraz notası təqdim olunub`, the summons and its note, both 114;
          // a cooperative act there is another, `Y X-ə salamlar çatdırıb. X … təşəkkür edib`, both 051)
          (!COOPERATIVE_OR_CONCESSIVE.has(d.type) && !!o.cameo && o.cameo === d.cameo && (d.sentence ?? 0) - (o.sentence ?? 0) === 1 &&
            d.actors.length === 1 && o.actors.indexOf(d.actors[0]) > 0)))))));
    if (restates >= 0) {
      retold(restates, d);
      continue;
    }
    // a talk with no date of its own between sides all met just before (`X Y ilə telefonla danışıb. Tərəflər … müzakirə
    // ediblər`) is that talk told on
    // (a few sentences on too, `… telefon danışığı aparılıb. … Bayramov … Türkiyə … fikir mübadiləsi aparılıb`: the same
    // sides talking again undated in one story is the talk told on, not a second talk)
    if (d.type === "CONSULT" && !d.ownDate && out.some((o) => o.type === "CONSULT" && o.mode === d.mode &&
      (d.sentence ?? 0) - (o.sentence ?? 0) >= 1 && (d.sentence ?? 0) - (o.sentence ?? 0) <= TALK_REACH &&
      // (beyond the narrative's reach, a talk in a place the meeting was not told in is an earlier one: `… görüşə hazırlaşır.
      // … Helsinkidə son görüş zamanı … müzakirə ediblər`)
      ((d.sentence ?? 0) - (o.sentence ?? 0) <= NARRATIVE_REACH || !d.location || d.location === o.location) &&
      d.actors.length > 1 && d.actors.every((a) => among(o, a)))) continue;
    // the same verb again in the next sentence, with no date of its own, naming only the people who did it,
    // tells the same act (`Ukrayna və ABŞ saziş imzalayıblar. Sənədi X və Y imzalayıblar`); another state or
    // body named there makes it another act (`… Fransa hökumətindən hədiyyə qəbul edib`), and so does the
    // same doer with a new partner (`X Y ilə görüşüb. X daha sonra Z ilə görüşüb`)
    // (within the narrative's reach, `Sənəd … imzalanıb` two sentences on; a date is no new one when it is the
    // first telling's or a coarser one holding it, `bu il`; a noun tells it again only on the same date it gives)
    const next = out.findIndex((o, i) => o.type === d.type && toldIn(i, d) &&
      (d.nominal ? d.ownDate && o.ownDate && d.date === o.date : !d.ownDate || sameOrWithin(o.date, d.date)) &&
      (d.sentence ?? 0) - (o.sentence ?? 0) >= 1 && (d.sentence ?? 0) - (o.sentence ?? 0) <= (d.quoted && !d.ownDate ? QUOTED_REACH : NARRATIVE_REACH) &&
      o.mode === d.mode && (MUTUAL.has(d.type) || !swapped(o.actors, d.actors)) &&
      d.actors.every((a) => o.actors.includes(a) || persons.has(a)) &&
      // (people named after people told before are another act unless one of them was told: `X Y ilə görüşüb. Z W ilə görüşüb`)
      (d.actors.some((a) => o.actors.includes(a)) || !o.actors.some((a) => persons.has(a))) &&
      !(o.actors.includes(d.actors[0]) && d.actors.some((a) => !o.actors.includes(a))) &&
      // (nor another person doing one-sided act to the same side: `X Y-ni … çağırıb. … Z isə Y-ni … çağırmışdı`)
      (MUTUAL.has(d.type) || !persons.has(o.actors[0]) || o.actors.includes(d.actors[0])));
    if (next >= 0) {
      merge(next, { actors: unique([...out[next].actors, ...d.actors]) });
      continue;
    }
    keys.add(key);
    out.push(d);
    stemsAt.push(new Set([d.stem]));
  }
  return out.map(({ nominal: _n, quoted: _q, ownDate: _o, head: _h, parts: _p, stem: _s, clause: _c, setting: _g, backReference: _b, ownSetting: _os, bareOblique: _bo, timeFrame: _tf, groupSides: _gs, ownsJudged: _oj, frameSetting: _fs, promisedFrom: _pf, partnerNamed: _pn, ...ev }) => ev);
}


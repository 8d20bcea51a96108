// Who takes part in an event and where: the subject (nominative, passive agent, genitive of a reported
// clause), the partner in the case the trigger governs, `X və Y arasında`, conjoined subjects, the
// place from the locative, and the fallbacks when the clause names no side.
import { isQuote } from "../entities/words.js";
import type { EventType, Token } from "../../text/doc.js";
import type { EventTables, TriggerEntry, VetoTables } from "./tables.js";
import { instrumentalWords, isCapitalised, meansPhrase, type TriggerHit } from "./triggers.js";
import type { DocContext, MentionInfo } from "./context.js";
import { isReportedForm } from "./claims.js";
import { MUTUAL, NARRATIVE_REACH, REPRESSION_CAMEO, unique } from "./draft.js";
import { possessedVerbForm } from "./forms.js";
import { tokenSpan } from "./mentions.js";
import { afterOpening, conditionBefore, finite, hasStemBefore, orderedBy } from "./guards.js";

/** Types where a passive with no agent is done by the state whose territory it happens on. */
const STATE_ACTS = new Set<EventType>(["COERCE", "ASSAULT", "SANCTION"]);
/** Types where a bare body noun as subject (`Q-də polis … saxlayıb`) acts for the place it is in, state or not
 *  (an arrest; an attack done there is no act of that place). A passive with no side named at all takes no place
 *  that is no country (below). */
const PLACE_ACTS = new Set<EventType>(["COERCE"]);
/** CAMEO code of a coup (power seized by force, with PLOVER's sub-type `seize`): with no side named, the country's. */
const COUP_CAMEO = "170";
/** CAMEO codes of the police's acts (arrest 173, repression 175, curfew 1723, state of emergency 1724): told in the passive
 *  with no agent, the state's where they happen. */
const POLICE_CAMEOS = ["173", "175", "1723", "1724"];
/** PLOVER's sub-type of an inquiry into a crime (CAMEO 091): opened in a country with no agent, the state's. */
const STATE_INQUIRY = "investigate";

export interface Args { actors: string[]; subjects: string[]; location: string | null;
  /** Names joined to the subject by a conjunction (`X və Y … iştirak ediblər`): they act with it. */
  coSubjects?: string[];
  /** The subject is a group phrase (`tərəflər`, `hər iki tərəf`): the sides it names, the rest of the actors. */
  group?: { sides: string[]; rest: string[]; people?: boolean; needed?: boolean };
  /** The only names are what the act is about (`X ilə bağlı … razılaşdırılıb`): no side of it named. */
  topical?: boolean;
  /** The one acted on is a group phrase in the accusative or dative (`X iki ölkəni … çağırıb`, `hər iki tərəfi`): the sides
   *  of the two-sided act just told. */
  objectGroup?: boolean }

export function eventArguments(ctx: DocContext, t: EventTables, e: TriggerEntry, hit: TriggerHit, cs: number, ce: number, passive: boolean, nominal: boolean, speaker: () => string | null): Args | null {
  const args = readArguments(ctx, t, e, hit, cs, ce, passive, nominal, speaker);
  // a nationality that is the only side (`Özbəkistanlı deputat … ziyarət edib`, `Qazaxıstanlı nazir … yardım göstərdi`)
  // tells a person's own act, none of a state's with another: the sentence is read as without it
  const sent = ctx.doc.sentences[ctx.tokens[hit.head].sent];
  // (not protesters: people of a nation protesting are that state's civilians, PLOVER's actor of a protest)
  if (!args || args.actors.length !== 1 || e.type === "PROTEST" || !nationalOnly(ctx, sent.tokStart, sent.tokEnd, args.actors[0])) return args;
  return ctx.withoutNationalities(() => readArguments(ctx, t, e, hit, cs, ce, passive, nominal, speaker));
}

function readArguments(ctx: DocContext, t: EventTables, e: TriggerEntry, hit: TriggerHit, cs: number, ce: number, passive: boolean, nominal: boolean, speaker: () => string | null): Args | null {
  const sent = ctx.doc.sentences[ctx.tokens[hit.head].sent];
  const quoted = ctx.quoted[hit.head] === 1;
  const sameSide = (m: MentionInfo) => (ctx.quoted[m.tokStart] === 1) === quoted;
  // names between a noun and its verb are the verb's arguments (`hədiyyə X tərəfindən Y-ə verilib`)
  const inside = (m: MentionInfo) => !nominal && m.tokStart > hit.head && m.tokEnd < hit.end;
  // (a name heading the sentence before a colon is who tells it, not who acts: `X: Y … edib`)
  const told = (m: MentionInfo) => !label(ctx, m, sent.tokStart, hit.head);
  // (a hyphenated pair modifies the noun after it: its names are sides only as a pair, below)
  // (an exercise named in quotation marks, `Ankarada "Qafqaz Qartalı – 2025" təlimi`: the names inside are its name's)
  const named = e.yearNamed ? quotedNameStart(ctx, hit.head) : hit.head;
  // (a name inside a relative clause before the trigger is the participle's argument, no side of the trigger:
  // `X-dən Y-yə narkotik gətirən şəxs Z-də saxlanılıb`, the arrest is Z's only)
  // (and so before a phrase read as a passive verb, `X-dən Y-yə … gətirən şəxs ələ keçib`)
  // (a state named before a noun of its private people doing an active verb, `X vətəndaşları villanı qarət ediblər`, `Y-ə
  // gələn X turistləri`: the people act, not their state; acted on, `X vətəndaşları saxlanılıb`, `X vətəndaşlarını`, it stays)
  const privateDoer = (m: MentionInfo) => !passive && privatePeople(ctx, t, m);
  // (the owner of a gathering that frames a meeting, `X Şurasının iclası çərçivəsində görüşüblər`, is its setting, no partner:
  // a meeting's partner comes in the comitative)
  const frameOwner = (m: MentionInfo) => !!e.object?.includes("ins") && m.case === "gen" && framesAct(ctx, t, m, hit.head);
  const ownClause = (m: MentionInfo) => ((nominal && !e.undergone) || !inRelativeClause(ctx, t, m, hit)) && !privateDoer(m) && !frameOwner(m);
  // (an act named by a noun or a verbal noun in the accusative is the object of a verb after it: the names between them are
  // that verb's, its own arguments stand before it, `Jurnalistin həbsini ABŞ pisləyib`, `Onun azadlığa buraxılmasını Aİ
  // alqışlayıb`)
  const closing = ctx.tokens[hit.end - 1]?.analysis;
  const objectNoun = closing?.case === "acc" && (nominal || closing.verbForm === "vnoun");
  // (a participle describing the noun after it, `Həbs edilən jurnalist Fransaya qaçıb`, ends its clause there: a name after
  // that noun in a case of its own is the main verb's, and only one in the nominative or the genitive may still be the noun
  // itself or its owner, `Həbs edilən Rusiya vətəndaşı`)
  const attributive = !nominal && attributiveParticiple(ctx, hit.end - 1);
  // (the last of names joined by a conjunction carries the case of them all: `ittiham olunan X və Y-ə qarşı`)
  const joined = (m: MentionInfo) => !!t.coordinators?.includes(ctx.tokens[m.tokStart - 1]?.lower ?? "") &&
    ctx.mentionsIn(hit.end, m.tokStart).some((x) => x.tokEnd === m.tokStart - 1 && x.case === "nom");
  // (a passive nominalised with a possessive, `həbs edilməsini`, `həbs edildiyini`, is a clause of its own whose patient stands
  // in the genitive: a name in the nominative before that genitive is the main verb's subject, no agent of the passive,
  // `ABŞ jurnalistin həbs edilməsini pisləyib`; with no genitive it is the clause's own patient, `X həbs edildiyini bildirib`)
  // (but the act of an order about it is the order-giver's, `X Y-in əfv edilməsi haqqında sərəncam imzalayıb`)
  const nominalised = !nominal && closing?.passive === true && closing.pos === "VERB" && (closing.verbForm === "vnoun" || closing.verbForm === "part") &&
    closing.poss !== undefined && !orderedBy(ctx, t, hit.end, sent.tokEnd);
  // (a genitive owning another noun before the trigger is that noun's, `NATO-nun səyləri çərçivəsində`, no subject; so is one
  // owning the trigger's own possessed noun, `Y-in yanında olduğunu`, `iddiaların əsası olmadığını`)
  // (nor is a genitive heading the name's own phrase, `Türkiyə qoşunlarının`)
  const ownSubjectAfter = (m: MentionInfo) => {
    const head = ctx.tokens[hit.head].analysis;
    let owned = !!head && head.pos !== "VERB" && head.poss !== undefined;
    for (let j = hit.head - 1; j >= m.tokEnd; j--) {
      const a = ctx.tokens[j].analysis;
      if (j === m.tokEnd && a?.poss !== undefined) continue;
      if (a?.case === "gen" && !owned) return true;
      if (a?.pos === "NOUN" && a.poss !== undefined) owned = true;
    }
    return false;
  };
  const mainClauses = (m: MentionInfo) => (attributive && m.tokStart >= hit.end && m.case !== "nom" && m.case !== "gen" && !joined(m)) ||
    (nominalised && m.tokEnd <= hit.head && m.case === "nom" && ownSubjectAfter(m));
  // (an active participle describing private people does their act, no state's: `Azərbaycana səfər edən X turistlərinin sayı`)
  if (attributive && !passive && describesPrivatePeople(ctx, t, hit.end)) return null;
  // (so does an event noun before a frame word, `görüşdən sonra`, `səfər zamanı`: the names after it are the main verb's)
  const framing = nominal && t.eventFrames.includes(ctx.tokens[hit.end]?.lower ?? "");
  const inClause = ctx.actorsIn(cs, ce, quoted).filter((m) => !m.pair && (m.tokEnd <= hit.head || (m.tokStart >= hit.end && !objectNoun && !framing) || inside(m)) && told(m) && !(m.tokStart >= named && m.tokEnd <= hit.head) && ownClause(m) && !mainClauses(m));
  const before = inClause.filter((m) => m.tokEnd <= hit.head || inside(m));
  let subject: MentionInfo | undefined;
  let unowned = false;
  let privateSubject = false;
  // a genitive is whose act an event noun is only when the noun agrees with it by its possessive (`X-in hücumu`;
  // `X-in əvvəlki hücumdan sonra … açıqlaması`: X owns another noun)
  // (past the noun's own arguments and attributes: `X-in Y-ə rəsmi səfəri`, not past another owned noun)
  // (a body's gathering, `ECO-nun 17-ci Zirvə görüşü`, is its setting, not its act with a partner)
  // (the genitive may be a body noun after a bare name, `X ordusunun Y-ə hücumu`: X's)
  // (a possessed event noun before a light verb, `X-in Y ilə görüşü olacaq`, X will have a meeting, is owned all the same)
  // (only a noun that is the act itself with a light verb after it, no phrase whose noun is what is acted on: `Onun
  // Rusiyaya girişi qadağan olunub` bans his entry)
  const ownedNoun = nominal || (!e.needs && hit.verb !== hit.head && ctx.tokens[hit.head].analysis?.pos === "NOUN" && ctx.tokens[hit.head].analysis?.poss === "3" && ctx.tokens[hit.head].analysis?.case === undefined);
  // (not where the entry takes that genitive as its partner: `X Y-in yanındadır`, X stands by Y)
  const nounOwner = () => !ownedNoun || !possessed(ctx.tokens[hit.head]) || e.partnerOwns ? undefined :
    before.find((m) => m.case === "gen" && (hit.head - genitiveEnd(ctx, m) <= 1 || quotationBetween(ctx, genitiveEnd(ctx, m), hit.head))) ??
    [...before].reverse().find((m) => m.case === "gen" && m.type !== "ORG" && m.tokEnd <= hit.head && ownerOfNoun(ctx, genitiveEnd(ctx, m), hit.head));
  if (passive) {
    subject = inClause.find((m) => ctx.isAgent(m));
    // an event noun owned by a genitive keeps its doer whatever is done to it or said of it (`X-in Y-ə hücumları
    // dayandırılıb`, `X-in Y-ə səfəri planlaşdırılır`, `X-in Y ilə görüşü təxirə salınıb`)
    subject ??= nounOwner();
    // (a sentence opening with a statement or a letter in the locative, `Məktubda … zorakılıq pislənib`, tells what its
    // issuer says in it: the one who issued or sent it in a sentence just before)
    if (!quoted) subject ??= documentIssuer(ctx, t, hit, sent);
  } else {
    // the agent of the passive verbal noun a noun trigger is the subject of (`hücumun X tərəfindən
    // həyata keçirildiyini`) is who did it, whoever reports it
    if (nominal) subject = inClause.find((m) => m.tokStart >= hit.end && ctx.isAgent(m));
    subject ??= nounOwner();
    // a trigger verb that is the reported object of speech (`X Y-in Z-ni vurduğunu deyib`) has its
    // subject in the genitive; the nominative is who says it
    // (not a genitive of a condition told before it: `X Y-in … etməyəcəyi təqdirdə, … tətbiq edəcəyini bildirib`)
    // (not a genitive owning the object: `X Y-in təklifini qəbul etməyəcəyini açıqlayıb`, X will not accept)
    // (nor one owning a noun of the clause in another case, past its attributes: `X-in Y-ə keçidinə dəstək olacağını`)
    // (nor the genitive an entry takes as its partner right before its noun: `X-in Y-in yanında olduğunu`, Y stood by)
    const genPartner = (m: MentionInfo) => !!e.object?.includes("gen") && m.tokEnd === hit.head;
    if (!nominal && isReportedForm(ctx.tokens[hit.verb])) subject = [...before].reverse().find((m) => m.case === "gen" && !genPartner(m) && !modifiesNoun(ctx, m) && !ownsNounBefore(ctx, m, hit.head, t.postpositionCases) && !conditionBefore(ctx, t, m.tokEnd, hit.head));
    // a trigger inside a relative clause has a subject of its own, not the main clause's nominative told
    // before it: a subject participle's is the name it describes (`Bakıya gələn X`; `X … gəlmiş əcnəbiləri`:
    // no side named), an event noun's before a participle none (`X Y-ə hücum zamanı yaralanmış əməkdaşların …`)
    // a verbal noun or object participle with a possessive (`X-in Y-ə zəng etməsi`, `X-in həbs etdiyi Y`; of an event
    // noun, the one it is the object of: `X-in Y ilə danışıqlara başlaması`) has its subject in the genitive, its owner
    // (not a genitive owning a noun of the clause: `X-in Y-in təklifini rədd etməsi`)
    // an act told as the cause a side is blamed or thanked for, `X Y-i Z-dən neft almağa görə tənqid edib`, is the
    // accusative side's, not the blamer's
    subject ??= causeSide(ctx, t, hit, before);
    const owned = nominal ? hit.end : hit.verb;
    if (!subject && ownedForm(ctx.tokens[owned]) && (!nominal || ctx.tokens[owned].sent === ctx.tokens[hit.head].sent)) {
      subject = [...before].reverse().find((m) => m.case === "gen" && !genPartner(m) && !modifiesNoun(ctx, m) && !ownsNounBefore(ctx, m, hit.head, t.postpositionCases) && !conditionBefore(ctx, t, m.tokEnd, hit.head));
    }
    const rel = relativeAt(ctx, t, hit, nominal);
    // an event noun owned by a genitive naming no one (`X diplomatların Y-ə səfəri ilə bağlı danışıb`) is their act,
    // not the clause subject's, who only speaks of it
    // (of a noun whose verb takes an accusative object the genitive is what is acted on, `jurnalistlərin həbsi`, and so is
    // the needed word of the phrase, `rüsumların tətbiqi`)
    unowned = !subject && nominal && !e.object?.includes("acc") && unnamedOwner(ctx, cs, hit.head, e.needs ?? []);
    // (so is an event noun in the genitive that is itself the subject of the reported verbal noun, `X belə görüşün …
    // mümkün olacağını deyib`, `X danışıqların növbəti raundunun İstanbulda keçirilə biləcəyini bildirib`: X speaks of it)
    unowned ||= !subject && nominal && subjectOfReported(ctx, hit, ce);
    if (unowned) {
      // (their act: no subject of the clause is looked for)
    } else if (rel >= 0) {
      // (an event noun right before the participle is its object, `səfərə gələn X`: X visits)
      const own = !nominal || rel === hit.end;
      const described = own ? ctx.actorsIn(rel + 1, rel + 1 + HEAD_REACH, quoted) : [];
      // (private people it describes, `Y-ə gələn X vətəndaşları`, act on their own: no act between sides)
      if (own && !subject && described.some((m) => m.tokStart === rel + 1 && privateDoer(m))) return null;
      // (past a common noun, only a person it titles: `gələn nazir X`; `səfər edən nazir Y ilə … imzalayıb`, Y is the main verb's)
      if (own) subject ??= described.find((m) => m.tokStart <= rel + HEAD_REACH && !ctx.isAgent(m) && !privateDoer(m) &&
        (m.tokStart === rel + 1 || m.type === "PER" || isCapitalised(ctx.tokens[rel + 1])));
      // (a possessed noun it describes has its owner for the side: `X-in Y-ə səfər edəcək təyyarəsi`, X's plane)
      if (own) subject ??= describedOwner(ctx, before, rel);
      // (and a person after the office of a body it describes: `Bakıya səfər edən X-in xarici işlər naziri Y`; not a noun's
      // own participle, `X-da səfərdə olan … Y`, whose act the main verb's tells again with its sides)
      if (own && !nominal) subject ??= titledPerson(ctx, t, rel + 1, quoted);
      // (a statement or resolution it describes, `X Y-in çıxmasını tələb edən qətnamə qəbul edib`, `X Y-i pisləyən bəyanat
      // yayıb`, carries the act of whoever adopts or issues it: the main clause's subject before the participle's own words)
      if (own && !nominal && statementAt(t.vetoes, ctx.tokens[rel + 1])) {
        subject ??= pickSubject(before.filter((m) => m.case === "nom" && !modifiesNoun(ctx, m)));
      }
    } else {
      // (private people as the clause's subject, `X vətəndaşları villanı qarət ediblər`, act on their own: no subject is
      // found for them, and with none found otherwise, below, there is no act between sides)
      privateSubject = !subject && ctx.actorsIn(cs, hit.head, quoted).some((m) => privateDoer(m) && !inRelativeClause(ctx, t, m, hit));
      // an act told by an object participle before its noun is the participle's owner's (`Məhkəmə X-in tətbiq etdiyi
      // rüsumları qanunsuz elan edib`: X imposed them), whoever acts on the noun
      if (hit.prior) subject ??= participleOwner(ctx, before, cs, hit.head);
      // (and so is a phrase whose own words hold the object participle, `X-in tətbiq etdiyi rüsumları`)
      else if (ownParticipleIn(ctx, hit)) subject ??= [...before].reverse().find((m) => m.case === "gen" && m.tokEnd === hit.head);
      // a converb sharing the main verb's subject (`Forumda çıxış edərkən X bildirib`) has it named after it
      subject ??= sharedSubject(ctx, t, hit, before, quoted, told);
      // (a name joined to the owner of the means is an owner too, no doer: `X və Y-in vasitəçiliyi ilə Z və W razılaşıb`)
      // (the owner it is joined to may open a relative clause, `X və Y-in vasitəçiliyi ilə Q-də keçirilən danışıqlarda Z və W
      // razılaşıb`, no side of the trigger, but still the means' owner: looked for among all names before the trigger)
      const allBefore = ctx.mentionsIn(cs, hit.head);
      subject ??= pickSubject(before.filter((m) => m.case === "nom" && !modifiesNoun(ctx, m) && !meansConjunct(ctx, t, m, allBefore) && !groundName(ctx, t, m)));
      // (the name after a comitative opening the clause is the subject with it, though a bare noun follows: `X ilə Y sərhəd
      // məsələlərini müzakirə edib`)
      // (only before the verb's object, `X ilə Y sülh sazişini`; not a place, `X ilə Y sərhəd zonasında`, their border)
      subject ??= before.find((m) => !!comitativeOpener(ctx, t, m, before, cs) && ctx.tokens[m.tokEnd + 1]?.analysis?.case === "acc");
      // a name in the genitive owning the subject noun (`X-in kralı və baş naziri … təbrik ediblər`) stands for it
      subject ??= before.find((m) => m.case === "gen" && ownsSubject(ctx, m, hit.head));
      // so does the origin of a body of people (`X-dən gələn nümayəndə heyəti … görüşüb`)
      subject ??= before.find((m) => m.case === "abl" && comesFrom(ctx, t, m, hit.head));
      // an event noun after an object participle has the participle's genitive as its doer (`X-in Y-ə
      // endirdiyi zərbələr`: X's strikes on Y)
      if (nominal) subject ??= participleOwner(ctx, before, cs, hit.head) ?? innerParticipleOwner(ctx, before, hit) ?? framedSubject(ctx, t, hit, before, quoted, told);
    }
    // a clause right after a converb sharing its subject and a comma (`X bildirib ki, Y hücumlar təşkil edərək, atəşkəsi
    // pozur`) goes on with the converb's own subject, not with a speaker's told before a complementiser
    if (!subject && !unowned && rel < 0) subject = converbSubject(ctx, t, cs, quoted, told);
    if (!subject && !unowned && rel < 0 && !afterComplementiser(ctx, t, cs)) {
      // the subject of an earlier clause of the sentence: `X gəlib, Y ilə görüşüb` (not `X deyib ki, …`)
      // (the nominative of a passive clause is what was done, not who did it: `X ləğv edilib, Y isə …`)
      subject = pickSubject(ctx.actorsIn(sent.tokStart, cs, quoted).filter((m) => m.case === "nom" && told(m) && !passiveClause(ctx, m.tokStart) && !modifiesNoun(ctx, m)));
    }
    // a `ki` clause opening with no subject of its own (`X bildirib ki, Y ilə görüşəcək`) goes on with the
    // speaker's (not one opening with a noun, its own subject: `X bildirib ki, hökumət Y ilə …`)
    // (nor one whose subject is the bare word for the country, the speaker's own: `X bildirib ki, ölkə … edəcək`)
    if (!subject && rel < 0 && afterComplementiser(ctx, t, cs) && (!ownSubject(ctx, cs, hit.head, nominal) || speakersCountry(ctx, t, cs, hit.head))) {
      subject = pickSubject(ctx.actorsIn(sent.tokStart, cs, quoted).filter((m) => m.case === "nom" && told(m) && !modifiesNoun(ctx, m) && m.tokEnd < cs));
      // (an outlet's lead line, `“Turan” yazır ki, …`, names who reports, no doer: the clause's genitive owner acts, else no one)
      if (subject && subject.type !== "PER" && subject.type !== "LOC" && outletLead(ctx, t, cs)) subject = before.find((m) => m.case === "gen" && ownsSubject(ctx, m, hit.head));
    }
    // a sentence with no subject word at all goes on with the subject of the one before (`Oktyabrın 8-də X Y-ə
    // gəlib. Ertəsi gün Z ilə görüşüb.`)
    if (!subject && rel < 0 && !nominal && !quoted) subject = droppedSubject(ctx, t, hit, sent);
    if (!subject && rel < 0 && !quoted) subject = memberBody(ctx, t, hit, sent);
  }
  // the owner of the forces one moves, named before them in the accusative with no subject (`X qoşunlarını Y-dən çıxaracaq`,
  // `X hərbçilərini Y-ə göndərib`: its troops), withdraws or deploys them (not forces acted on, `X qoşunlarını vurublar`)
  // (in the passive, the owner of forces in the genitive, the subject of the act's verbal noun: `X qüvvələrinin Y-dən
  // çıxarılması başlayıb`)
  if (!subject && OWN_FORCES_ACTS.has(e.type)) {
    const head = ctx.tokens[hit.head].analysis;
    const undergone = passive || (!!head?.passive && head.verbForm === "vnoun");
    subject = before.find((m) => ownForces(ctx, t, m, hit.head, undergone));
  }
  // a headline naming its act by who did it to whom, with no verb (`X-dən Y-yə xəbərdarlıq`, `X-dən Y-yə yeni
  // sanksiyalar`): the name in the ablative is the source, the doer
  if (nominal) subject ??= frameSource(ctx, before, hit.head);
  // a headline's label naming a person or a state (`Kreml: Kiyevlə danışıqlar davam edəcək`) before an active clause that
  // names no doer of its act but another side: the label's own act
  // (not one told done by a passive participle, `Zelenski: … edilən hücum qəsdən olub`: done by someone the line leaves unnamed)
  const passiveAttribute = nominal && ctx.tokens[hit.head - 1]?.analysis?.passive === true && ctx.tokens[hit.head - 1]?.analysis?.verbForm === "part";
  if (!subject && !passive && !quoted && inClause.length > 0 && !unowned && !passiveAttribute) {
    // (a name in quotation marks, `"Reuters": …`, is an outlet's)
    subject = ctx.actorsIn(sent.tokStart, hit.head, false).find((m) => label(ctx, m, sent.tokStart, hit.head) && ctx.tokens[m.tokEnd]?.norm !== '"' && !m.nationality);
  }
  // a group phrase for the sides opening the clause before a bare name that modifies a noun (`İki qurum … X marşrutu üzrə …
  // razılığa gəlib`) is the subject: the name is a word of a phrase, no doer
  if (subject && !passive && subject.case === "nom" && subject.tokStart > cs && compoundModifier(ctx, subject) && groupSubjectPhrase(ctx, t, cs, subject.tokStart)) subject = undefined;
  // an act told as the reason of another by an object participle before a postposition of reason, with no owner of its own
  // (`X Y-i Z-i dəstəklədiyinə görə tənqid edib`, `Z-i dəstəklədiyinə görə X Y-i cəzalandırıb`): its doer is the one the
  // main clause acts on, criticised or punished for it, not the main clause's subject
  if (!nominal && !passive && subject?.case !== "gen") subject = reasonDoer(ctx, t, hit) ?? subject;
  if (privateSubject && !subject) return null;
  const objCases = e.object ?? [];
  // (a name modifying a possessed noun stands in that noun's case: `Qətər kral ailəsindən`; only before the
  // trigger, as an argument of it, not of a later verb of the sentence)
  // (an event noun that is the subject of a later verb, `X-in səfəri Y-ə nə vəd edir`, leaves the names after
  // it to that verb)
  const last = ctx.tokens[hit.end - 1].analysis;
  const subjectNoun = nominal && last?.pos === "NOUN" && last.case === undefined && last.poss !== undefined;
  // (a bare name right between the owner in the genitive and the possessed noun names where or with whom it is:
  // `X-in Y səfəri`, X's visit to Y)
  const compound = (m: MentionInfo) => nominal && subject?.case === "gen" && m.case === "nom" && m.tokEnd === hit.head && subject.tokEnd === m.tokStart;
  // (and so is a bare name right before a trigger noun it owns by the noun's possessive, the clause's subject named before it:
  // `X Y sərhədini bağlayıb`, Y's border)
  const headOwner = (m: MentionInfo) => !!subject && subject.case === "nom" && subject.tokEnd <= m.tokStart && m.case === "nom" && m.tokEnd === hit.head &&
    ctx.tokens[hit.head].analysis?.pos === "NOUN" && ctx.tokens[hit.head].analysis?.poss === "3" && !isQuote(ctx.tokens[m.tokEnd - 1]);
  // the passive of a verb taking an accusative object, with its agent named, has that object in the nominative
  // (`X Y tərəfindən qəbul edilib`: Y received X)
  // (and so is the owner in the genitive of an organ in the nominative, `X-in nümayəndə heyəti Y tərəfindən qəbul olunub`:
  // Y received X's delegation)
  const patient = (m: MentionInfo) => passive && !!subject && objCases.includes("acc") && m.tokEnd <= hit.head &&
    (m.case === "nom" ? !modifiesNoun(ctx, m) : m.case === "gen" && organOwned(ctx, t, m));
  // (an entry whose side must be a named one takes no name through a document it modifies: `X səfirini qəbul edib`
  // receives X's envoy, `X qanun layihəsini qəbul edib` adopts a bill)
  const izafetSide = (m: MentionInfo) => objCases.includes(izafetCase(ctx, m)!) && (!e.objectTypes || !documentAfter(ctx, t, m));
  // (a nationality phrase before a verb form of its own is that verb's object: `Y-dən fransız vətəndaşını azad etməyi tələb
  // edib` asks Y)
  // (a name in the comitative inside a topic phrase, `X ilə görüşü barədə danışıb`, is the argument of that phrase's noun)
  // (a name in an oblique case before a bare infinitive qualifying a noun is that infinitive's: `X-in Y-ə qaz ixracını artırmaq
  // planına etiraz edib` objects to a plan, Y no side of the objection)
  const ofPlanPhrase = (m: MentionInfo) => m.tokEnd <= hit.head && m.case !== "nom" && m.case !== "gen" && infinitiveModifierAfter(ctx, m.tokEnd, hit.head, e.object ?? []);
  const candidates = (nominal && !subjectNoun ? inClause : before).filter((m) => m !== subject && !(m.nationality && innerVerbAfter(ctx, m.tokEnd, hit.head)) &&
    !ofPlanPhrase(m) && !namesTopic(ctx, t, m, hit.head) &&
    !insideTopicPhrase(ctx, t, m, hit.head) && (objCases.includes(m.case) || compound(m) || headOwner(m) || patient(m) || (m.tokEnd <= hit.head && (izafetSide(m) || objCases.includes(chainCase(ctx, t, m)!)))) &&
    (!e.objectTypes || e.objectTypes.includes(m.type)));
  // an object participle before a name (`X-in həbs etdiyi Y`, `X-in vurduğu Y`) describes its object: Y
  const relObject = !nominal && !passive && objCases.includes("acc") ? objectRelativeHead(ctx, hit, quoted) : undefined;
  candidates.sort((a, b) => Math.abs(a.tokStart - hit.head) - Math.abs(b.tokStart - hit.head));
  // a clause nests inside the verb's phrase (`X Y-i Z-i tək qoymaqda günahlandırıb`): of two names in one case before a
  // non-finite verb in a case, the nearer is that verb's, the first the trigger's
  const nested = !nominal ? outerObject(ctx, candidates.filter((m) => m.tokEnd <= hit.head), hit.head) : undefined;
  if (nested) candidates.unshift(nested);
  let object: MentionInfo | undefined = candidates[0] ??
    (relObject && relObject !== subject && (!e.objectTypes || e.objectTypes.includes(relObject.type)) ? relObject : undefined);
  // a talk told by a converb with no partner of its own shares the main verb's object (`X Y-i telefonla zəng edərək təbrik
  // edib`: the call was to Y)
  if (!object && e.type === "CONSULT" && !nominal && !passive && ctx.tokens[hit.verb].analysis?.verbForm === "conv") {
    object = before.find((m) => m !== subject && m.case === "acc" && m.type === "PER");
  }
  // a visit's host in the locative (`X Azərbaycanda səfərdə olacaq`): a place there is otherwise only where an act
  // happens, no side, so an entry whose destination stands in the locative takes the nearest one before it
  if (!object && e.destination && objCases.includes("loc")) {
    object = ctx.mentionsIn(cs, hit.head).filter((m) => m.place && m.case === "loc" && sameSide(m) && m !== subject).pop();
  }
  // a state named before a noun of its private people and a word of purpose (`X vətəndaşları üçün viza rejimini ləğv edib`)
  // is whom the act is for, when no other side is acted on
  if (!object && !passive && subject) object = before.find((m) => m !== subject && m.tokEnd <= hit.head && peopleServed(ctx, t, m));
  // a pronoun in the object's case between it and the trigger is the object (`X Y-ə çağırıb və ona nota verib`): one
  // no person stands for leaves the slot to no farther name
  if (object && !passive && object.tokEnd <= hit.head && pronounBetween(ctx, t, object, hit.head)) object = undefined;
  // a name inside the verb's object phrase, before the possessed noun that closes it, is that noun's argument; the
  // genitive owning the phrase is the one acted on (`X Y-in Z-ni silahlandırmasını pisləyib`, `X Y-in Z-yə silah
  // satışına etiraz edib`: Y is condemned)
  if (object && !nominal && !passive) {
    const owner = phraseOwner(ctx, object, hit.head, before.filter((m) => m !== subject), objCases);
    if (owner && (!e.objectTypes || e.objectTypes.includes(owner.type))) object = owner;
  }
  // talking with a journalist (`jurnalist X ilə söhbətində`) is an interview, a speech act, not a consultation
  if (object && e.type === "CONSULT" && t.interviewers?.includes(ctx.tokens[object.tokStart - 1]?.lower ?? "")) return null;
  // so is meeting the press (`jurnalistlərlə görüşündə deyib`): the partner is a journalist in the comitative
  if (e.type === "CONSULT" && pressPartner(ctx, t, hit.head)) return null;
  const between = twoSided(ctx, t, cs, hit.head);
  // two names joined by a hyphen before the trigger are its two sides, as `X və Y arasında` (`X-Y danışıqları`)
  // (and so are those of a pair whose border the fighting takes place at, `X-Y sərhədində atışma olub`: the line both share)
  if (between.length === 0) between.push(...pairSides(ctx, cs, hit.head, quoted, e.type === "ASSAULT" ? t.borderNouns : undefined));
  // an event noun with sides of its own (`X və Y arasında söhbət`) is theirs, not the act of the clause's
  // subject that tells of it (`Z X və Y arasında söhbətə münasibət bildirib`, `X ilə Y arasında Z söhbəti`)
  // (not a predicate of readiness after it, `Z X ilə Y arasında vasitəçiliyə hazırdır`: Z is ready to mediate)
  if (nominal && between.length >= 2 && subject?.case === "nom" && !between.includes(subject.name) && ctx.tokens[hit.head].analysis?.pos === "NOUN") subject = undefined;
  // subjects joined by a conjunction are both sides of an act done with a partner in the comitative
  // (`X və Y … müzakirə ediblər`: X and Y discussed it with each other)
  const together = subject && !passive && !object && before.includes(subject) && objCases.includes("ins") ? conjuncts(ctx, t, subject, before) : [];
  // a group phrase owning the comitative partner of a named subject (`X hər iki ölkənin nazirləri ilə telefonla danışıb`):
  // the two states told before are the act's other sides
  const groupPartner = subject && !passive && !object && between.length === 0 && together.length === 0 && objCases.includes("ins") &&
    !isGroupWord(ctx, t, subject) && subject.tokEnd <= hit.head ? comitativeGroup(ctx, t, subject.tokEnd, hit.head) : [];
  if (groupPartner.length === 2 && !groupPartner.includes(subject!.name)) between.push(...groupPartner);
  // people standing for the sides of the act just told (`Nazirlər …`, `İki lider Y ilə …`, `hər iki ölkənin nazirləri`)
  // are its sides: with no partner named, each other's (`Liderlər telefonla danışıblar`)
  const people = !subject && !passive && !nominal && peopleGroupPhrase(ctx, t, cs, hit.head);
  const mutual = people && !object && between.length === 0 && objCases.includes("ins") && !e.destination;
  // (a place gone to is no side between two others: `iki ölkə arasında … gələcək inkişaf`)
  if (e.objectRequired && !object && (between.length === 0 || e.destination) && together.length === 0 && !mutual) return null;
  let location: string | null = null;
  if (e.destination && object && object.type === "LOC") location = object.name;
  const places = ctx.mentionsIn(cs, ce).filter((m) => m.place && sameSide(m));
  const sentPlaces = ctx.mentionsIn(sent.tokStart, sent.tokEnd).filter((m) => m.place && sameSide(m));
  // (a street's name is an address: the city or country named with it is the place, `Tbilisidə Rustaveli prospektində`)
  const unaddressed = (ms: MentionInfo[]) => ms.filter((m) => !m.address);
  const place = unaddressed(places).pop() ?? unaddressed(sentPlaces).pop();
  location ??= place?.name ?? null;

  let actors: string[] = [];
  // speech with no named subject is the speaker's own act (`"… görüşdük"`)
  // (not when the quotation names a subject of its own the entity stage did not read: `X: "Y … etməyəcək"`)
  // (nor a verb of the third person plural, whose dropped subject is "they": `"… imtina etdilər"`)
  const theyDid = !nominal && ctx.tokens[hit.verb].analysis?.pos === "VERB" && ctx.tokens[hit.verb].analysis?.plural === true;
  // (a quoted verb of the first person, `"X-in töhfəsini yüksək qiymətləndiririk"`, is the speaker's: a genitive before it
  // owns its object, no subject)
  if (quoted && !nominal && !passive && subject?.case === "gen" && firstPersonVerb(ctx, t, hit.verb) && ownsObject(ctx, subject, hit.head)) subject = undefined;
  const subjectName = subject?.name ?? (quoted && !passive && !theyDid && !unreadSubject(ctx, t, cs, hit) ? speaker() : null);
  if (subjectName) actors.push(subjectName);
  // subjects joined by a conjunction act together: `X və Y … yaradacaq`
  const coSubjects = subject && !passive && before.includes(subject) ? conjuncts(ctx, t, subject, before).map((m) => m.name) : [];
  actors.push(...coSubjects);
  // and so does a name in the comitative opening the clause right before the subject (`X ilə Y birgə təlim keçirəcək`)
  if (subject && !passive && before.includes(subject)) { const w = comitativeOpener(ctx, t, subject, before, cs); if (w) actors.push(w.name); }
  // partners joined by a conjunction share the case ending of the last: `X və Y-lə görüşüb` (with X and Y)
  if (object && (object.case !== "nom" || !objCases.includes("nom"))) actors.push(...conjuncts(ctx, t, object, before).filter((m) => m.tokStart < object.tokStart && m !== subject).map((m) => m.name));
  if (object) actors.push(object.name);
  actors.push(...between);
  // (with agent and patient named, a name in the locative is the setting: `X Y tərəfindən Kremldə qəbul edilib`)
  // (nor is the place an event noun is held at, `X ilə Y-in Q-də keçirilən görüşü`: where, not who)
  // (nor is the owner of the means it was done by, `atəşkəs X və Y arasında Z-in vasitəçiliyi ilə əldə olunub`: who helped,
  // never a side; with no side named, the act has none of its own)
  // (a request in the passive, `X-dən … xahiş olunur`, has the one asked in the ablative: other names are what is asked)
  const asked = passive && !!t.passiveAsks?.includes(e.head);
  if (passive) actors.push(...inClause.filter((m) => m !== subject && (!asked || m.case === "abl") && !namesTopic(ctx, t, m, hit.head) && !(subject && object && m.case === "loc") && !(nominal && m.place && m.type === "LOC") &&
    !meansOwner(ctx, t, m) && !meansConjunct(ctx, t, m, inClause)).map((m) => m.name));
  else if (!object && actors.length > 0) {
    // (a body in the locative is where it happened: `X Y Qərargahında görüşüb`)
    const other = inClause.find((m) => m !== subject && m.case !== "nom" && m.case !== "loc" && !meansOwner(ctx, t, m));
    if (other) actors.push(other.name);
  }
  // (an act of an unnamed owner takes no side from the sentence around it, nor does a request in the passive: its maker is
  // told elsewhere)
  let topical = false;
  if (actors.length === 0 && !unowned && !asked) {
    // the whole sentence, but not the speech frame of a `X bildirib ki, …` clause
    const from = afterComplementiser(ctx, t, cs) ? cs : sent.tokStart;
    // (up to the finite verb that closes the trigger's predicate: names after it belong to the next one,
    // `X təklifi qəbul edib və Y-dən Z-yə qayıdıb`)
    // (a demand's maker is named after it: `… etməlidir, – deyə X bildirib`)
    const until = e.type === "REQUEST" ? sent.tokEnd : predicateEnd(ctx, hit.end - 1, sent.tokEnd);
    // (so with no side found in the clause: `objectNoun` above)
    const wide = ctx.actorsIn(from, until, quoted).filter((m) => !m.pair && (m.tokEnd <= hit.head || (m.tokStart >= hit.end && !objectNoun)) && told(m) && !(m.tokStart >= named && m.tokEnd <= hit.head) && ownClause(m) && !mainClauses(m) && !ofPlanPhrase(m) && !namesTopic(ctx, t, m, hit.head));
    actors = wide.filter((m) => !meansOwner(ctx, t, m) && !meansConjunct(ctx, t, m, wide)).map((m) => m.name);
    // with no side named at all, what the act is about is the one name it has (`Q-də X ilə bağlı
    // görüş keçiriləcək`)
    if (actors.length === 0) {
      actors = ctx.mentionsIn(from, until).filter((m) => m.topic && !m.place && !m.source && told(m) && sameSide(m)).map((m) => m.name);
      topical = actors.length > 0;
    }
  }
  // a group phrase as the subject (`Tərəflər … razılaşıblar`, `… hər iki tərəf … azad edib`) names the sides of the story,
  // the states named before, not a place (`Q-də keçirilən`) or a sea (`Xəzər dənizinin`); the events stage prefers the
  // sides of the two-sided act just told when no two states are found (see `group`)
  const groupSubject = (!!subject && isGroupWord(ctx, t, subject)) || (!subject && !passive && groupSubjectPhrase(ctx, t, cs, hit.head));
  let group: Args["group"];
  if (people) {
    // (the states a group phrase owning them names, `hər iki ölkənin`, are the sides only where no people acted before)
    const found = groupReference(ctx, t, sent.tokStart, sent.tokEnd, true, true);
    // (what the act is about, taken only for want of a side, gives way to the sides: `Prezidentlər X münaqişəsi ilə bağlı
    // razılığa gəliblər`)
    const kept = topical ? [] : actors;
    group = { sides: found, rest: [...kept], people: true, ...(mutual ? { needed: true } : {}) };
    actors = found.length >= 2 ? [...found, ...kept] : kept;
  } else if (actors.length === 0 || groupSubject) {
    const found = groupReference(ctx, t, sent.tokStart, sent.tokEnd, groupSubject, groupSubject, true);
    const rest = topical && found.length ? [] : actors.filter((a) => a !== subject?.name);
    if (found.length) actors = [...found, ...rest];
    if (groupSubject) group = { sides: found, rest };
  }
  // a gathering named by its own name, the trigger its last word (`Bakıda X Sammiti keçirilir`), with no side named:
  // the gathering itself is who meets
  if (actors.length === 0 && e.type === "CONSULT") actors = namedGathering(ctx, hit.head);
  if (actors.length === 0 && passive) actors = titleParties(ctx, cs, hit.head);
  if (actors.length === 0 && passive) actors = patientOwner(ctx, t, cs, hit.head);
  // people protesting with no one named: the protest is the country's where it happens (PLOVER: civilians of a state)
  // (a town or a district is no state: the protest is the state's it is in, when the text tells which, `placeState`)
  if (actors.length === 0 && e.type === "PROTEST" && place) actors = [placeState(ctx, t, place) ?? place.name];
  // (with only the one it is against named, `X-da Y-in istefası tələbi ilə aksiya keçirilib`, the country, or a capital standing
  // for it, protests against Y)
  else if (e.type === "PROTEST" && place && (place.iso || ctx.actorName(place.name) !== place.name) && !subject && !actors.includes(place.name)) actors.unshift(place.name);
  // (and power seized with no one named, `X-da hərbçilər dövlət çevrilişi edib`, `hakimiyyəti ələ keçiriblər`: the coup
  // is done to the state of the country where it happens, PLOVER COERCE seize, CAMEO 170)
  if (actors.length === 0 && e.type === "COERCE" && e.cameo === COUP_CAMEO && e.plover_mode === "seize" && place?.iso) actors = [place.name];
  // (so is a criminal case opened there, `X-da … cinayət işi açılıb`: an investigation, CAMEO 091, is the state's act)
  // (and so is a headline's act whose light verb is dropped, `X-da … yeni qadağa: …`, read as the passive)
  if ((passive || hit.elided) && !subject && !e.crime && (STATE_ACTS.has(e.type) || e.plover_mode === STATE_INQUIRY) && place?.iso) actors.unshift(place.name);
  // (a passive whose agent is a force or body named by a bare noun, `təhlükəsizlik qüvvələri tərəfindən … saxlanılıb`, at a
  // city: the state the city is in, as `Bakıda polis … saxlayıb` is)
  else if (passive && !subject && !e.crime && STATE_ACTS.has(e.type) && place && !actors.includes(place.name) && bareAgent(ctx, t, cs, hit.head)) actors.unshift(place.name);
  // (a coercive act with no agent and no side named at a city or a district, `Q-də üç nəfər saxlanılıb`, names no
  // participant: a city is not the arresting state, nor does a capital name it there, as the gold sets read it)
  // a body named by a bare noun (`X-da hökumət istefa verib`, `X-da məhkəmə Y-in … müsadirə edib`) is
  // the state of the place it is in
  // (a coercive act, as in the passive, by any place: `Bakıda polis … saxlayıb` is Azerbaijan's, a capital naming its state)
  // (and so is repression, crowd-control force too, `polis … gözyaşardıcı qazdan istifadə edib`: the police's act there)
  const placeAct = PLACE_ACTS.has(e.type) || e.cameo === REPRESSION_CAMEO;
  if (!subject && !passive && place && (place.iso || placeAct) && bareBodySubject(ctx, t, cs, hit.head)) actors.unshift(place.name);
  // (with no place in its sentence, the country where the story just told happened: `İrəvanda … aksiya keçirilib. Polis
  // onlarla etirazçını saxlayıb`)
  else if (!subject && !passive && !place && !quoted && STATE_ACTS.has(e.type) && bareBodySubject(ctx, t, cs, hit.head)) {
    const before = storyPlace(ctx, sent.tokStart);
    if (before && (before.iso || placeAct)) actors.unshift(before.name);
    // (none told near it: a detention or a dispersal is the one state the story has named so far, as in the passive below)
    else if (!before && placeAct) { const state = onlyStateSoFar(ctx, ctx.tokens[hit.head].sent, true); if (state) actors.unshift(state); }
  }
  // so is one holding a public role told right after a country in the locative (`X-da millət vəkili Y-ni ittiham etdi`)
  else if (!subject && !passive && !nominal && !quoted) { const home = placeRole(ctx, t, cs, hit.head); if (home) actors.unshift(home.name); }
  // a passive of any type with no side named at all in a country (`X-da nazirlər istefaya göndərilib`, `X-da … məhkəməyə
  // verilib`) is that state's act, as the types above are (an active clause's unnamed doer, `X-da məktəbli atəş açıb`,
  // `Qızı şikayət edib`, is no state)
  // (not a crime, `X-da … qətlə yetirildi`: the killer is unnamed, no state)
  if (actors.length === 0 && passive && place?.iso && !e.crime) actors = [place.name];
  // a detention told in the passive with no agent (`X saxlanılıb`, `aksiyanın yeddi iştirakçısı saxlanılıb`) is the police's,
  // so the state's where it happens, as `Bakıda polis … saxlayıb` is (the page gold sets): the state of the town or capital
  // it is held in, else of the story just told (`detainingState`); added before the ones held when they are named, and with
  // no one named only at a protest (`unrestNouns`): suspects held in a town, no protest told, name no side (the headline sets)
  // (arrests, repression, curfews and emergencies only: a ban told in the passive, `X-in limanlarına girişi qadağan ediləcək`,
  // is a state's act on another, told by who bans)
  if (passive && !subject && !e.crime && e.type === "COERCE" && POLICE_CAMEOS.includes(e.cameo ?? "") && !namedAgent(ctx, t, cs, hit.head) &&
    (heldNamed(ctx, actors, sent.tokStart, sent.tokEnd) || unrestIn(ctx, t, sent.tokStart, sent.tokEnd) || bareAgent(ctx, t, cs, hit.head))) {
    const state = detainingState(ctx, t, sent.tokStart, sent.tokEnd, sameSide);
    if (state && !actors.some((a) => ctx.actorName(a) === state)) actors.unshift(state);
  }
  // (and so is an exercise held in a region or a city, `Naxçıvanda təlim toplanışı keçirilib`, `Ankarada "X-2025" təlimi
  // keçirilib`: the place named, as the gold sets read it, not the state a capital stands for)
  if (actors.length === 0 && passive && place && e.type === "MOBILIZE") return { actors: [place.name], subjects: [], location };
  // (a group led by a person named before the trigger acts with that person at its head: `X-in başçılığı ilə nümayəndə heyəti`)
  const leader = passive ? undefined : leaderOf(ctx, t, cs, hit.head, quoted);
  if (leader) actors = [leader.name, ...actors.filter((a) => a !== leader.name)];
  const objectGroup = !!subject && !groupSubject && !passive && !MUTUAL.has(e.type) && groupObjectPhrase(ctx, t, subject.tokEnd, hit.head);
  return { ...(objectGroup ? { objectGroup } : {}), actors: unique(actors.map((a) => ctx.actorName(a))), subjects: subjectName ? [ctx.actorName(subjectName)] : [],
    coSubjects: coSubjects.map((a) => ctx.actorName(a)), location, ...(topical ? { topical } : {}),
    ...(group ? { group: { ...group, sides: unique(group.sides.map((a) => ctx.actorName(a))), rest: unique(group.rest.map((a) => ctx.actorName(a))) } } : {}) };
}

/** The person in the genitive right before a noun of leading (the table `leaderNouns`, possessed, `başçılığı ilə`, or bare
 *  before a participle, `rəhbərlik etdiyi`) over [a, head): the one at the head of the group that acts; else undefined. */
function leaderOf(ctx: DocContext, t: EventTables, a: number, head: number, quoted: boolean): MentionInfo | undefined {
  const nouns = t.leaderNouns;
  if (!nouns?.length) return undefined;
  for (const m of ctx.mentionsIn(a, head)) {
    if (m.case !== "gen" || m.type !== "PER" || m.kind !== "entity" || (ctx.quoted[m.tokStart] === 1) !== quoted) continue;
    const tk = ctx.tokens[m.tokEnd], next = ctx.tokens[m.tokEnd + 1];
    if (!tk || tk.sent !== ctx.tokens[m.tokStart].sent || m.tokEnd >= head || !ctx.stemForm(tk, nouns, "noun")) continue;
    if (tk.analysis?.poss === undefined && !(next?.analysis?.pos === "VERB" && next.analysis.verbForm === "part")) continue;
    // (the group led is the subject: a group noun in a case after it is what is acted on, `X Y-in başçılığı ilə gələn heyəti
    // qəbul edib`, X received it)
    for (let j = m.tokEnd + 1; j <= head && j < ctx.tokens.length; j++) {
      const a = ctx.tokens[j].analysis;
      if (a?.pos !== "NOUN" || (a.poss === undefined && a.case === undefined)) continue;
      // (the group before a postposition is a partner, `X-in rəhbərlik etdiyi heyət ilə görüşüb`, no subject)
      const post = ctx.tokens[j + 1] && ctx.t.postpositionCases?.some(([w]) => w === ctx.tokens[j + 1].lower);
      return (a.case === undefined || a.case === "nom") && !post ? m : undefined;
    }
    return m;
  }
  return undefined;
}

/** Words between a gathering's owner and the frame word after the gathering's noun (`Şurasının növbəti iclası çərçivəsində`). */
const FRAME_REACH = 3;

/** The genitive `m` owns a gathering noun with its possessive right before a frame that places an act within it
 *  (`MDB Dövlət Başçıları Şurasının iclası çərçivəsində`), before the trigger at `head`. */
function framesAct(ctx: DocContext, t: EventTables, m: MentionInfo, head: number): boolean {
  for (let k = m.tokEnd; k < Math.min(head - 1, m.tokEnd + FRAME_REACH); k++) {
    const tk = ctx.tokens[k];
    if (tk.kind !== "word") return false;
    if (tk.analysis?.poss === "3" && ctx.stemForm(tk, t.eventNouns) && t.withinFrames?.includes(ctx.tokens[k + 1]?.lower ?? "")) return true;
    if (tk.analysis?.case !== undefined) return false;
  }
  return false;
}

/** The opening quotation mark of the name in quotation marks that closes right before `head`. */
function quotedNameStart(ctx: DocContext, head: number): number {
  for (let j = head - 2; j >= 0 && ctx.tokens[j].sent === ctx.tokens[head].sent; j--) if (ctx.tokens[j].kind === "punct" && /["“«]/.test(ctx.tokens[j].norm)) return j;
  return head;
}

/** The mention owns the means an act is done by (`ABŞ-ın vasitəçiliyi ilə`). */
function meansOwner(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  return m.case === "gen" && meansPhrase(ctx.tokens, m.tokEnd - 1, ctx.tokens.length, t.meansNouns ?? [], instrumentalWords(t)) > 0;
}

/** The mention, in the nominative, is joined by a comma or a conjunction to the owner of the means an act is done by
 *  (`X və Y-in vasitəçiliyi ilə`: X helped too). */
function meansConjunct(ctx: DocContext, t: EventTables, m: MentionInfo, pool: MentionInfo[]): boolean {
  for (let cur = m; cur.case === "nom";) {
    const w = ctx.tokens[cur.tokEnd];
    if (!w || !(w.norm === "," || (t.coordinators?.includes(w.lower) ?? false))) return false;
    const next = pool.find((x) => x.tokStart === cur.tokEnd + 1);
    if (!next) return false;
    if (next.case === "gen") return meansOwner(ctx, t, next);
    cur = next;
  }
  return false;
}

/** The side in the accusative before an act closing with a cause word, `Y-i Z-yə hücumlara görə`: whose act the cause is.
 *  (A reason participle with an object of its own, `Y-i Z-i dəstəklədiyinə görə`, is `reasonDoer`'s, whatever the verb.) */
function causeSide(ctx: DocContext, t: EventTables, hit: TriggerHit, before: MentionInfo[]): MentionInfo | undefined {
  if (!t.blameVerbs || !t.causeWords?.includes(ctx.tokens[hit.end]?.lower ?? "")) return undefined;
  // (only before a verb of blame or thanks: `Y-i … vurduğuna görə sanksiya tətbiq edib` leaves Y the one struck)
  const sent = ctx.tokens[hit.head].sent;
  let blamed = false;
  for (let j = hit.end + 1; j <= hit.end + 3 && ctx.tokens[j]?.sent === sent; j++) if (ctx.stemForm(ctx.tokens[j], t.blameVerbs, "both")) blamed = true;
  return blamed ? before.find((m) => m.case === "acc") : undefined;
}

/** The event noun, in the genitive with no owner (`görüşün`, `danışıqların`), is the subject of a participle of a tense
 *  with a possessive and a case later in its clause (`… mümkün olacağını`), no finite verb between. */
function subjectOfReported(ctx: DocContext, hit: TriggerHit, ce: number): boolean {
  const last = ctx.tokens[hit.end - 1].analysis;
  if (last?.case !== "gen" || last.poss !== undefined) return false;
  for (let j = hit.end; j < ce; j++) {
    const a = ctx.tokens[j].analysis;
    if (a?.pos !== "VERB") continue;
    // (a participle of a tense, `olacağını`, `keçirildiyini`: what is said of it; not an action noun of a doer's act,
    // `sanksiyaların uzadılmasına razılıq verib`, whose genitive is what is acted on)
    if (a.case !== undefined && a.poss !== undefined) return a.tense !== undefined;
    // (a converb before the auxiliary that carries the endings, `keçirilə biləcəyini`, goes on with it)
    const aux = ctx.tokens[j + 1]?.analysis;
    if (finite(ctx, ctx.tokens[j]) && !(j + 1 < ce && aux?.pos === "VERB" && aux.case !== undefined && aux.poss !== undefined)) return false;
  }
  return false;
}

/** A name in the comitative opening a topic phrase that closes before `head` on a possessed noun: right after it (`X ilə
 *  görüşü barədə`, his meeting with X) or past a word of doing together (`X ilə birlikdə açılışında iştirakı barədə`). The
 *  name is that noun's argument, not the verb's. (Not before a bare noun, `X ilə sülh barədə`, nor a compound's noun,
 *  `X ilə təhlükəsizlik məsələləri barədə`, nor a genitive owning the phrase, `X ilə ölkənin gələcəyi barədə`: talks with X.) */
function insideTopicPhrase(ctx: DocContext, t: EventTables, m: MentionInfo, head: number): boolean {
  if (m.case !== "ins" || m.tokEnd > head) return false;
  const toks = ctx.tokens;
  let k = m.tokEnd;
  if ((t.postpositionCases ?? []).some(([w, c]) => c === "ins" && w === toks[k]?.lower)) k++;
  const together = !!toks[k] && !!t.togetherWords?.includes(toks[k].lower);
  if (together) k++;
  let p = k;
  while (p < head && toks[p].kind === "word" && !t.topicWords.includes(toks[p].lower)) {
    const an = toks[p].analysis;
    if (an?.pos !== "NOUN" || an.case === "gen" || ctx.mentionsIn(p, p + 1).length > 0) return false;
    p++;
  }
  if (p >= head || p === k || !t.topicWords.includes(toks[p].lower) || toks[p].sent !== toks[head].sent) return false;
  return toks[p - 1].analysis?.poss !== undefined && (together || p === k + 1);
}

/** Words a topic phrase may hold after a name before its topic word (`X dəhlizi ilə bağlı`). */
const TOPIC_REACH = 3;

/** The name `m` opens a phrase its topic word closes, past the nouns it modifies and a linking word, before `head` or after
 *  a noun trigger (`X dəhlizi ilə bağlı … razılaşdırılıb`, `Görüşdə X məsələsi ilə bağlı …`, `X haqqında`): what the act
 *  is about, no side of it. */
function namesTopic(ctx: DocContext, t: EventTables, m: MentionInfo, head: number): boolean {
  const toks = ctx.tokens, sent = toks[m.tokStart].sent;
  const end = m.tokEnd <= head ? head : ctx.doc.sentences[sent].tokEnd;
  for (let k = m.tokEnd; k < Math.min(end, m.tokEnd + TOPIC_REACH); k++) {
    const tk = toks[k];
    if (tk.kind !== "word") return false;
    if (t.topicWords.includes(tk.lower)) return true;
    if (t.topicLinks.includes(tk.lower)) return k + 1 < end && t.topicWords.includes(toks[k + 1].lower);
    const a = tk.analysis;
    if (a?.pos !== "NOUN" || a.case || a.poss === undefined || ctx.mentionsIn(k, k + 1).length > 0) return false;
  }
  return false;
}

/** A verbal noun or infinitive in [a, head) (`azad etməyi`): the words before it are its own arguments. */
function innerVerbAfter(ctx: DocContext, a: number, head: number): boolean {
  for (let j = a; j < head; j++) {
    const an = ctx.tokens[j].analysis;
    if (an?.pos === "VERB" && (an.verbForm === "inf" || an.verbForm === "vnoun")) return true;
  }
  return false;
}

/** A bare infinitive qualifying the noun right after it, in a case the act takes its object in, stands in [a, head) (`Y-ə
 *  qaz ixracını artırmaq planına`, `… dayandırmaq qərarına`): the names before it are its arguments, in the plan or decision
 *  acted on, not the act's (not a purpose, `Y-ə təzyiqi artırmaq məqsədilə`). */
function infinitiveModifierAfter(ctx: DocContext, a: number, head: number, objCases: readonly string[]): boolean {
  for (let j = a; j + 1 < head; j++) {
    const an = ctx.tokens[j].analysis, nx = ctx.tokens[j + 1].analysis;
    if (an?.pos === "VERB" && an.verbForm === "inf" && !an.case && an.poss === undefined && ctx.tokens[j + 1].kind === "word" && nx?.pos === "NOUN" &&
      !!nx.case && objCases.includes(nx.case)) return true;
  }
  return false;
}

/** A name that only nationality words stand for in the sentence [a, b), no name of its own, and not by the state's
 *  forces (`rus qoşunları` acting is the state acting). */
function nationalOnly(ctx: DocContext, a: number, b: number, name: string): boolean {
  const ms = ctx.mentionsIn(a, b).filter((m) => m.name === name);
  return ms.length > 0 && ms.every((m) => m.nationality && !m.force);
}

/** The name of the gathering (a MISC entity) the word at `head` closes, as a list of one, else none. */
function namedGathering(ctx: DocContext, head: number): string[] {
  const tk = ctx.tokens[head];
  const en = ctx.doc.entities.find((x) => x.type === "MISC" && x.start < tk.start && x.end === tk.end);
  return en ? [en.name] : [];
}

/** A name that opens its sentence (past opening punctuation) and is followed by a colon before the trigger:
 *  the label of a headline (`KİV: …`, `X: "…"`), the source of what follows. */
function label(ctx: DocContext, m: MentionInfo, sentStart: number, head: number): boolean {
  // (past a closing quotation mark: `"X": …`)
  const k = ctx.tokens[m.tokEnd]?.norm === '"' ? m.tokEnd + 1 : m.tokEnd;
  return k < head && ctx.tokens[k]?.norm === ":" && afterOpening(ctx, m.tokStart, sentStart);
}

/** The token after the first finite verb at or after `i` in its sentence (else the sentence end). */
function predicateEnd(ctx: DocContext, i: number, sentEnd: number): number {
  for (let j = i; j < sentEnd; j++) {
    const a = ctx.tokens[j].analysis;
    if (a?.pos === "VERB" && finite(ctx, ctx.tokens[j])) return j + 1;
  }
  return sentEnd;
}

/** A trigger verb that is a converb sharing its subject with the main verb (`-arkən`, `-araq`): the nominative
 *  named after it, before the main verb (`… çıxış edərkən X-in naziri Y bildirib`), a person first. A person in
 *  the nominative before the converb is its subject already (`X … çıxış edərkən bildirib`). */
function sharedSubject(ctx: DocContext, t: EventTables, hit: TriggerHit, before: MentionInfo[], quoted: boolean, told: (m: MentionInfo) => boolean): MentionInfo | undefined {
  const a = ctx.tokens[hit.verb].analysis;
  const last = a?.suffixes?.[a.suffixes.length - 1];
  if (a?.verbForm !== "conv" || !last || !t.sharedSubjectConverbs?.includes(last)) return undefined;
  if (before.some((m) => m.case === "nom" && m.type === "PER" && !modifiesNoun(ctx, m))) return undefined;
  const sent = ctx.doc.sentences[ctx.tokens[hit.verb].sent];
  const until = predicateEnd(ctx, hit.verb + 1, sent.tokEnd);
  const after = pickSubject(ctx.actorsIn(hit.verb + 1, until, quoted).filter((m) => m.case === "nom" && told(m) && !modifiesNoun(ctx, m)));
  // (a side named before it outranks a body or a place after it: `X Y-ə hücum edərək Z …`)
  return after?.type === "PER" || !before.some((m) => m.case === "nom" && !modifiesNoun(ctx, m)) ? after : undefined;
}

/** An event noun that frames the main clause (`X-lə görüşdən sonra Y …`, `danışıqlar zamanı Y …`), with no subject
 *  before it, is done by the main clause's subject, named after the frame. */
function framedSubject(ctx: DocContext, t: EventTables, hit: TriggerHit, before: MentionInfo[], quoted: boolean, told: (m: MentionInfo) => boolean): MentionInfo | undefined {
  const next = ctx.tokens[hit.end];
  if (!next || next.sent !== ctx.tokens[hit.head].sent || !t.sharedFrames?.includes(next.lower)) return undefined;
  if (before.some((m) => m.case === "nom" && !modifiesNoun(ctx, m))) return undefined;
  const until = predicateEnd(ctx, hit.end + 1, ctx.doc.sentences[next.sent].tokEnd);
  return pickSubject(ctx.actorsIn(hit.end + 1, until, quoted).filter((m) => m.case === "nom" && told(m) && !modifiesNoun(ctx, m)));
}

/** The word before a trigger is a journalist in the comitative (`jurnalistlərlə`). */
function pressPartner(ctx: DocContext, t: EventTables, head: number): boolean {
  const tk = ctx.tokens[head - 1];
  if (!tk || tk.sent !== ctx.tokens[head].sent || tk.analysis?.case !== "ins") return false;
  return t.interviewers?.some((w) => tk.analysis?.stem === w) ?? false;
}

/** A passive act on a document named in quotation marks right before it (`“X ilə Y arasında … Proqramı”
 *  imzalanıb`): the parties its title names are the sides. A title is no speech, so its names count. */
function titleParties(ctx: DocContext, cs: number, head: number): string[] {
  const close = ctx.tokens[head - 1];
  if (!close || close.kind !== "punct" || !ctx.quoted[head - 2] || ctx.quoted[head]) return [];
  return unique(ctx.actorsIn(cs, head, true).map((m) => m.name));
}

/** The clause opens after `ki,`: the clause before is who says it, not who does it. */
/** The clause before the one opening at `cs` ends in an outlet's lead verb and `ki` (`X xəbər verir ki,`, `X yazır ki,`). */
function outletLead(ctx: DocContext, t: EventTables, cs: number): boolean {
  const leads = t.modes.outletLeads ?? [];
  for (let j = cs - 1; j >= Math.max(0, cs - 3); j--) {
    if (!t.complementisers.includes(ctx.tokens[j].lower)) continue;
    return [j - 1, j - 2].some((k) => k >= 0 && ctx.tokens[k].kind === "word" && ctx.stemForm(ctx.tokens[k], leads, "both") !== null);
  }
  return false;
}

/** The clause opening at `cs` follows an active converb that shares its subject (`t.sharedSubjectConverbs`) and a comma:
 *  the nominative of that converb's own clause (after the comma or complementiser before it) is this clause's subject too.
 *  (A passive converb's nominative is what was done; a clause with no nominative of its own, `… uyğun olaraq,`, gives none.) */
function converbSubject(ctx: DocContext, t: EventTables, cs: number, quoted: boolean, told: (m: MentionInfo) => boolean): MentionInfo | undefined {
  const comma = ctx.tokens[cs - 1], c = cs - 2, tk = ctx.tokens[c];
  if (!comma || comma.norm !== "," || !tk || tk.sent !== comma.sent) return undefined;
  const a = tk.analysis, last = a?.suffixes?.[a.suffixes.length - 1];
  if (a?.verbForm !== "conv" || a.passive || !last || !t.sharedSubjectConverbs?.includes(last)) return undefined;
  const sent = ctx.doc.sentences[tk.sent];
  let from = sent.tokStart;
  for (let j = c - 1; j > sent.tokStart; j--) {
    if (ctx.tokens[j].norm === "," || t.complementisers.includes(ctx.tokens[j].lower)) { from = j + 1; break; }
  }
  return pickSubject(ctx.actorsIn(from, c, quoted).filter((m) => m.case === "nom" && told(m) && !passiveClause(ctx, m.tokStart) && !modifiesNoun(ctx, m)));
}

function afterComplementiser(ctx: DocContext, t: EventTables, cs: number): boolean {
  for (let j = cs - 1; j >= Math.max(0, cs - 2); j--) {
    if (t.complementisers.includes(ctx.tokens[j].lower)) return true;
  }
  return false;
}

/** The clause from `cs` names a subject of its own before the trigger at `head`: a bare noun or pronoun in the
 *  nominative that modifies no noun after it and is no bare object right before the verb (`… əcnəbilər … keçməlidirlər`;
 *  not `sülh sazişi imzalamağa`), or an event noun opening the clause itself (`danışıqlar zamanı …`). */
function ownSubject(ctx: DocContext, cs: number, head: number, nominal: boolean): boolean {
  let firstWord = -1;
  for (let k = cs; k < head; k++) {
    const tk = ctx.tokens[k], a = tk.analysis;
    if (tk.kind !== "word") continue;
    if (firstWord < 0) firstWord = k;
    // (a plural adjective is a noun: `əcnəbilər`; a word of a time expression is none: `bu həftə`)
    if (!a || (a.pos !== "NOUN" && a.pos !== "PRON" && !(a.pos === "ADJ" && a.plural)) || a.case || isCapitalised(tk)) continue;
    if (ctx.doc.timexes?.some((x) => x.start <= tk.start && tk.end <= x.end)) continue;
    if (a.poss !== undefined && a.pos === "NOUN") continue;
    const next = ctx.tokens[k + 1]?.analysis;
    if (next?.pos === "NOUN" && next.poss !== undefined) continue;
    if (k + 1 >= head) continue;
    return true;
  }
  return nominal && firstWord < 0;
}

/** Nominative mentions joined to `m` by a conjunction or a comma (`X, Y və Z`), in text order. */
function conjuncts(ctx: DocContext, t: EventTables, m: MentionInfo, pool: MentionInfo[]): MentionInfo[] {
  const joins = (a: MentionInfo, b: MentionInfo) => {
    // a role and the name it titles are one side (`Prezident X və Y görüşüblər`: X, then Y)
    if (b.tokStart === a.tokEnd && a.kind === "role" && a.name === b.name) return true;
    // (quoted names keep their marks about the conjunction: `"X" və "Y"a`)
    let k = a.tokEnd, end = b.tokStart;
    while (k < end && isQuote(ctx.tokens[k])) k++;
    while (end > k && isQuote(ctx.tokens[end - 1])) end--;
    // (a person after the conjunction may carry a title the role tables do not link, `X və Birinci vitse-prezident Y`:
    // up to three bare nominative words, no verb, between the conjunction and that person's name)
    // (the title may open with the state or body owning it, `X və ABŞ-ın xüsusi nümayəndəsi Y`)
    if (end - k > 1 && end - k <= 4 && b.type === "PER" && b.kind === "entity" && a.type === "PER" && b.case === "nom" &&
      (t.coordinators?.includes(ctx.tokens[k].lower) ?? false) &&
      ctx.tokens.slice(k + 1, end).every((w, i) => w.kind === "word" && (!w.analysis?.case || (i === 0 && w.analysis.case === "gen" && isCapitalised(w))) &&
        w.analysis?.pos !== "VERB" && !(t.coordinators?.includes(w.lower) ?? false))) return true;
    if (end - k !== 1) return false;
    const w = ctx.tokens[k];
    return w.norm === "," || (t.coordinators?.includes(w.lower) ?? false);
  };
  // (joined names may each carry the case, `X-i və Y-i dəvət edib`, or the last one for both, `X və Y-lə`)
  // (and the last of joined owners may carry the genitive for all, `X və Y-nin nazirləri telefonla danışıb`: both states'
  // ministers; a conjunction or comma must stand between, as below)
  const noms = pool.filter((x) => x.case === "nom" || x.case === m.case || x === m || (m.case === "nom" && x.case === "gen" && x.tokStart > m.tokEnd));
  const k = noms.indexOf(m);
  const out: MentionInfo[] = [];
  if (k < 0) return out;
  for (let j = k + 1; j < noms.length && joins(noms[j - 1], noms[j]); j++) out.push(noms[j]);
  for (let j = k - 1; j >= 0 && joins(noms[j], noms[j + 1]); j--) out.unshift(noms[j]);
  // (the name a role titles is no other side)
  return out.filter((x) => x.name !== m.name);
}

/** The name in the comitative opening clause `cs` right before the nominative subject `m`, by its ending or by the
 *  postposition (`X-la Y`, `X ilə Y`): the two are the subject together. */
function comitativeOpener(ctx: DocContext, t: EventTables, m: MentionInfo, pool: MentionInfo[], cs: number): MentionInfo | undefined {
  if (m.case !== "nom") return undefined;
  const sent = ctx.doc.sentences[ctx.tokens[m.tokStart].sent];
  return pool.find((p) => p.case === "ins" && (p.tokStart === cs || p.tokStart === sent.tokStart) && p.name !== m.name && !p.pair &&
    (p.tokEnd === m.tokStart || (p.tokEnd + 1 === m.tokStart && instrumentalWords(t).has(ctx.tokens[p.tokEnd].lower))));
}

/** Words looked past from a participle to the person a body's office titles (`gələn X Xalq Məsləhətinin sədri Y`). */
const TITLED_REACH = 6;

/** The person named right after the office noun of a body or state, from token `from` (`X Xalq Məsləhətinin sədri Y`,
 *  `X-in xarici işlər naziri Y`): the office nouns are the table `officeNouns` of the vetoes. */
function titledPerson(ctx: DocContext, t: EventTables, from: number, quoted: boolean): MentionInfo | undefined {
  const offices = t.vetoes?.officeNouns ?? [];
  const ms = ctx.actorsIn(from, from + TITLED_REACH + 4, quoted);
  // (a title the entity stage linked to the person, `Türkiyənin xarici işlər naziri Hakan Fidan`, is one mention)
  const titled = ms.find((m) => m.tokStart === from && m.type === "PER" && m.kind === "role");
  if (titled) return titled;
  // (the body's name may be no side of its own, only the office's modifier: past its words in no case or the genitive)
  let office = false;
  for (let k = from; k < from + TITLED_REACH; k++) {
    const tk = ctx.tokens[k], a = tk?.analysis;
    if (!tk || tk.sent !== ctx.tokens[from].sent) return undefined;
    const person = ms.find((m) => m.tokStart === k && m.type === "PER");
    if (person) return office || person.kind === "role" ? person : undefined;
    if (tk.kind !== "word" || a?.pos === "VERB" || (a?.case !== undefined && a?.case !== "nom" && a?.case !== "gen")) return undefined;
    office = a?.poss !== undefined && a.case === undefined && offices.some((o) => a.stem === o);
  }
  return undefined;
}

/** The clause holding token `i` ends in a passive verb (the word before its closing comma). */
function passiveClause(ctx: DocContext, i: number): boolean {
  let v = ctx.clauseEnd[i];
  if (ctx.tokens[v]?.kind === "punct") v--;
  const tk = ctx.tokens[v];
  return tk?.analysis?.passive === true;
}

/** Cases of a possessed noun that make a bare name before it its modifier (`ABŞ universitetlərində`). */
const OBLIQUE_HEAD = new Set(["gen", "dat", "acc", "loc", "abl", "ins"]);

/** A bare name right before a common noun with a possessive and an oblique case, past at most one bare
 *  noun, modifies that noun (an izafet: `ABŞ universitetlərində` at US universities, `Qətər kral ailəsindən`
 *  from Qatar's royal family): it is not the clause's subject, and it stands in the case of that noun. */
function izafetCase(ctx: DocContext, m: MentionInfo): MentionInfo["case"] | null {
  // an owner in the genitive stands for the object it owns right after it: `X-in mandatını ləğv edib`
  // is done to X
  if (m.case !== "nom" && m.case !== "gen") return null;
  const sent = ctx.tokens[m.tokStart].sent;
  // a reflexive after the name (`X öz bazarını açır`) makes it the subject, the owner of what follows
  if (ctx.t.reflexives?.includes(ctx.tokens[m.tokEnd]?.lower ?? "")) return null;
  // a time expression right after the name (`X iyun ayında Bakıya gələcək`, `X ötən ilin sonunda`) is an adverbial of
  // the clause: its possessed noun is the month's or the year's, and the name stays the subject
  if (ctx.timedIn(m.tokEnd, m.tokEnd + 1)) return null;
  // (past bare words before the owned noun: `X-in müdafiə nazirini`, `X-in xarici işlər nazirini`; a person's bare name
  // owns only the noun right after it, before a compound it is the subject: `X istefa ərizəsini … təqdim edib`)
  let unit = 0; // (one more word past a district's genitive: `X rayonunun yaşayış məntəqələrini`)
  for (let j = m.tokEnd; j < m.tokEnd + (m.case === "gen" ? 3 : m.type === "PER" ? 1 : 2) + unit; j++) {
    const tk = ctx.tokens[j];
    const a = tk?.analysis;
    // (and past a number: `X-in 5 təyyarəsini vurduğunu` shot down five of X's planes, X is no subject)
    // (after a bare name, an adjective before a possessed noun in the dative: `X hərbi obyektlərinə`, X's military sites)
    if (!a || tk.sent !== sent || nameWord(ctx, tk, m) || (a.pos !== "NOUN" && !(m.case === "gen" && (a.pos === "ADJ" || a.pos === "NUM") && a.case === undefined && a.poss === undefined) &&
      !(m.case === "nom" && j === m.tokEnd && a.pos === "ADJ" && a.case === undefined && a.poss === undefined && ctx.tokens[j + 1]?.analysis?.pos === "NOUN" && ctx.tokens[j + 1].analysis?.poss !== undefined && ctx.tokens[j + 1].analysis?.case === "dat"))) return null;
    // (a noun that names a person itself, `X həmkarını`, X's counterpart, is a side of its own: X stays the subject)
    if (ctx.mentionsIn(j, j + 1).some((p) => p.kind === "pronoun")) return null;
    // (nor does a nationality with its noun, `X türk həmkarını`, `X rus əsirlərini`: a side of its own, its state)
    if (ctx.mentionsIn(j, j + 4).some((p) => p.nationality && p.tokStart === j)) return null;
    // (a postposition after a bare noun closes a phrase of its own: `X sülh müqabilində`)
    if (j > m.tokEnd && ctx.t.postpositionNouns?.includes(tk.lower)) return null;
    // (a name's own speech is where it acts: `X müsahibəsində`, in X's interview, X is the subject)
    if (m.case === "nom" && a.poss !== undefined && a.case === "loc" && ctx.t.settingNouns?.includes(a.stem)) return null;
    // (after a genitive the noun is possessed whatever the morphology read: `X-in mandatını`)
    // (a bare place before its district's or region's genitive goes on to the noun that genitive owns: `X rayonunun kəndlərini
    // atəşə tutub`, the villages of X district)
    // (only to its land or what stands on it, `kəndlərini`, `ərazisini`: its people or officials, `rayonunun sakinlərini`, are
    // sides of their own)
    if (m.case === "nom" && m.type === "LOC" && j === m.tokEnd && a.poss !== undefined && a.case === "gen" && !!ctx.t.placeUnitNouns?.includes(a.stem) &&
      !!ctx.t.placeUnitParts?.includes(ctx.tokens[j + 1]?.analysis?.stem ?? "")) { unit = 1; continue; }
    if ((a.poss !== undefined || m.case === "gen") && a.case !== undefined && OBLIQUE_HEAD.has(a.case) && (m.case === "nom" || a.case === "acc")) return a.case;
    if (a.poss !== undefined || a.case !== undefined) return null;
  }
  return null;
}

/** A capitalised word after the name `m` that may name someone else: after a genitive, only one inside a
 *  name; a capitalised title it owns is a noun (`X-in Baş nazirini`, `X-in Baş naziri ilə`, as in lower case). */
function nameWord(ctx: DocContext, tk: Token, m: MentionInfo): boolean {
  if (!isCapitalised(tk)) return false;
  return m.case !== "gen" || ctx.doc.entities.some((e) => e.start <= tk.start && tk.end <= e.end);
}

/** Words looked over after a name for the noun that ends its chain of owners. */
const CHAIN_REACH = 4;

/** A name owning, by a chain of genitives, a noun before a postposition stands in the postposition's
 *  case: `X dövlət katibinin müavini ilə` (with X's deputy secretary) is a meeting with X. */
function chainCase(ctx: DocContext, t: EventTables, m: MentionInfo): MentionInfo["case"] | null {
  if (m.case !== "nom" && m.case !== "gen") return null;
  const sent = ctx.tokens[m.tokStart].sent;
  for (let j = m.tokEnd; j < m.tokEnd + CHAIN_REACH; j++) {
    const tk = ctx.tokens[j], a = tk?.analysis;
    if (!a || tk.sent !== sent || nameWord(ctx, tk, m) || (a.pos !== "NOUN" && a.pos !== "ADJ")) return null;
    // (a nationality with its noun is a side of its own: `X türk həmkarı ilə`)
    if (ctx.mentionsIn(j, j + 4).some((p) => p.nationality && p.tokStart === j)) return null;
    // (bare words and genitives go on along the chain; a possessed noun in no case ends it)
    if (a.case === "gen" || (a.case === undefined && a.poss === undefined)) continue;
    if (a.case !== undefined) return null;
    // (the owner of the means it is done by helped it, `X-in vasitəçiliyi ilə`: no partner)
    if (t.meansNouns && ctx.stemForm(tk, t.meansNouns, "noun")) return null;
    const post = ctx.tokens[j + 1];
    if (!post || post.sent !== sent) return null;
    return t.postpositionCases?.find(([w]) => w === post.lower)?.[1] ?? null;
  }
  return null;
}

/** The acts and agreements of the tables as one list (made once per table: its stems are looked up by first letter). */
const documentNouns = new WeakMap<object, string[]>();

/** One of the two nouns after name `m` is a document (`X qanun layihəsini`), by the tables' acts and agreements. */
function documentAfter(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const own = t.vetoes?.ownActs;
  if (!own) return false;
  let nouns = documentNouns.get(own);
  if (!nouns) documentNouns.set(own, (nouns = [...own.acts, ...own.agreements]));
  for (let j = m.tokEnd; j < m.tokEnd + 2 && j < ctx.tokens.length; j++) if (ctx.stemForm(ctx.tokens[j], nouns, "noun")) return true;
  return false;
}

/** An organ of a state (the table `organNouns`: `nümayəndə heyəti`, `hökuməti`), possessed and in the nominative,
 *  within two words after the name. */
function organOwned(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const organs = t.organNouns;
  if (!organs) return false;
  for (let j = m.tokEnd; j < m.tokEnd + 2 && j < ctx.tokens.length; j++) {
    const a = ctx.tokens[j].analysis;
    if (a?.pos !== "NOUN" || ctx.tokens[j].sent !== ctx.tokens[m.tokStart].sent) return false;
    if (a.poss !== undefined) return a.case === undefined && !!ctx.stemForm(ctx.tokens[j], organs, "noun");
  }
  return false;
}

/** A bare name modifying the noun after it (`ABŞ universitetlərində`): no subject of the clause. */
function modifiesNoun(ctx: DocContext, m: MentionInfo): boolean {
  return izafetCase(ctx, m) !== null;
}

/** Names looked past after a bare name for the settlement noun a list of them ends in (`X, Y və Z kəndləri`). */
const GROUND_LIST_REACH = 12;

/** A bare name heading a settlement noun in the possessive, alone or in a list of names ending in one (`X kəndi`, `X, Y
 *  kəndləri`, the table `groundNouns`): the place an act is told at, which does nothing itself. */
function groundName(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const nouns = t.groundNouns;
  if (!nouns?.length) return false;
  const sent = ctx.tokens[m.tokStart].sent;
  // (another name is of the list only after a comma or a coordinator: `X Y rayonuna` is X going to Y)
  let joined = false;
  for (let k = m.tokEnd; k < m.tokEnd + GROUND_LIST_REACH && k < ctx.tokens.length && ctx.tokens[k].sent === sent; k++) {
    const tk = ctx.tokens[k];
    if (tk.analysis?.poss !== undefined && ctx.stemForm(tk, nouns)) return true;
    // (past a bare noun of the compound before it, `X yaşayış məntəqəsi`)
    const next = ctx.tokens[k + 1];
    if (tk.analysis?.pos === "NOUN" && tk.analysis.case === undefined && tk.analysis.poss === undefined && next?.sent === sent &&
      next.analysis?.poss !== undefined && ctx.stemForm(next, nouns)) return true;
    // (past the other names of the list and what joins them, `eləcə də` and the district of the next names, `Y rayonunun`)
    if (tk.lower === "," || (t.coordinators ?? []).includes(tk.lower)) { joined = true; continue; }
    if ((t.focusParticles ?? []).includes(tk.lower) && (t.coordinators ?? []).includes(ctx.tokens[k - 1]?.lower ?? "")) continue;
    if (k > m.tokEnd && tk.analysis?.case === "gen" && ctx.stemForm(tk, t.placeUnitNouns ?? [])) continue;
    if (!joined) return false;
    joined = false;
    const other = ctx.mentions.find((x) => x.tokStart <= k && k < x.tokEnd);
    if (other) { k = other.tokEnd - 1; continue; }
    // (a capitalised name of the list the entities did not know, `X, Sarıbulaq kəndləri`)
    if (tk.kind !== "word" || !isCapitalised(tk) || tk.analysis?.case !== undefined) return false;
  }
  return false;
}

/** A bare name right before a possessed noun, a word of its phrase (`X marşrutu`, `X limanının`). */
function compoundModifier(ctx: DocContext, m: MentionInfo): boolean {
  const next = ctx.tokens[m.tokEnd];
  return next?.kind === "word" && next.sent === ctx.tokens[m.tokStart].sent && next.analysis?.pos === "NOUN" && next.analysis.poss !== undefined;
}

/** The genitive name before an object participle (a verb with a possessive, `endirdiyi`) that stands
 *  right before the noun trigger, past bare modifiers: the participle's subject. */
function participleOwner(ctx: DocContext, before: MentionInfo[], cs: number, head: number): MentionInfo | undefined {
  for (let p = head - 1; p >= Math.max(cs, head - 3); p--) {
    const a = ctx.tokens[p].analysis;
    if (!a) return undefined;
    if (a.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && a.case === undefined) {
      return [...before].reverse().find((m) => m.case === "gen" && m.tokEnd <= p);
    }
    if (a.pos !== "NOUN" && a.pos !== "ADJ" || a.case !== undefined || a.poss !== undefined) return undefined;
  }
  return undefined;
}

/** The trigger's own words hold an object participle with its possessive (`tətbiq etdiyi rüsumları`). */
function ownParticipleIn(ctx: DocContext, hit: TriggerHit): boolean {
  for (let p = hit.head; p < hit.end; p++) {
    const a = ctx.tokens[p].analysis;
    if (a?.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && a.case === undefined) return true;
  }
  return false;
}

/** Words after a subject participle within which the name it describes starts (`gələn Türkiyə Prezidenti X`). */
const HEAD_REACH = 2;

/** The participle of a relative clause the trigger is in, else -1: the trigger verb itself as a participle
 *  with no possessive before a word it describes (`gəlmiş əcnəbiləri`), or, for an event noun, a participle
 *  after it, past a time frame (`hücum zamanı yaralanmış əməkdaşların`). An object participle (`etdiyi`)
 *  has its subject in the genitive and is left to that rule. */
function relativeAt(ctx: DocContext, t: EventTables, hit: TriggerHit, nominal: boolean): number {
  const toks = ctx.tokens;
  let v = hit.verb;
  if (nominal) {
    v = hit.end;
    if (t.eventFrames.includes(toks[v]?.lower ?? "")) v++;
  }
  const tk = toks[v], next = toks[v + 1];
  const a = tk?.analysis;
  if (!a || !next || tk.sent !== toks[hit.head].sent || next.sent !== tk.sent || (next.kind !== "word" && next.kind !== "abbr")) return -1;
  // (a future form before a noun or a name describes it too: `səfər edəcək təyyarəsi`)
  const future = a.pos === "VERB" && a.verbForm === undefined && a.tense === "fut" && (next.analysis?.pos === "NOUN" || next.analysis?.pos === "PROPN");
  if (!(isParticiple(tk) || future) || a.poss !== undefined || a.case !== undefined || a.plural) return -1;
  // (a `-mış` form before a coordinator is the first of two predicates sharing one ending and subject:
  // `X Y-ə səfər etmiş və Z ilə görüşmüşdü`; a participle describes the noun right after it, never `və`)
  if (t.coordinators?.includes(next.lower)) return -1;
  return next.analysis?.pos === "VERB" ? -1 : v;
}

/** The genitive name before a relative clause whose participle at `rel` describes a noun it owns (`X-in Y-ə səfər
 *  edəcək təyyarəsi`, `X-in Bakıya gələn nümayəndə heyəti`): the owner of what the clause tells of. */
function describedOwner(ctx: DocContext, before: MentionInfo[], rel: number): MentionInfo | undefined {
  let j = rel + 1;
  const noun = (k: number) => ctx.tokens[k]?.sent === ctx.tokens[rel].sent ? ctx.tokens[k].analysis : undefined;
  if (noun(j)?.pos === "NOUN" && bare(ctx.tokens[j]) && noun(j + 1)?.pos === "NOUN") j++; // `nümayəndə heyəti`
  if (noun(j)?.pos !== "NOUN" || noun(j)?.poss !== "3") return undefined;
  const m = [...before].reverse().find((x) => x.case === "gen");
  return m && m.tokEnd <= rel && !modifiesNoun(ctx, m) ? m : undefined;
}

/** A genitive name owning, past bare words and genitives, a possessed noun in no case before the trigger:
 *  the subject noun phrase (`X-in kralı`, `X-in xarici işlər naziri`), of which the name stands for the owner. */
function ownsSubject(ctx: DocContext, m: MentionInfo, head: number): boolean {
  const sent = ctx.tokens[m.tokStart].sent;
  for (let j = m.tokEnd; j < Math.min(head, m.tokEnd + CHAIN_REACH); j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    if (!a || tk.sent !== sent || tk.kind !== "word" || isCapitalised(tk) || (a.pos !== "NOUN" && a.pos !== "ADJ")) return false;
    if (a.case === "gen" || (a.case === undefined && a.poss === undefined)) continue;
    if (a.case !== undefined || a.pos !== "NOUN") return false;
    // (a title before the person it names, `X-in naziri, şahzadə Y ilə`, `X-in naziri Y ilə`, is in that person's case)
    const nx = ctx.tokens[j + 1];
    // (nor is a noun a postposition governs, `X-in vasitəçiliyi ilə`: it is no subject)
    if (nx && ctx.t.postpositionCases?.some(([w]) => w === nx.lower)) return false;
    // (nor a noun closing a quoted title, `“X-in rəqəmsal potensialı” mövzusunda`: the name is the title's)
    if (nx?.kind === "punct" && nx.norm === '"') return false;
    return nx?.norm !== "," && !ctx.mentions.some((p) => p.tokStart === j + 1 && p.type === "PER");
  }
  return false;
}

/** A name in the ablative followed by one in the dative before an event noun `head`, with no verb from it to the noun (a
 *  headline's `X-dən Y-yə N`): the one the act comes from. */
function frameSource(ctx: DocContext, before: MentionInfo[], head: number): MentionInfo | undefined {
  // (or the object a postposition gives: `Türkiyədən Netanyahu barəsində həbs qərarı`)
  const src = before.find((m) => m.case === "abl" && m.tokEnd <= head && before.some((d) => (d.case === "dat" || d.case === "acc") && d.tokStart >= m.tokEnd && d.tokEnd <= head));
  if (!src) return undefined;
  for (let k = src.tokStart; k < head; k++) if (ctx.tokens[k].analysis?.pos === "VERB") return undefined;
  return src;
}

/** An ablative name before a subject participle that describes a body of people in no case (`X-dən gələn
 *  nümayəndə heyəti`): the people come from X, who is their side. */
function comesFrom(ctx: DocContext, t: EventTables, m: MentionInfo, head: number): boolean {
  const part = ctx.tokens[m.tokEnd], noun = ctx.tokens[m.tokEnd + 1];
  const a = part?.analysis, n = noun?.analysis;
  if (!a || !n || m.tokEnd + 1 >= head || noun.sent !== part.sent) return false;
  if (a.pos !== "VERB" || a.passive || a.poss !== undefined || !a.suffixes?.some((s) => t.vetoes?.subjectParticiples.includes(s))) return false;
  return n.pos === "NOUN" && n.case === undefined && !!t.bodyNouns?.includes(n.stem);
}

/** Words between a genitive and the possessed accusative it owns (`X-in şəxsi töhfəsini`). */
const OWNED_OBJECT_REACH = 3;

/** The genitive `m` owns a possessed noun in the accusative before `head` (`Makronun şəxsi töhfəsini`): the verb's object. */
function ownsObject(ctx: DocContext, m: MentionInfo, head: number): boolean {
  for (let k = m.tokEnd; k < Math.min(head, m.tokEnd + OWNED_OBJECT_REACH + 1); k++) {
    const a = ctx.tokens[k].analysis;
    if (a?.pos === "NOUN" && a.poss === "3" && a.case === "acc") return true;
    if (ctx.tokens[k].kind !== "word" || (a?.pos !== "ADJ" && a?.pos !== "NOUN") || a.case !== undefined) return false;
  }
  return false;
}

/** The verb at `verb` ends in an ending of the first person (the table `firstPersonEndings`: `qiymətləndiririk`, `edirəm`). */
function firstPersonVerb(ctx: DocContext, t: EventTables, verb: number): boolean {
  const a = ctx.tokens[verb].analysis;
  const last = a?.suffixes?.[a.suffixes.length - 1];
  return a?.pos === "VERB" && !!last && !!t.firstPersonEndings?.includes(last);
}

/** A quoted verb not of the first or second person with a proper noun in no case before it in its clause
 *  that no mention covers: a subject named in the quotation, who is not the speaker. */
function unreadSubject(ctx: DocContext, t: EventTables, cs: number, hit: TriggerHit): boolean {
  const a = ctx.tokens[hit.verb].analysis;
  const last = a?.suffixes?.[a.suffixes.length - 1];
  if (last && t.vetoes?.speakerPersons.includes(last)) return false;
  for (let k = cs; k < hit.head; k++) {
    const tk = ctx.tokens[k], b = tk.analysis;
    if (!ctx.quoted[k] || tk.kind !== "word" || b?.pos !== "PROPN" || b.case !== undefined || b.poss !== undefined) continue;
    if (!ctx.mentions.some((m) => m.tokStart <= k && k < m.tokEnd)) return true;
  }
  return false;
}

/** The name an object participle trigger verb (`etdiyi`, no case) describes, right after it: its object. */
function objectRelativeHead(ctx: DocContext, hit: TriggerHit, quoted: boolean): MentionInfo | undefined {
  if (!possessedVerbForm(ctx.tokens[hit.verb], "part")) return undefined;
  const m = ctx.actorsIn(hit.verb + 1, hit.verb + 1 + HEAD_REACH, quoted)[0];
  // (past a common noun, only a person it titles: `həbs etdiyi jurnalist X`; `həbs etdiyi jurnalisti Y azad edib`, Y frees)
  if (m && m.tokStart > hit.verb + 1 && m.type !== "PER" && !isCapitalised(ctx.tokens[hit.verb + 1])) return undefined;
  return m && m.tokStart <= hit.verb + HEAD_REACH && m.tokStart > hit.verb && m.case === "nom" ? m : undefined;
}

/** A verbal noun or object participle with a possessive of the third person (`etməsi`, `etdiyi`, `başlamasına`). */
function ownedForm(tk: Token | undefined): boolean {
  const a = tk?.analysis;
  // (the future participle, `X-in Y-ə hücum edəcəyi`, is read as a future tense with a possessive)
  return a?.pos === "VERB" && a.poss === "3" && (a.verbForm === "vnoun" || a.verbForm === "part" || (a.verbForm === undefined && a.tense === "fut")) && !a.passive;
}

/** The subject of the sentence before, for a finite active verb of the third person whose own sentence has
 *  before the trigger only dates, words in an oblique case and particles (`Həmin gün Y ilə görüşüb`): no
 *  nominative word that could be its subject, named or not. */
function droppedSubject(ctx: DocContext, t: EventTables, hit: TriggerHit, sent: { tokStart: number }): MentionInfo | undefined {
  const a = ctx.tokens[hit.verb].analysis;
  if (a?.pos !== "VERB" || !a.tense || a.passive || a.case || a.poss !== undefined || (a.verbForm && a.verbForm !== "fin")) return undefined;
  const last = a.suffixes?.[a.suffixes.length - 1];
  if (last && t.vetoes?.speakerPersons.includes(last)) return undefined;
  const si = ctx.tokens[hit.head].sent;
  if (si === 0 || sent.tokStart === 0) return undefined;
  const timexes = ctx.doc.timexes;
  for (let k = sent.tokStart; k < hit.head; k++) {
    const tk = ctx.tokens[k], c = tk.analysis?.case;
    if (tk.kind !== "word" || (c && c !== "nom") || tk.analysis?.pos === "OTHER") continue;
    if (timexes.some((x) => x.start <= tk.start && tk.end <= x.end)) continue;
    // (a name in an oblique case is no subject, whatever the morphology read its ending, its title with it: `Dövlət başçısı
    // Putini təbrik edib`, the one in focus acts on Putin)
    let obliqueEnd = -1;
    for (const m of ctx.mentions) {
      if (m.tokStart <= k && k < m.tokEnd && m.tokEnd <= hit.head && m.case !== undefined && m.case !== "nom" && m.case !== "gen") obliqueEnd = Math.max(obliqueEnd, m.tokEnd);
    }
    if (obliqueEnd > k) { k = obliqueEnd - 1; continue; }
    // (a noun framing the time, `Söhbət zamanı …`, is no subject)
    if (k + 1 < hit.head && t.eventFrames.includes(ctx.tokens[k + 1].lower)) { k++; continue; }
    // (nor a compound owned by a possessed noun in an oblique case, `ad günü münasibətilə`)
    const owned = obliqueOwnedAfter(ctx, k, hit.head);
    if (owned > k) { k = owned; continue; }
    return undefined;
  }
  const prev = ctx.doc.sentences[si - 1];
  if (ctx.quoted[prev.tokStart]) return undefined;
  return sentenceSubject(ctx, prev);
}

/** The possessed noun in an oblique case that the nominative word at k and the possessed nominatives after it modify
 *  (`ad günü münasibətilə`), before `head`; else k. */
function obliqueOwnedAfter(ctx: DocContext, k: number, head: number): number {
  const toks = ctx.tokens;
  if (toks[k].norm[0] !== toks[k].lower[0]) return k;
  let j = k + 1;
  while (j < head && toks[j].kind === "word" && toks[j].analysis?.poss !== undefined && !toks[j].analysis?.case) j++;
  const a = toks[j]?.analysis;
  return j < head && j > k + 1 && toks[j].kind === "word" && a?.poss !== undefined && !!a.case && a.case !== "nom" && a.case !== "gen" ? j : k;
}

/** The subject of sentence `s` outside quotation marks: a nominative name that is no place, no pair, in no passive clause
 *  and qualifying no noun. */
function sentenceSubject(ctx: DocContext, s: { tokStart: number; tokEnd: number }): MentionInfo | undefined {
  return pickSubject(ctx.actorsIn(s.tokStart, s.tokEnd, false).filter((m) => m.case === "nom" && !m.place && !m.pair && !passiveClause(ctx, m.tokStart) && !modifiesNoun(ctx, m)));
}

/** For a passive act in a sentence opening with a statement noun in the locative (`Bəyanatda …`, `Məktubda …`, the table
 *  `statementNouns`), the subject of the latest sentence within the narrative's reach before it that names that noun
 *  (`X … bəyanat yayıb`, `X Y-ə məktub göndərib`): the issuer, whose words the document holds. */
function documentIssuer(ctx: DocContext, t: EventTables, hit: TriggerHit, sent: { tokStart: number }): MentionInfo | undefined {
  const nouns = t.vetoes?.statementNouns;
  let k = sent.tokStart;
  while (k < hit.head && ctx.tokens[k].kind !== "word") k++;
  const stem = nouns && k < hit.head ? ctx.stemForm(ctx.tokens[k], nouns) : null;
  if (!stem || ctx.tokens[k].analysis?.case !== "loc") return undefined;
  const si = ctx.tokens[hit.head].sent;
  for (let p = si - 1; p >= Math.max(0, si - NARRATIVE_REACH); p--) {
    const s = ctx.doc.sentences[p];
    if (ctx.quoted[s.tokStart]) continue;
    if (!hasStemBefore(ctx, [stem], s.tokStart, s.tokEnd)) continue;
    return sentenceSubject(ctx, s);
  }
  return undefined;
}

/** The body just named whose members are the clause's subject, a bare plural of a member noun before the trigger
 *  (`Avropa Parlamenti … qətnamə qəbul edib. Deputatlar … çağırıblar`: the Parliament asks); none where no such body was
 *  named in the sentence or the ones just before. */
export function memberBody(ctx: DocContext, t: EventTables, hit: TriggerHit, sent: { tokStart: number }): MentionInfo | undefined {
  if (!t.memberBodies?.length) return undefined;
  for (let k = sent.tokStart; k < hit.head; k++) {
    const tk = ctx.tokens[k];
    if (tk.kind !== "word") continue;
    const bodies = t.memberBodies.find(([member]) => tk.lower === member)?.[1];
    if (!bodies) continue;
    const si = tk.sent;
    const from = ctx.doc.sentences[Math.max(0, si - NARRATIVE_REACH)].tokStart;
    const named = ctx.actorsIn(from, k, false).filter((m) => m.type === "ORG" && !m.place &&
      ctx.tokens.slice(m.tokStart, m.tokEnd).some((w) => bodies.some((b) => w.lower.startsWith(b))));
    return named[named.length - 1];
  }
  return undefined;
}

/** Prefers a person to a body or a country among candidate subjects. */
function pickSubject(ms: MentionInfo[]): MentionInfo | undefined {
  return ms.find((m) => m.type === "PER") ?? ms[0];
}

/** Tokens looked back over from `arasında` for the sides it joins. */
const BETWEEN_REACH = 8;

/** The names of the last hyphenated pair (`X-Y`) that can be a side, in [cs, head). */
export function pairSides(ctx: DocContext, cs: number, head: number, quoted: boolean, borders?: string[]): string[] {
  let ms = ctx.actorsIn(cs, head, quoted).filter((m) => m.pair);
  // (a pair before its border noun was read as where the act happened, a place: the line is both sides')
  if (borders && ms.length < 2) ms = ctx.mentionsIn(cs, head).filter((m) => m.pair && m.place && !m.modifier && !m.source && !m.topic && pairBorder(ctx, m.tokEnd, head, borders));
  if (ms.length < 2) return [];
  const last = ms[ms.length - 1];
  const heads = pairHeads(ctx, last.tokEnd, head) || (!!borders && pairBorder(ctx, last.tokEnd, head, borders));
  return heads ? ms.filter((m) => m.tokStart === last.tokStart).map((m) => m.name) : [];
}

/** The pair ending at `i` owns a border noun in the locative right after it, before the trigger at `head` (`X-Y
 *  sərhədində`, `X-Y sərhəd xəttində`): where the two sides meet. */
function pairBorder(ctx: DocContext, i: number, head: number, borders: string[]): boolean {
  for (let j = i; j < Math.min(head, i + 2); j++) {
    const tk = ctx.tokens[j];
    if (tk.kind !== "word" || !ctx.stemForm(tk, borders)) continue;
    if (tk.analysis?.case === "loc") return true;
    // (the border noun bare before the line it names, `sərhəd xəttində`)
    const nx = ctx.tokens[j + 1];
    return j + 1 < head && nx?.kind === "word" && nx.analysis?.case === "loc" && nx.analysis?.poss === "3";
  }
  return false;
}

/** The noun phrase a pair at `i` opens ends, past bare words and genitives, in the trigger at `head` or in a
 *  noun in no case, the subject or patient of the clause (`X-Y danışıqları`, `X-Y əməkdaşlıq gündəliyinin
 *  aspektləri müzakirə olunub`); not in another case (`X-Y münasibətlərinin inkişaf etməsi`: of its growth). */
function pairHeads(ctx: DocContext, i: number, head: number): boolean {
  for (let j = i; j < Math.min(head, i + CHAIN_REACH); j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    if (tk.kind !== "word" || !a || (a.pos !== "NOUN" && a.pos !== "ADJ")) return false;
    if (a.case === "gen" || (a.case === undefined && a.poss === undefined)) continue;
    // (a possessed word before another is no head: `X-Y dövlətlərarası münasibətlərinin`)
    if (a.case === undefined && ctx.tokens[j + 1]?.analysis?.poss !== undefined && j + 1 < head) continue;
    return a.case === undefined && a.pos === "NOUN";
  }
  return true;
}

/** `X və Y arasında`: the sides named before the postposition (or a group phrase for them). A participle between the postposition
 *  and the trigger takes the phrase as its own (`X və Y arasında baş vermiş qarşıdurma ilə əlaqədar …`),
 *  unless it stands right before the trigger and so describes it (`X və Y arasında keçirilən görüş`). */
export function twoSided(ctx: DocContext, t: EventTables, cs: number, head: number): string[] {
  for (let j = cs; j < head; j++) {
    if (!t.between.includes(ctx.tokens[j].lower)) continue;
    for (let k = j + 1; k < head - 1; k++) if (isParticiple(ctx.tokens[k])) return [];
    const from = Math.max(cs, j - BETWEEN_REACH);
    // (a place is where, not a side: `Q-də X və Y arasında`)
    // (a phrase inside a quotation the trigger is outside of, or the other way round, is not the trigger's;
    // nor is a name on the other side of the quotation marks from it, `X: "Y ilə Z arasında …"`, unless
    // it is a quoted name right before it, `"Y" və "Z LLC" arasında`)
    if (ctx.quoted[j] !== ctx.quoted[head]) return [];
    const named = joinedChain(ctx, t, ctx.mentionsIn(from, j).filter((m) => !m.source && !m.place && (ctx.quoted[m.tokStart] === ctx.quoted[j] || m.tokEnd >= j - 1))).map((m) => m.name);
    // `hər iki ölkənin nümayəndələri arasında`: a group phrase names the two states told before
    if (named.length) return named;
    // (two sides or none: a city where something happened is no side of it)
    // (the sides of a state's act are states, or capitals standing for them: not a corridor or a residence, `Araz dəhlizi`)
    const group = groupReference(ctx, t, from, j + 1, true, false, true);
    return group.length === 2 ? group : [];
  }
  return [];
}

/** The last mention and those joined to it before (`X, Y və Z`, `X ilə Y`, `X-lə Y`, `X-Y`): the sides before
 *  `arasında`, not a subject told before them (`W X və Y arasında söhbətə …`). */
function joinedChain(ctx: DocContext, t: EventTables, ms: MentionInfo[]): MentionInfo[] {
  let k = ms.length - 1;
  for (; k > 0; k--) {
    const prev = ms[k - 1], gap = ms[k].tokStart - prev.tokEnd;
    const w = ctx.tokens[prev.tokEnd];
    // (the names of one hyphenated word are joined: `X-Y arasında`)
    const joined = (prev.pair && ms[k].pair && prev.tokStart === ms[k].tokStart) ||
      (gap === 0 ? prev.case === "ins" : gap === 1 && (prev.case === "ins" || w.norm === "," || !!t.coordinators?.includes(w.lower)));
    if (!joined) break;
  }
  return ms.slice(Math.max(0, k));
}

/** A noun with a possessive ending, or one the morphology did not read (no evidence against it). */
function possessed(tk: Token): boolean {
  const a = tk.analysis;
  return !a || a.pos !== "NOUN" || a.poss !== undefined;
}

/** A place named right before a noun of private people in no case, their subject (`X vətəndaşları`, `X turistləri`):
 *  the table `privateNouns`. */
function privatePeople(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  if (m.type !== "LOC" || (m.case !== "nom" && m.case !== undefined) || !t.privateNouns) return false;
  const next = ctx.tokens[m.tokEnd];
  if (!next || next.kind !== "word" || next.sent !== ctx.tokens[m.tokStart].sent) return false;
  const s = ctx.stemForm(next, t.privateNouns);
  // (not before a postposition: `X vətəndaşları üçün`, `X vətəndaşları ilə`)
  const post = ctx.tokens[m.tokEnd + 1]?.lower ?? "";
  if (t.modes.purposeWords?.includes(post) || t.topicWords.includes(post) || (t.postpositionCases ?? []).some(([w]) => w === post)) return false;
  // (the analysis when there is one: a possessive `-ları` reads as an accusative ending by the endings alone)
  const c = !s ? undefined : next.analysis ? next.analysis.case : ctx.forms.caseOf(next, s);
  return !!s && (c === undefined || c === "nom");
}

/** A state named right before a noun of its private people and a word of purpose: `X vətəndaşları üçün`. */
function peopleServed(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  if (m.type !== "LOC" || m.place || (m.case !== "nom" && m.case !== undefined) || !t.privateNouns) return false;
  const next = ctx.tokens[m.tokEnd];
  if (!next || next.kind !== "word" || next.sent !== ctx.tokens[m.tokStart].sent || !ctx.stemForm(next, t.privateNouns)) return false;
  return !!t.modes.purposeWords?.includes(ctx.tokens[m.tokEnd + 1]?.lower ?? "");
}

/** Words at most between a name and the participle whose clause it stands in (`X-dən Y-yə qanunsuz yolla narkotik
 *  gətirən`); farther, the name is the main verb's, before another's clause (`X-ə ildə 2 milyon dollar qazananlar üçün … təklif edib`). */
const RELATIVE_REACH = 4;

/** The mention `m`, before the trigger, is an argument of a relative clause that a participle (of the subject, `gətirən`,
 *  or of the object, `getdiyi`, whose genitive subject stays) closes before the trigger, describing another noun (`X-dən Y-yə narkotik gətirən şəxs … saxlanılıb`, `X ilə işləmiş məmur`,
 *  `X-in sifarişi ilə hazırlanan gəmi`, `X-ə səfər edən nazir … bəyanat verib`): the participle's side, not the trigger's.
 *  Not a bare nominative, the main clause's subject (`X Y-ə gələn nümayəndə heyətini qəbul edib`), nor a genitive that owns
 *  the noun the clause describes (`X-in Y-ə gələn nümayəndə heyəti`), nor the origin of a body of people (`X-dən gələn
 *  nümayəndə heyəti`, see `comesFrom`), nor a name of a clause of being or lying somewhere (`relativeStatives`: `X-in
 *  nəzarətində olan ərazilərə hücum`, whose the target is). The clause runs from the name to the participle, within
 *  `RELATIVE_REACH` words, past no punctuation, no finite verb and no other participle; verbal nouns, infinitives and converbs stand inside it
 *  (`X-ə qaçmağa çalışan`). A subject participle in the plural with no noun after it (`X bayrağı qaldıranlar`) closes one too. */
function inRelativeClause(ctx: DocContext, t: EventTables, m: MentionInfo, hit: TriggerHit): boolean {
  if (m.tokEnd > hit.head || m.pair) return false;
  // (a bare name before a possessed noun right before the participle is a word of its object: `X bayrağı qaldıranlar`)
  if (m.case === "nom" && !modifiesNoun(ctx, m) && !(compoundModifier(ctx, m) && isParticiple(ctx.tokens[m.tokEnd + 1]) && !ctx.timedIn(m.tokEnd + 1, m.tokEnd + 2))) return false;
  const sent = ctx.tokens[m.tokStart].sent;
  if (m.case === "gen" && (ctx.tokens[m.tokEnd]?.analysis?.poss === undefined || ctx.tokens[m.tokEnd].analysis?.pos === "VERB")) return false;
  // (nor the owner of an office the clause gives the person it describes: `X İdarəsinin rəisi vəzifəsini icra edən Y`,
  // `X-in səfiri işləmiş Y`: Y acts for X)
  if ((m.case === "gen" || m.case === "nom") && ownsOffice(ctx, t, m)) return false;
  if (m.case === "abl" && comesFrom(ctx, t, m, hit.head)) return false;
  // (nor the sides of a `X və Y arasında` phrase, the sides of what the clause tells of: `X və Y arasında sülhə doğru atılan
  // addımı alqışlayıb`)
  if (betweenSide(ctx, t, m)) return false;
  for (let k = m.tokEnd; k < Math.min(hit.head, m.tokEnd + RELATIVE_REACH + 1); k++) {
    const tk = ctx.tokens[k], a = tk.analysis;
    if (tk.kind === "punct" || tk.sent !== sent) return false;
    if (a?.pos !== "VERB") continue;
    if (a.verbForm === "inf" || a.verbForm === "vnoun" || a.verbForm === "conv") continue;
    // (a participle opening a time expression is no clause: `X-ə gələn həftə səfər edəcək`, `X ötən il … imzalayıb`)
    if (ctx.timedIn(k, k + 1)) return false;
    const next = ctx.tokens[k + 1];
    // (a subject participle in the plural is the noun itself, its doers: `X bayrağı qaldıranlar … həbs olunub`,
    // `X-dən gələnləri saxlayıb`)
    if (a.verbForm === "part" && a.plural && a.suffixes?.some((x) => t.vetoes?.subjectParticiples.includes(x))) return true;
    // (a passive participle takes no nominative inside its clause: `Rusiya tərəfi saxlanılan jurnalistlərin azad edilməsini
    // tələb edib`, the name before it is the main clause's subject)
    // (nor an object: `X-i Bakıda keçiriləcək sammitə dəvət edib`, the name is the main verb's)
    if ((m.case === "nom" || m.case === "acc") && a.passive) return false;
    // (a future form describes only a noun or a name after it: `sığınacaq üçün` is no clause)
    if (!isParticiple(tk) && !(a.verbForm === undefined && a.tense === "fut" && (next?.analysis?.pos === "NOUN" || next?.analysis?.pos === "PROPN"))) return false;
    // (an object participle, `X-in Y-ə endirdiyi zərbələr`, has its subject in the genitive, kept above)
    const objectPart = a.verbForm === "part" && a.poss === "3" && a.case === undefined;
    if ((a.poss !== undefined && !objectPart) || a.case !== undefined || a.plural || !next || next.sent !== sent || next.kind !== "word") return false;
    // (its subject, a name owning the genitive right before it, is whose the thing told of is: `X hökumətinin verdiyi
    // qərarı yüksək qiymətləndirib`, X's decision)
    if (objectPart && m.tokEnd === k - 1 && ctx.tokens[k - 1].analysis?.case === "gen") return false;
    if (k + 1 >= hit.head || next.analysis?.pos === "VERB" || t.coordinators?.includes(next.lower)) return false;
    return !(t.relativeStatives && ctx.stemForm(tk, t.relativeStatives, "verb"));
  }
  return false;
}

/** The mention is one of the names joined before `arasında` (`X və Y arasında`, `X ilə Y arasında`), no verb or stop between. */
function betweenSide(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const sent = ctx.tokens[m.tokStart].sent;
  for (let k = m.tokEnd; k < m.tokEnd + BETWEEN_REACH && ctx.tokens[k]?.sent === sent; k++) {
    const tk = ctx.tokens[k];
    if (t.between.includes(tk.lower)) return true;
    // (past the other names, their titles and the words joining them: `X-in naziri Y ilə Z-in naziri W arasında`)
    if ((tk.kind === "punct" && tk.norm !== ",") || tk.analysis?.pos === "VERB") return false;
  }
  return false;
}

/** The mention owns, past bare words and genitives of a name, a noun of office right after it (`X İdarəsinin rəisi`,
 *  `X-in səfiri`). */
function ownsOffice(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const offices = t.vetoes?.officeNouns;
  if (!offices) return false;
  for (let k = m.tokEnd; k < m.tokEnd + CHAIN_REACH; k++) {
    const tk = ctx.tokens[k], a = tk?.analysis;
    if (!tk || tk.sent !== ctx.tokens[m.tokStart].sent || tk.kind !== "word" || !a) return false;
    if (a.pos === "NOUN" && a.poss !== undefined && ctx.stemForm(tk, offices, "noun")) return true;
    if (a.case !== undefined && a.case !== "gen") return false;
    if (a.poss !== undefined && a.case === undefined) return false;
  }
  return false;
}

/** A verb form that describes a noun (`keçirilən`, `baş vermiş`), not a verbal noun (`edilməsi`). */
function isParticiple(tk: Token): boolean {
  const a = tk.analysis;
  return a?.pos === "VERB" && (a.verbForm === "part" || (a.verbForm === undefined && a.tense === "evid"));
}

/** Token `v` is a participle with no ending of case or person before a word in its sentence (or, `figure`, a figure counting
 *  one: `… bilinən 70 nəfər`): it describes that word. */
export function attributiveParticiple(ctx: DocContext, v: number, figure = false): boolean {
  // (the noun described may open with a quoted name: `… ittiham olunan "X" qəzetinin əməkdaşı`)
  const quoted = !!ctx.tokens[v + 1] && isQuote(ctx.tokens[v + 1]) && ctx.tokens[v + 2]?.kind === "word" && !ctx.tokens[v + 2].spaceBefore;
  const a = ctx.tokens[v]?.analysis, next = ctx.tokens[quoted ? v + 2 : v + 1];
  return a?.pos === "VERB" && a.verbForm === "part" && a.case === undefined && a.poss === undefined && !!next &&
    (next.kind === "word" || (figure && /^\d/.test(next.norm))) && next.sent === ctx.tokens[v].sent;
}

/** Words looked through after an attributive participle for the people it describes (`X ölkələri üzrə turistlərin`). */
const DESCRIBED_REACH = 4;

/** The noun phrase from token `from` names private people (`X vətəndaşları`, `turistlər`): the described doers. */
function describesPrivatePeople(ctx: DocContext, t: EventTables, from: number): boolean {
  if (!t.privateNouns) return false;
  const sent = ctx.tokens[from]?.sent;
  for (let j = from; j < from + DESCRIBED_REACH; j++) {
    const tk = ctx.tokens[j];
    if (!tk || tk.sent !== sent || tk.kind !== "word" || ctx.forms.endsClause(tk)) return false;
    // (a modifier of a possessed noun after it is no head: `vətəndaş cəmiyyətinin nümayəndələri`)
    const next = ctx.tokens[j + 1]?.analysis;
    if (ctx.stemForm(tk, t.privateNouns) && !(tk.analysis?.case === undefined && tk.analysis?.plural === undefined && next?.pos === "NOUN" && next.poss !== undefined)) return true;
  }
  return false;
}

/** A mention that is a group phrase read as a name (`Tərəflər`). */
function isGroupWord(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const first = ctx.tokens[m.tokStart].lower;
  return t.groupRefs.some((words) => words.length === 1 && first.startsWith(words[0]));
}

/** People for the sides as the subject in [a, b), named by no mention (`Nazirlər`, `İki lider`, `dövlət başçıları`, `hər iki
 *  ölkənin xarici işlər nazirləri`): a post noun of `peopleGroups` in the nominative, plural or after a count word, heading
 *  its phrase (no possessed noun after it), and not owned by a name (`Rusiyanın nazirləri`: one state's). */
function peopleGroupPhrase(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  const g = t.peopleGroups;
  if (!g) return false;
  const toks = ctx.tokens;
  for (let i = a; i < b; i++) {
    const tk = toks[i], an = tk.analysis;
    if (tk.kind !== "word" || !an || an.pos !== "NOUN" || an.case || !g.nouns.includes(an.stem)) continue;
    if (ctx.mentionsIn(i, i + 1).length || ctx.mentions.some((m) => m.tokStart <= i && i < m.tokEnd)) continue;
    const counted = i > a && g.counts.includes(toks[i - 1].lower) && !an.plural;
    if (!an.plural && !counted) continue;
    // (a modifier of a noun after it: `nazirlər kabineti`; the verb's own object right before it is none)
    const next = toks[i + 1]?.analysis;
    if (i + 1 < b && next?.pos === "NOUN" && next.poss !== undefined) continue;
    // (owned by a name: `Rusiyanın nazirləri`, `X liderləri`; a group phrase owning it is the group's: `hər iki ölkənin`)
    let j = i - 1;
    while (j >= a && toks[j].kind === "word" && toks[j].analysis?.case === undefined && toks[j].analysis?.pos !== "VERB" && !ctx.mentions.some((m) => m.tokStart <= j && j < m.tokEnd)) j--;
    if (j >= a && ctx.mentions.some((m) => m.tokStart <= j && j < m.tokEnd && m.case !== "ins" && m.case !== "dat" && m.case !== "acc" && m.case !== "abl" && m.case !== "loc")) continue;
    // (a possessed post owned by a common noun in the genitive is that body's, `orqanların rəhbərləri`; only a group
    // phrase may own it, `hər iki ölkənin`)
    if (an.poss !== undefined && j >= a && toks[j].analysis?.case === "gen" && !t.groupRefs.some((w) => w.length >= 2 && w[w.length - 1] !== "*" &&
      toks[j].lower.startsWith(w[w.length - 1]) && toks[j - 1]?.lower === w[w.length - 2])) continue;
    return true;
  }
  return false;
}

/** A group phrase (`tərəflər`, `hər iki tərəf`) in the nominative in [a, b): its last word bare of any ending. */
function groupSubjectPhrase(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const told = (words: string[]) => {
    if (words.includes("*")) return false;
    for (let i = a; i + words.length <= b; i++) {
      if (words.every((w, k) => toks[i + k].kind === "word" && (k === words.length - 1 ? toks[i + k].lower === w : toks[i + k].lower.startsWith(w)))) return true;
    }
    return false;
  };
  return t.groupRefs.some(told) || !!t.leaderGroupRefs?.some(told);
}

/** A group phrase of `groupRefs` in [a, b) whose last word is in the accusative or the dative (`iki ölkəni`, `tərəflərə`), or
 *  in a possessive form the accusative shares with no owner before it (`hər iki tərəfi`, `tərəfləri`): the one acted on. */
function groupObjectPhrase(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  const toks = ctx.tokens;
  return t.groupRefs.some((words) => {
    if (words.some((w) => w === "*") || t.between.some((w) => words.includes(w))) return false;
    for (let i = a; i + words.length <= b; i++) {
      if (!words.every((w, k) => toks[i + k].kind === "word" && toks[i + k].lower.startsWith(w))) continue;
      const last = toks[i + words.length - 1].analysis;
      if (last?.case === "acc" || last?.case === "dat") return true;
      if (last?.poss === "3" && !last.case && toks[i - 1]?.analysis?.case !== "gen") return true;
    }
    return false;
  });
}

/** `hər iki ölkə`, `tərəflər`: the last two places named before the sentence (`noPlaces`: not where
 *  something happened, `X şəhərində`). */
function groupReference(ctx: DocContext, t: EventTables, a: number, b: number, noPlaces = false, statesOnly = false, countries = false): string[] {
  const toks = ctx.tokens;
  const found = t.groupRefs.some((words) => {
    for (let i = a; i + words.length <= b; i++) {
      // "*" stands for any one word (`iki nüvə dövləti`)
      if (words.every((w, k) => toks[i + k].kind === "word" && (w === "*" || toks[i + k].lower.startsWith(w)))) return true;
    }
    return false;
  });
  if (!found) return [];
  const names: string[] = [];
  for (let k = ctx.mentions.length - 1; k >= 0 && names.length < 2; k--) {
    const m = ctx.mentions[k];
    // (a capital standing for its state is that state, no second side: `Pakistan … İslamabad …`)
    // (a town where something was held is no side, `Q-də keçirilən görüşdə … tərəflər`; a state or capital may be;
    // for a subject, nor a state in the genitive, owning a noun: `X-in vasitəçiliyi`, the mediator)
    if (m.tokStart < a && m.type === "LOC" && !(noPlaces && m.place) && !sceneAttribute(ctx, t, m) && !((statesOnly || countries || m.place) && !m.iso && ctx.actorName(m.name) === m.name) && !(statesOnly && m.case === "gen") && !names.some((n) => ctx.actorName(n) === ctx.actorName(m.name))) names.push(m.name);
  }
  // (with fewer than two states named, a person named by a state's office, `Qazaxıstan Prezidenti Bakıya gəlib`, holds the
  // other: that state is one of the two, as the state named alone would be; the latest first, as the names)
  for (let k = ctx.mentions.length - 1; k >= 0 && names.length === 1; k--) {
    const m = ctx.mentions[k];
    if (m.kind !== "role" || m.tokStart >= a || (statesOnly && m.case === "gen")) continue;
    const iso = ctx.doc.links?.find((l) => l.kind === "role" && l.name === m.name && l.iso)?.iso;
    const state = iso ? ctx.doc.entities.find((e) => e.type === "LOC" && e.iso === iso)?.name : undefined;
    if (state && !names.some((n) => ctx.actorName(n) === ctx.actorName(state))) names.push(state);
  }
  // (a subject's sides in the order the story named them: `X və Y … Hər iki tərəf …` is X's and Y's act, as told)
  return statesOnly ? names.reverse() : names;
}

/** Mention `m` is a place made an attribute of the noun after it (`Yəməndəki münaqişə`): where a thing is, no side
 *  of a group phrase, unless that noun is an envoy's or a mission's (`X-in Azərbaycandakı səfiri`). */
function sceneAttribute(ctx: DocContext, t: EventTables, m: MentionInfo): boolean {
  const sa = t.groupSceneAttribute;
  const last = ctx.tokens[m.tokEnd - 1];
  if (!sa || !last || !sa.endings.some((x) => last.lower.endsWith(x))) return false;
  const next = ctx.tokens[m.tokEnd];
  return !(next?.kind === "word" && sa.keepNouns.some((n) => next.lower.startsWith(n)));
}

/** A group phrase (`hər iki ölkənin`) in [a, b) whose phrase closes with a noun before `ilə` or in the instrumental:
 *  the two states told before it. */
function comitativeGroup(ctx: DocContext, t: EventTables, a: number, b: number): string[] {
  let withAt = -1;
  for (let i = a; i < b; i++) {
    const tk = ctx.tokens[i];
    if (tk.kind !== "word") continue;
    if ((t.postpositionCases ?? []).some(([w, c]) => c === "ins" && w === tk.lower) || tk.analysis?.case === "ins") { withAt = i; break; }
  }
  if (withAt < 0) return [];
  // (the phrase from the group words to `ilə` names no one else: `hər iki ölkənin X nazirləri ilə` is not X's)
  for (let g = withAt - 1; g >= a; g--) {
    const sides = groupReference(ctx, t, g, withAt + 1, true, true);
    if (sides.length) return sides.length === 2 && !ctx.actorsIn(g, withAt + 1, ctx.quoted[a] === 1).length ? sides : [];
  }
  return [];
}

/** A passive with no named side: the owner named before with the same patient (`X-a məxsus təyyarə`). */
function patientOwner(ctx: DocContext, t: EventTables, cs: number, head: number): string[] {
  const toks = ctx.tokens;
  let noun = "";
  for (let i = cs; i < head; i++) {
    const tk = toks[i];
    if (tk.kind === "word" && !ctx.mentions.some((m) => m.tokStart <= i && i < m.tokEnd)) { noun = tk.lower; break; }
  }
  if (noun.length < 4) return [];
  const sentNo = toks[cs].sent;
  for (let i = cs - 1; i >= 0 && toks[i].sent >= sentNo - 2; i--) {
    if (!toks[i].lower.startsWith(noun)) continue;
    let j = i - 1;
    if (j >= 0 && t.ownership.includes(toks[j].lower)) j--;
    const owner = ctx.mentions.find((m) => m.tokEnd - 1 === j || m.tokEnd === j);
    if (owner) return [owner.name];
  }
  return [];
}

const gatheringEnds = new WeakMap<DocContext, Map<number, number>>();

/** The gatherings named by no gathering noun (`COP29`, the table `namedGatherings`; the entities stage reads them as MISC,
 *  no side of anything): each one's last token, mapped to its first. Read once per document. */
export function namedGatheringEnds(ctx: DocContext, t: EventTables): ReadonlyMap<number, number> {
  let ends = gatheringEnds.get(ctx);
  if (!ends) {
    ends = new Map();
    if (t.namedGatherings?.length) {
      for (const en of ctx.doc.entities) {
        if (en.type !== "MISC" || !t.namedGatherings.includes(en.name)) continue;
        const [s, e] = tokenSpan(ctx.doc, en);
        ends.set(e - 1, s);
      }
    }
    gatheringEnds.set(ctx, ends);
  }
  return ends;
}

/** Spans of a participation clause, one per event noun in the locative or dative before the verb, or per gathering
 *  named so (`COP29-da`). */
export function participationParts(ctx: DocContext, t: EventTables, cs: number, head: number): [number, number, number][] {
  const parts: [number, number, number][] = [];
  const named = namedGatheringEnds(ctx, t);
  let a = cs;
  for (let i = cs; i < head; i++) {
    if (named.has(i) && named.get(i)! >= cs) {
      const c = ctx.tokens[i].analysis?.case;
      if (c !== "loc" && c !== "dat") continue;
    } else {
      const stem = ctx.stemForm(ctx.tokens[i], t.eventNouns);
      if (!stem) continue;
      const c = ctx.forms.caseOf(ctx.tokens[i], stem);
      if (c !== "loc" && c !== "dat") continue;
    }
    parts.push([a, i + 1, i]);
    a = i + 1;
  }
  if (parts.length > 0) parts[parts.length - 1][1] = Math.max(parts[parts.length - 1][1], head);
  return parts;
}

/** The state a place with no country code of its own is in (a town, a district, `X və Y kimi şəhərlərdə`), for an act no
 *  town does (people protesting there are the state's civilians): the state a capital stands for, a country in the genitive
 *  right before the place or its list (`X-in A, B şəhərlərində`), else the one country the text up to its
 *  sentence names, a capital for its state (none when it names two: the text does not tell which). A place with a country code is its own state. */
function placeState(ctx: DocContext, t: EventTables, place: MentionInfo): string | undefined {
  const own = stateNamed(ctx, place);
  if (own) return own;
  const joins = t.coordinators ?? [];
  // (back over the list the place ends, to the genitive before its first name)
  let k = place.tokStart - 1;
  while (k >= 0) {
    const tk = ctx.tokens[k];
    if (tk.sent !== ctx.tokens[place.tokStart].sent) break;
    if (tk.lower === "," || joins.includes(tk.lower)) { k--; continue; }
    const m = ctx.mentions.find((x) => x.tokStart <= k && k < x.tokEnd);
    if (!m) break;
    if (m.case === "gen") return stateNamed(ctx, m);
    if (m.type !== "LOC" || !m.place || m.iso) break;
    k = m.tokStart - 1;
  }
  // (a capital counts as its state; the story so far, as a report of protests opens with the country they spread in)
  return onlyStateSoFar(ctx, ctx.tokens[place.tokStart].sent);
}

/** The one state the text up to the end of sentence `si` names (a capital for its state), outside quotations; none when it
 *  names none or two. */
function onlyStateSoFar(ctx: DocContext, si: number, placesOnly = false): string | undefined {
  // (a nationality names a people, no place: `Rus jurnalisti X saxlanılıb` tells nothing of where, for a detention)
  const states = new Set(ctx.mentionsIn(0, ctx.doc.sentences[si].tokEnd).filter((m) => m.type === "LOC" && !ctx.quoted[m.tokStart] && !(placesOnly && m.nationality))
    .map((m) => stateNamed(ctx, m)).filter((n) => n));
  return states.size === 1 ? [...states][0] : undefined;
}

/** The state a mention names: itself with a country code, the state a capital stands for, else none. */
function stateNamed(ctx: DocContext, m: MentionInfo): string | undefined {
  if (m.iso) return m.name;
  const state = ctx.actorName(m.name);
  return state !== m.name ? state : undefined;
}

/** A name in the agent's case before the trigger in its clause (`X tərəfindən`): the passive's doer is named. */
function namedAgent(ctx: DocContext, t: EventTables, cs: number, head: number): boolean {
  return ctx.mentionsIn(cs, head).some((m) => t.agent.includes(ctx.tokens[m.tokEnd]?.lower ?? ""));
}

/** A side named among `actors` by a mention over [a, b) that is no nationality (`iranlı turist saxlanılıb` names no one held:
 *  a nationality as the only side is read as none, `eventArguments`). */
function heldNamed(ctx: DocContext, actors: string[], a: number, b: number): boolean {
  return actors.length > 0 && ctx.mentionsIn(a, b).some((m) => !m.nationality && actors.includes(m.name));
}

/** A noun of a protest or its people (the table `unrestNouns`) over [a, b). */
function unrestIn(ctx: DocContext, t: EventTables, a: number, b: number): boolean {
  const nouns = t.unrestNouns;
  if (!nouns?.length) return false;
  for (let i = a; i < b; i++) if (ctx.tokens[i].kind === "word" && ctx.stemForm(ctx.tokens[i], nouns, "noun")) return true;
  return false;
}

/** The state where a detention over the sentence [a, b) took place: that of the last place in the locative there (a town,
 *  a capital, a country: `placeState`), else of any place there, else of the place of the story just told; none when no
 *  state is found. */
function detainingState(ctx: DocContext, t: EventTables, a: number, b: number, sameSide: (m: MentionInfo) => boolean): string | undefined {
  const here = ctx.mentionsIn(a, b).filter((m) => m.place && !m.address && m.type === "LOC" && sameSide(m));
  const place = here.filter((m) => m.case === "loc").pop() ?? here.pop() ?? storyPlace(ctx, a);
  // (with no place told near it, the one state the story has named so far: `Tbilisidə … aksiya keçirilib. … Daha 13 nəfər
  // saxlanılıb`)
  return place ? placeState(ctx, t, place) : onlyStateSoFar(ctx, ctx.tokens[a].sent, true);
}

/** A crowd or an opposition named by its common noun (the table `crowdAskers`, in no case) opening the clause over
 *  [cs, head) before any verb, no name there: the state of the place it is in, as a detention's (`detainingState`), else
 *  none. */
export function crowdState(ctx: DocContext, t: EventTables, cs: number, head: number): string | undefined {
  const nouns = t.crowdAskers;
  if (!nouns?.length || ctx.mentionsIn(cs, head).some((m) => !m.place)) return undefined;
  let found = false;
  for (let k = cs; k < head && !found; k++) {
    const an = ctx.tokens[k].analysis;
    if (an?.pos === "VERB") return undefined;
    // (capitalised opening its sentence, the noun may read as a name: `Müxalifət … tələb edir`)
    const opening = an?.pos === "PROPN" && k === ctx.doc.sentences[ctx.tokens[k].sent].tokStart;
    if ((an?.pos === "NOUN" || opening) && !an?.case && ctx.stemForm(ctx.tokens[k], nouns)) found = true;
  }
  if (!found) return undefined;
  const sent = ctx.doc.sentences[ctx.tokens[head].sent];
  return detainingState(ctx, t, sent.tokStart, sent.tokEnd, (m) => !ctx.quoted[m.tokStart]);
}

/** The last place named as where something happened in the sentences just before `from`. */
function storyPlace(ctx: DocContext, from: number): MentionInfo | undefined {
  const si = ctx.tokens[from]?.sent ?? 0;
  const start = ctx.doc.sentences[Math.max(0, si - NARRATIVE_REACH)].tokStart;
  const ms = ctx.mentionsIn(start, from).filter((m) => m.place && !m.address && m.type === "LOC" && !ctx.quoted[m.tokStart]);
  return ms[ms.length - 1];
}

/** An agent phrase over [cs, head) whose noun is a body or a force named by a common noun (`polis tərəfindən`,
 *  `təhlükəsizlik qüvvələri tərəfindən`), no name. */
function bareAgent(ctx: DocContext, t: EventTables, cs: number, head: number): boolean {
  for (let i = cs + 1; i < head; i++) {
    if (!t.agent.includes(ctx.tokens[i].lower)) continue;
    const noun = ctx.tokens[i - 1], a = noun.analysis;
    if (noun.kind !== "word" || isCapitalised(noun) || a?.pos !== "NOUN" || ctx.mentionsIn(i - 1, i).length) return false;
    return !!(t.bodyNouns?.includes(a.stem) || t.forceNouns?.includes(a.stem));
  }
  return false;
}

/** A bare body noun in the nominative (`hökumət`, `ordu`: no owner, no ending) before the trigger in its
 *  clause: the subject is the body of the state where it happens. */
function bareBodySubject(ctx: DocContext, t: EventTables, cs: number, head: number): boolean {
  for (let i = cs; i < head; i++) {
    const tk = ctx.tokens[i], a = tk.analysis;
    // (capitalised only as the sentence's first word: `Polis Bakıda … saxlayıb`)
    const opening = i === ctx.doc.sentences[tk.sent].tokStart;
    if (tk.kind !== "word" || (isCapitalised(tk) && !opening) || a?.case !== undefined) continue;
    if (a?.pos === "NOUN" && a.poss === undefined && t.bodyNouns?.includes(a.stem)) return true;
    // (so is a force of law enforcement, `hüquq-mühafizə orqanları`, `təhlükəsizlik qüvvələri`, `xüsusi təyinatlılar`: the
    // table's compound, its head possessed after the bare noun that compounds it, or its plural noun alone)
    if (a && (a.pos === "NOUN" || a.pos === "ADJ") && enforcer(ctx, t, i, cs)) return true;
  }
  return false;
}

/** The `enforcerNouns` table read as [modifier, head] pairs, once per table (a head alone has no modifier). */
const enforcerPairs = new WeakMap<readonly string[], [string | undefined, string][]>();

function enforcerPairsOf(t: EventTables): [string | undefined, string][] {
  const list = t.enforcerNouns ?? [];
  let pairs = enforcerPairs.get(list);
  if (!pairs) {
    pairs = list.map((entry): [string | undefined, string] => { const sp = entry.indexOf(" "); return sp < 0 ? [undefined, entry] : [entry.slice(0, sp), entry.slice(sp + 1)]; });
    enforcerPairs.set(list, pairs);
  }
  return pairs;
}

/** The token at `i` ends a force of law enforcement named by common nouns (the table `enforcerNouns`): `modifier head`
 *  with the head possessed right after the bare modifier (`təhlükəsizlik qüvvələri`), or one stem in the plural. */
function enforcer(ctx: DocContext, t: EventTables, i: number, cs: number): boolean {
  const a = ctx.tokens[i].analysis;
  if (!a || a.case !== undefined) return false;
  for (const [mod, head] of enforcerPairsOf(t)) {
    if (a.stem !== head) continue;
    if (!mod) { if (a.poss === undefined && a.plural === true) return true; continue; }
    const m = ctx.tokens[i - 1], ma = m?.analysis;
    if (i > cs && a.poss !== undefined && m.kind === "word" && (m.lower === mod || ma?.stem === mod) && ma?.case === undefined && ma?.poss === undefined) return true;
  }
  return false;
}

/** The country named in the locative right before a noun of a public role in no case that opens the clause (`İranda deputat`,
 *  `İranda millət vəkili`): the table `placeRoleNouns`; a possessed one only as the head of a compound (`millət vəkili`). */
export function placeRole(ctx: DocContext, t: EventTables, cs: number, head: number): MentionInfo | null {
  if (!t.placeRoleNouns) return null;
  const m = ctx.mentionsIn(cs, head).find((x) => x.tokEnd < head && x.place && x.case === "loc" && x.type === "LOC" && !!x.iso);
  if (!m || ctx.mentionsIn(cs, m.tokStart).length > 0) return null;
  for (let i = m.tokEnd; i < Math.min(head, m.tokEnd + 3); i++) {
    const tk = ctx.tokens[i], a = tk.analysis;
    if (tk.kind !== "word" || isCapitalised(tk) || (a?.pos !== "NOUN" && a?.pos !== "ADJ") || a.case !== undefined) return null;
    if (a.pos !== "NOUN" || !t.placeRoleNouns.includes(a.stem)) continue;
    if (a.poss === undefined || (i > m.tokEnd && ctx.tokens[i - 1].analysis?.poss === undefined)) return m;
    return null;
  }
  return null;
}

/** Types of act one does with one's own forces (see `ownForces`). */
const OWN_FORCES_ACTS = new Set<EventType>(["RETREAT", "MOBILIZE"]);

/** A bare name right before a possessed noun of forces in the accusative (`X qoşunlarını`, `X hərbçilərini`): the table
 *  `forceNouns`. */
function ownForces(ctx: DocContext, t: EventTables, m: MentionInfo, head: number, passive = false): boolean {
  if ((m.case !== "nom" && m.case !== undefined) || m.tokEnd > head || m.type === "PER") return false;
  const a = ctx.tokens[m.tokEnd].analysis;
  return a?.pos === "NOUN" && a.case === (passive ? "gen" : "acc") && a.poss === "3" && !!(t.forceNouns ?? []).includes(a.stem);
}

/** Words looked past between a genitive and the event noun it owns. */
const OWNED_REACH = 5;

/** A possessed event noun at `head` owned by a genitive common noun no name modifies (`diplomatların … səfəri`). */
function unnamedOwner(ctx: DocContext, cs: number, head: number, needs: string[]): boolean {
  if (!possessed(ctx.tokens[head]) || ctx.tokens[head].analysis?.poss === undefined) return false;
  for (let j = head - 1; j >= Math.max(cs, head - OWNED_REACH - 1); j--) {
    const tk = ctx.tokens[j];
    if (tk.kind !== "word" || tk.analysis?.case !== "gen") continue;
    if (tk.norm[0] !== tk.lower[0] || ctx.mentionsIn(j, j + 1).length || ctx.mentions.some((m) => m.tokStart <= j && m.tokEnd > j)) return false;
    // (an owner with a possessive may have a name before it whose it is: `Fransa nümayəndə heyətinin səfəri`)
    if (tk.analysis.poss !== undefined || (needs.length > 0 && ctx.stemForm(tk, needs, "noun"))) return false;
    // (past the noun's arguments and attributes, participles too: `diplomatların azad olunmuş ərazilərə səfəri`)
    for (let k = j + 1; k < head; k++) {
      const a = ctx.tokens[k].analysis;
      if (ctx.tokens[k].kind !== "word" || !a || a.case === "gen" || (a.pos !== "NOUN" && a.pos !== "ADJ" && a.pos !== "PROPN" && !isParticiple(ctx.tokens[k]))) return false;
    }
    return true;
  }
  return false;
}

/** The words in [from, head) are the arguments and attributes of the noun at head, no noun owned in between: a
 *  genitive ending at `from` owns that noun (`X-in Y-ə rəsmi səfəri`; not `X-in nümayəndəsinin səfəri`). */
function ownerOfNoun(ctx: DocContext, from: number, head: number): boolean {
  // (a name of several words counts as one: `X-in Y Baş naziri Z W-la görüşü`)
  let words = head - from;
  for (const m of ctx.mentionsIn(from, head)) if (m.tokEnd <= head) words -= m.tokEnd - m.tokStart - 1;
  if (words > OWNED_REACH) return false;
  // (a person named with a title their own genitive owns, before a postposition, is the noun's partner whole: `X-in Y
  // Respublikasının Sədri Z ilə görüşü`)
  const partner = ctx.mentionsIn(from, head).find((m) => m.type === "PER" && m.kind === "entity" && m.tokEnd < head &&
    !!ctx.t.postpositionCases?.some(([w]) => w === ctx.tokens[m.tokEnd].lower));
  if (partner) {
    // (the genitive owning that title right after it is the partner's, not the noun's owner)
    if (ctx.tokens[from]?.analysis?.poss !== undefined) return false;
    from = partner.tokEnd;
  }
  for (let j = from; j < head; j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    if (tk.kind !== "word" || tk.sent !== ctx.tokens[head].sent) return false;
    // (a postposition giving a name its case is an argument too: `X-in Y ilə görüşü`)
    if (ctx.t.postpositionCases?.some(([w]) => w === tk.lower)) continue;
    // (and one after a dative naming the target: `X-in Y-yə qarşı ittihamları`, X's charges against Y)
    if (j > from && ctx.t.warSides?.against.includes(tk.lower) && ctx.tokens[j - 1].analysis?.case === "dat") continue;
    if (!a || a.case === "gen" || (a.pos !== "NOUN" && a.pos !== "ADJ" && a.pos !== "PROPN")) return false;
    // (a possessed noun is another owner's unless a bare word right before it owns it: `X-in Y ərazisinə hücumu`,
    // X's attack on Y's territory; `X-in ərazisinə hücum` is an attack on X's)
    if (a.poss !== undefined && (j === from || !bare(ctx.tokens[j - 1]))) return false;
  }
  return true;
}

/** A word with no case and no possessive ending. */
function bare(tk: Token): boolean {
  return tk.kind === "word" && !!tk.analysis && tk.analysis.case === undefined && tk.analysis.poss === undefined;
}

/** The genitive name owning the possessed noun right before the trigger, in a case the trigger governs, with
 *  `object` between them: `Y-in Z-ni silahlandırmasını`, `Y-in Z-yə silah satışına` (past bare words and names). */
function phraseOwner(ctx: DocContext, object: MentionInfo, head: number, before: MentionInfo[], objCases: string[]): MentionInfo | undefined {
  const k = head - 1, tk = ctx.tokens[k], a = tk?.analysis;
  // (the object in a case of its own: a bare name before the noun owns it, `Y-in Qətər kral ailəsindən`)
  const clause = a?.pos === "VERB" && a.verbForm === "vnoun";
  // (or a bare name modifying the noun, right after the owner: `X-in Cənubi Qafqaz siyasətini tənqid edib` criticises X)
  const modifier = !clause && object.case === "nom" && object.tokEnd === k;
  if (!a || a.poss !== "3" || !a.case || !objCases.includes(a.case) || object.tokEnd > k || (object.case === "nom" && !clause && !modifier) || object.case === "gen") return undefined;
  const g = [...before].reverse().find((m) => m.case === "gen" && m.tokEnd <= object.tokStart);
  if (modifier && g && g.tokEnd !== object.tokStart) return undefined;
  if (!g || k - g.tokEnd > OWNED_REACH + (clause ? 2 : 0)) return undefined;
  for (let j = g.tokEnd; j < k; j++) {
    const w = ctx.tokens[j], b = w.analysis;
    if (w.sent !== tk.sent || w.kind !== "word") return undefined;
    const named = j >= object.tokStart && j < object.tokEnd;
    // (the phrase closed by a verbal noun is a clause: its own objects and places may stand between, `X Y-in Z ərazisindən
    // qoşunlarını çıxarmasını tələb edib` asks Y)
    if (clause && !named && b && b.case !== "gen" && b.pos !== "VERB") continue;
    // (a compound's possessed noun in no case before the noun it qualifies, `X-in Y-ə dəmir yolu tikintisi layihəsinə`)
    if (!named && b && compoundLink(ctx, j, k)) continue;
    if (!named && (!b || b.case === "gen" || b.poss !== undefined || b.pos === "VERB")) return undefined;
  }
  return g;
}

/** The word at j is a lower-case possessed noun in no case before another possessed noun that goes on the phrase up to
 *  `end` (`dəmir yolu tikintisi`): a link of a compound, not the noun that closes it. */
function compoundLink(ctx: DocContext, j: number, end: number): boolean {
  const a = ctx.tokens[j].analysis, nx = ctx.tokens[j + 1];
  return !!a && a.pos === "NOUN" && a.poss !== undefined && a.case === undefined && !isCapitalised(ctx.tokens[j]) && j + 1 <= end &&
    nx?.analysis?.pos === "NOUN" && nx.analysis.poss !== undefined && !isCapitalised(nx);
}

/** A genitive name owns a possessed common noun in an oblique case before `head`, past bare words and arguments
 *  (`X-in yaşıl enerjiyə keçidinə`): it is that noun's owner, no subject of the verb after. */
function ownsNounBefore(ctx: DocContext, m: MentionInfo, head: number, posts?: readonly (readonly [string, string])[]): boolean {
  for (let j = m.tokEnd; j < head && j < m.tokEnd + OWNED_REACH; j++) {
    const tk = ctx.tokens[j], a = tk.analysis;
    // (a quoted name between is the owned noun's own: `X-in "Y" şirkətinə məxsus`, X's company Y)
    if (isQuote(tk) && tk.sent === ctx.tokens[head].sent) continue;
    if (tk.kind !== "word" || !a || a.case === "gen" || a.pos === "VERB") return false;
    // (not a noun a bare name right before it owns: `X-in Y vilayətinə`; a bare common noun there makes a compound
    // with it, still X's: `X-in beş qırıcı təyyarəsini`)
    // (a capitalised word that names no side, a model's or a type's name, is such a compound's: `X-in Su-34 təyyarəsini`)
    const prev = ctx.tokens[j - 1].analysis;
    if (j > m.tokEnd && prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && prev.case === undefined && prev.poss === undefined &&
      (prev.pos === "PROPN" || isCapitalised(ctx.tokens[j - 1])) && !modelName(ctx, j - 1)) return false;
    // (a compound's possessed noun in no case goes on to the noun it qualifies: `X-in kənd təsərrüfatı məhsullarına`)
    if (j + 1 < head && compoundLink(ctx, j, head)) continue;
    // (a possessed noun before a postposition stands in its case: `X Y-in planı ilə razılaşdığını bildirib`, Y's plan)
    const post = j + 1 < head && !!posts?.some(([w]) => w === ctx.tokens[j + 1].lower);
    if (a.poss !== undefined && a.pos === "NOUN" && !isCapitalised(tk)) return (a.case !== undefined && a.case !== "nom") || (a.case === undefined && post);
  }
  return false;
}

/** Token `k` is a name of a model or type written with its number (`Su-34`, `F-16`, `S-400`), inside no mention: a
 *  common noun's modifier, naming no side. */
function modelName(ctx: DocContext, k: number): boolean {
  return /\d/.test(ctx.tokens[k].norm) && !ctx.mentions.some((mm) => mm.tokStart <= k && k < mm.tokEnd);
}

/** An unlinked personal pronoun in the case of `m` stands after it, before `head`, in its sentence. */
function pronounBetween(ctx: DocContext, t: EventTables, m: MentionInfo, head: number): boolean {
  for (let j = m.tokEnd; j < head; j++) {
    const tk = ctx.tokens[j];
    if (tk.sent !== ctx.tokens[head].sent) return false;
    if (t.pronouns.some(([w, c]) => w === tk.lower && c === m.case) && !ctx.mentionsIn(j, j + 1).length) return true;
  }
  return false;
}

/** A phrase with an object participle inside it (`X-in Y-ə tətbiq etdiyi tariflər`): the genitive before the
 *  phrase is the participle's subject, the doer. */
function innerParticipleOwner(ctx: DocContext, before: MentionInfo[], hit: TriggerHit): MentionInfo | undefined {
  for (let p = hit.head + 1; p < hit.end - 1; p++) {
    const a = ctx.tokens[p].analysis;
    if (a?.pos === "VERB" && a.verbForm === "part" && a.poss !== undefined && a.case === undefined) {
      return [...before].reverse().find((m) => m.case === "gen" && m.tokEnd <= hit.head && !ownsNounBefore(ctx, m, hit.head));
    }
  }
  return undefined;
}

/** The token after the genitive of a mention in the genitive: its own last word, or a body noun after it that
 *  carries the case (`X ordusunun`, past an adjective: `X-in rəsmi şəxslərinin`). */
/** Tokens [a, b) are one quotation, its marks included (`X-in "…" iradına`: the words said stand between the owner and
 *  its noun of speech). */
function quotationBetween(ctx: DocContext, a: number, b: number): boolean {
  if (b - a < 3 || ctx.tokens[a].norm !== '"' || ctx.tokens[b - 1].norm !== '"') return false;
  for (let k = a + 1; k < b - 1; k++) if (!ctx.quoted[k]) return false;
  return true;
}

function genitiveEnd(ctx: DocContext, m: MentionInfo): number {
  if (ctx.tokens[m.tokEnd - 1]?.analysis?.case === "gen") return m.tokEnd;
  for (let k = m.tokEnd; k < m.tokEnd + 2; k++) if (ctx.tokens[k]?.analysis?.case === "gen") return k + 1;
  return m.tokEnd;
}

/** The doer of a reason participle (`dəstəklədiyinə görə`): the accusative side of the main clause, before the participle's
 *  own object or after the postposition; undefined when the trigger is no such participle or no such side is named. */
function reasonDoer(ctx: DocContext, t: EventTables, hit: TriggerHit): MentionInfo | undefined {
  const v = hit.verb, tk = ctx.tokens[v], a = tk?.analysis, post = ctx.tokens[v + 1];
  if (a?.pos !== "VERB" || a.verbForm !== "part" || a.poss === undefined || a.case !== "dat" || !post || post.sent !== tk.sent ||
    !t.framePostposition.includes(post.lower)) return undefined;
  const sent = ctx.doc.sentences[tk.sent];
  const sides = ctx.mentionsIn(sent.tokStart, sent.tokEnd).filter((m) => m.case === "acc" && !m.place && !m.source &&
    ctx.quoted[m.tokStart] === ctx.quoted[v]);
  const before = sides.filter((m) => m.tokEnd <= hit.head);
  // (the nearest before is the participle's own object; one before it is the main verb's)
  if (before.length >= 2) return before[before.length - 2];
  return sides.find((m) => m.tokStart > v + 1);
}

/** Of names in one case before `head` (nearest first), the first when a non-finite verb in a case (`-maqda`, `-mağa`)
 *  stands between the last of them and `head`: the names nearer it are its own arguments. */
function outerObject(ctx: DocContext, before: MentionInfo[], head: number): MentionInfo | undefined {
  if (before.length < 2) return undefined;
  const near = before[0];
  // (a name owning the nearer noun in that case, `X Y-ə Z ərazisinə zərbələr endirməyə icazə verib`, stands in its case)
  const nearCase = near.case === "nom" ? izafetCase(ctx, near) ?? near.case : near.case;
  // (a genitive owning the inner verb's object, `X Y-i Z-in qətnamələrini pozmaqda ittiham edib`, is that verb's too: the
  // name in a case of its own farther off is the trigger's)
  const same = before.filter((m) => m === near || m.case === nearCase || (near.case === "gen" && m.case !== "nom"));
  if (same.length < 2) return undefined;
  let inner = false;
  for (let j = near.tokEnd; j < head; j++) {
    const a = ctx.tokens[j].analysis;
    if (ctx.tokens[j].sent !== ctx.tokens[head].sent) return undefined;
    // (and an object participle in a case, the reason or aim of the act, `X Y-i Z-i dəstəklədiyinə görə tənqid edib`)
    if (a?.pos === "VERB" && (a.verbForm === "inf" || a.verbForm === "vnoun" || (a.verbForm === "part" && a.poss !== undefined)) && a.case !== undefined) inner = true;
  }
  return inner ? same[same.length - 1] : undefined;
}

/** The clause from `cs` opens with a bare word for the country in the nominative (`ki, ölkə …`) before `head`. */
function speakersCountry(ctx: DocContext, t: EventTables, cs: number, head: number): boolean {
  let k = cs;
  while (k < head && ctx.tokens[k].kind !== "word") k++;
  const a = ctx.tokens[k]?.analysis;
  return k < head && !!a && a.pos === "NOUN" && a.case === undefined && a.poss === undefined && !a.plural && !!t.ownStateNouns?.includes(a.stem ?? "");
}

/** Token `tk` is a statement, resolution, appeal or letter (`bəyanat`, `qətnamə`: the veto tables' `statementNouns`). */
export function statementAt(v: VetoTables | undefined, tk: Token | undefined): boolean {
  const nouns = v?.statementNouns, a = tk?.analysis;
  return !!nouns && a?.pos === "NOUN" && nouns.includes(a.stem ?? tk!.lower);
}

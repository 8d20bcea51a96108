// Trigger classes named by the PLOVER manual (deny, accuse, deprive, ban, cancel, thank, fight …) and the
// grammar around them: nouns that name a topic or a point in time, conditions, infinitives of plans,
// first-person resolves, threats in one's own words. Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("deprive, ban and dissolve are COERCE; lifting a visa rule is CONCEDE", () => {
  const d = docOf("Məhkəmə Con Smiti vətəndaşlıqdan məhrum edib. Norveç Fransa vətəndaşları üçün viza rejimini ləğv edib.");
  entity(d, "Con Smiti", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  const coerce = evs.find((e) => e.type === "COERCE");
  assert.ok(coerce);
  assert.ok(coerce.actors.includes("Con Smit"));
  const concede = evs.find((e) => e.type === "CONCEDE");
  assert.ok(concede);
  assert.equal(concede.actors[0], "Norveç");
  assert.equal(evs.length, 2);
});

test("denying is REJECT, blaming is ACCUSE, thanking is SUPPORT", () => {
  const d = docOf("Norveç bu xəbərləri təkzib edib. Fransa Norveçi günahlandırıb. Con Smit Əli Vəliyevə təşəkkür edib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçi", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevə", "PER", "Əli Vəliyev");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => e.type), ["REJECT", "ACCUSE", "SUPPORT"]);
  assert.deepEqual(evs[1].actors, ["Fransa", "Norveç"]);
  assert.deepEqual(evs[2].actors, ["Con Smit", "Əli Vəliyev"]);
});

test("a ceasefire is an event when declared, not when it is the topic of talks", () => {
  const d = docOf("Fransa ilə Norveç arasında atəşkəsə dair danışıqlar davam edir. Norveç atəşkəs elan edəcək.");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç", 0);
  entity(d, "Norveç", "LOC", "Norveç", 1);
  const retreats = extractEvents(d, az).filter((e) => e.type === "RETREAT");
  assert.equal(retreats.length, 1);
  assert.equal(retreats[0].mode, "future");
  assert.equal(retreats[0].trigger.text, "atəşkəs elan edəcək");
});

test("a call during which nothing was agreed still took place; an agreement one lacks is no event", () => {
  const d = docOf("Con Smit Əli Vəliyevlə telefon danışığı zamanı heç bir irəliləyiş əldə etməyib. Norveç ilə heç bir razılaşması olmayan ölkələr narahatdır.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  const call = evs.find((e) => e.type === "CONSULT");
  assert.ok(call);
  assert.equal(call.mode, "asserted");
  assert.ok(!evs.some((e) => e.type === "AGREE"));
});

test("a condition (`versə`, `verdikdə`) is no event; the consequence is", () => {
  const d = docOf("Qanuna görə, nazir istefa verdikdə, hökumət də istefa verir. Con Smit istefa versə, Əli Vəliyev Fransaya səfər edəcək.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev");
  entity(d, "Fransaya", "LOC", "Fransa");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.actors.includes("Con Smit")));
  assert.ok(evs.some((e) => e.type === "CONSULT" && e.actors[0] === "Əli Vəliyev" && e.mode === "future"));
});

test("an event noun said to be held (`keçirilən mərasimdə`) and fighting that takes place are events", () => {
  const d = docOf("Con Smit dünən Əli Vəliyevlə keçirilən mərasimdə çıxış edib. Fransa ilə Norveç arasında baş vermiş toqquşma hər iki tərəfə ziyan vurub.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  const meeting = evs.find((e) => e.type === "CONSULT");
  assert.ok(meeting);
  assert.deepEqual(meeting.actors, ["Con Smit", "Əli Vəliyev"]);
  const fight = evs.find((e) => e.type === "ASSAULT" && e.trigger.text === "toqquşma");
  assert.ok(fight);
  assert.deepEqual([...fight.actors].sort(), ["Fransa", "Norveç"]);
});

test("`… tətbiq edilməsi lazımdır` is a demand; a first-person must (`etməliyik`) is not", () => {
  const d = docOf('Con Smit bildirib ki, Fransaya qarşı sanksiyaların tez tətbiq edilməsi lazımdır. "Biz bu məsələni Norveçlə müzakirə etməliyik", - deyə Əli Vəliyev bildirib.');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Norveçlə", "LOC", "Norveç");
  entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev");
  const requests = extractEvents(d, az).filter((e) => e.type === "REQUEST");
  assert.equal(requests.length, 1);
  assert.equal(requests[0].actors[0], "Con Smit");
  assert.equal(requests[0].mode, "demanded");
});

test("force the speaker says they will use is a threat", () => {
  const d = docOf('Con Smit deyib: "Əgər onlar sərhədi keçsələr, biz onların bazalarını tamamilə məhv edəcəyik".');
  entity(d, "Con Smit", "PER", "Con Smit");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "THREATEN");
  assert.equal(evs[0].actors[0], "Con Smit");
});

test("an infinitive of a plan is a future event; of readiness, AGREE; `X ilə` is the partner", () => {
  const d = docOf("Con Smit sabah Əli Vəliyev ilə danışmağı planlaşdırır. Fransa Norveçlə danışıqlar aparmağa hazırlaşır.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçlə", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  const talk = evs.find((e) => e.type === "CONSULT");
  assert.ok(talk);
  assert.deepEqual(talk.actors, ["Con Smit", "Əli Vəliyev"]);
  assert.equal(talk.mode, "future");
  const ready = evs.find((e) => e.type === "AGREE");
  assert.ok(ready);
  assert.deepEqual(ready.actors, ["Fransa", "Norveç"]);
  assert.equal(ready.mode, "asserted");
});

test("other senses stay out: `nəzərdə tutulur`, a convened (`çağırılan`) session, taking part in no event", () => {
  const d = docOf("Norveç üçün yeni qaydalar nəzərdə tutulur. Con Smitin təklifi ilə çağırılan iclasda qərar qəbul edilib. Fransa şirkəti neftin daşınmasında iştirak edib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smitin", "PER", "Con Smit");
  entity(d, "Fransa", "LOC", "Fransa");
  assert.deepEqual(extractEvents(d, az), []);
});

test("a vague time (`bu yaxınlarda`) dates nothing (the publication date stands in); the clause after `X bildirib ki,` has its own subject", () => {
  const d = docOf("Norveç bu yaxınlarda Fransanı günahlandırıb. Con Smit bildirib ki, nazirlər Bakıda danışıqlarda iştirak edəcəklər.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransanı", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Bakıda", "LOC", "Bakı");
  d.timexes.push({ start: d.text.indexOf("bu yaxınlarda"), end: d.text.indexOf("bu yaxınlarda") + 13, text: "bu yaxınlarda", type: "DATE", value: "PAST_REF" });
  const evs = extractEvents(d, az);
  const accuse = evs.find((e) => e.type === "ACCUSE");
  assert.ok(accuse);
  assert.equal(accuse.date, "2025-10-08");
  assert.equal(accuse.date_basis, "document");
  assert.ok(!evs.some((e) => e.type === "CONSULT" && e.actors.includes("Con Smit")));
});

test("a country before a generic body noun takes that noun's case (`X hökumətinin qərarını`)", () => {
  const d = docOf("Norveç Fransa hökumətinin qərarını yüksək qiymətləndirib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  const [e, ...rest] = extractEvents(d, az);
  assert.equal(rest.length, 0);
  assert.equal(e.type, "SUPPORT");
  assert.deepEqual(e.actors, ["Norveç", "Fransa"]);
});

// Vetoes (src/extract/events/vetoes.ts): constructions that tell no event whatever trigger they hold.

test("a must-clause no one asks for is a rule; one a person says is a demand", () => {
  const d = docOf("Ərizələr Norveç dilində təqdim olunmalıdır. Qeyd edilib ki, Norveç şirkətləri hesabat təqdim etməlidir. Con Smit bildirib ki, Fransa sanksiyaları ləğv etməlidir.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Norveç", "LOC", "Norveç", 1);
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransa", "LOC", "Fransa");
  const requests = extractEvents(d, az).filter((e) => e.type === "REQUEST");
  assert.equal(requests.length, 1);
  assert.equal(requests[0].actors[0], "Con Smit");
});

test("an imperative to the reader tells no visit; a visit told of a side does", () => {
  const d = docOf("Ətraflı məlumat üçün Norveçi ziyarət edin. Con Smit Fransanı ziyarət edib.");
  entity(d, "Norveçi", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransanı", "LOC", "Fransa");
  const visits = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.equal(visits.length, 1);
  assert.ok(visits[0].actors.includes("Fransa"));
});

test("a relative clause naming a class of doers tells no act; before a name it tells that side's", () => {
  const d = docOf("Norveçə gələn turistlərin sayı artıb. Fransaya gələn Con Smit Əli Vəliyevlə görüşüb.");
  entity(d, "Norveçə", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.actors.includes("Norveç")));
  assert.ok(evs.some((e) => e.type === "CONSULT" && e.trigger.text === "gələn" && e.actors.includes("Fransa")));
});

test("a thing that threatens is no threat; a side that threatens is, also with its subject in an earlier clause or after its title", () => {
  const d = docOf("Nazir hesab edir ki, Norveçin Fransa ilə sıx əlaqələri İsveç adasındakı hərbçilərin təhlükəsizliyini təhdid edir. " +
    "Danimarka Norveçdən izahat tələb edib, sonra isə ona sanksiyalarla hədələyib.");
  entity(d, "Norveçin", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "İsveç", "LOC", "İsveç");
  entity(d, "Danimarka", "LOC", "Danimarka");
  entity(d, "Norveçdən", "LOC", "Norveç");
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.filter((e) => e.type === "THREATEN").map((e) => e.actors[0]), ["Danimarka"]);
  assert.ok(!evs.some((e) => e.type === "SANCTION")); // threatened with, not imposed
  const titled = docOf("Norveçin xarici işlər naziri Con Smit Fransanı təhdid edib.");
  entity(titled, "Norveçin", "LOC", "Norveç");
  entity(titled, "Con Smit", "PER", "Con Smit");
  entity(titled, "Fransanı", "LOC", "Fransa");
  assert.deepEqual(extractEvents(titled, az).map((e) => [e.type, e.actors]), [["THREATEN", ["Con Smit", "Fransa"]]]);
});

test("a thing that requires is no request; a side that demands is", () => {
  const d = docOf("Bu layihə böyük investisiya tələb edir. Norveç Fransadan kompensasiya tələb edir.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransadan", "LOC", "Fransa");
  const requests = extractEvents(d, az).filter((e) => e.type === "REQUEST");
  assert.equal(requests.length, 1);
  assert.deepEqual(requests[0].actors, ["Norveç", "Fransa"]);
});

test("a parliament's own sitting is no consultation", () => {
  const d = docOf("Bu, Norveç Parlamentinin bu gün keçirilən iclasında müzakirəyə çıxarılan qanun layihəsində əksini tapıb.");
  entity(d, "Norveç Parlamentinin", "ORG", "Norveç Parlamenti");
  assert.ok(!extractEvents(d, az).some((e) => e.type === "CONSULT"));
});

test("storing goods is no arrest; a person held is", () => {
  const d = docOf("Norveç şirkəti yüklərin təhlükəsiz saxlanılmasını təmin edir. Con Smit Fransada saxlanılıb.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransada", "LOC", "Fransa");
  const arrests = extractEvents(d, az).filter((e) => e.type === "COERCE");
  assert.equal(arrests.length, 1);
  assert.ok(arrests[0].actors.includes("Con Smit"));
});

test("announcing a measure to come accuses no one; reporting another's attack does", () => {
  const d = docOf("Norveç Fransaya qarşı yeni sanksiyalar tətbiq edəcəyini bildirib. Con Smit Fransanın Danimarkaya hücum etdiyini bildirib.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransanın", "LOC", "Fransa");
  entity(d, "Danimarkaya", "LOC", "Danimarka");
  const accusations = extractEvents(d, az).filter((e) => e.type === "ACCUSE");
  assert.equal(accusations.length, 1);
  assert.deepEqual(accusations[0].actors, ["Con Smit", "Fransa"]);
});

/** The events of one invented sentence, with its names set by hand: [surface, type, canonical name]. */
function eventsOf(text: string, names: [string, "PER" | "LOC" | "ORG", string][]): { type: string; actors: string[] }[] {
  const d = docOf(text);
  for (const [surface, type, name] of names) entity(d, surface, type, name);
  return extractEvents(d, az);
}

test("signing one's own decree or law is no agreement; signing a treaty or a law ratifying one is", () => {
  assert.deepEqual(eventsOf("Prezident Con Smit yeni fərmanı dünən imzalayıb.", [["Con Smit", "PER", "Con Smit"]]), []);
  assert.deepEqual(eventsOf("Con Smitin dünən imzaladığı Sərəncama əsasən vergi azalıb.", [["Con Smitin", "PER", "Con Smit"]]), []);
  const treaty = eventsOf("Norveç və Fransa dünən saziş imzalayıblar.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(treaty.map((e) => e.type), ["SUPPORT"]);
  const ratified = eventsOf("Con Smit Norveçlə sazişin təsdiq edilməsi haqqında qanunu dünən imzalayıb.", [["Con Smit", "PER", "Con Smit"], ["Norveçlə", "LOC", "Norveç"]]);
  assert.deepEqual(ratified.map((e) => [e.type, e.actors[0]]), [["SUPPORT", "Con Smit"]]);
});

test("a passive participle naming a class acted on tells no act; with an agent, two sides or a name it does", () => {
  assert.deepEqual(eventsOf("Norveç cəzadan azad edilmiş şəxslərə yardım göstərir.", [["Norveç", "LOC", "Norveç"]]).map((e) => e.type), ["AID"]);
  assert.deepEqual(eventsOf("Norveçin qadağan olunmuş malları satılmır.", [["Norveçin", "LOC", "Norveç"]]), []);
  assert.deepEqual(eventsOf("Norveçlə razılaşdırılmış məbləğ ödənilib.", [["Norveçlə", "LOC", "Norveç"]]), []);
  assert.deepEqual(eventsOf("Norveç tərəfindən həbs edilmiş jurnalistlər azad olunub.", [["Norveç", "LOC", "Norveç"]]).map((e) => e.type), ["COERCE"]);
  const named = eventsOf("Fransada həbs edilmiş jurnalist Con Smit azad olunub.", [["Fransada", "LOC", "Fransa"], ["Con Smit", "PER", "Con Smit"]]);
  assert.deepEqual(named.map((e) => [e.type, e.actors[0]]), [["COERCE", "Con Smit"]]);
  const sides = eventsOf("Norveç və Fransa arasında imzalanmış müqavilə qüvvəyə minib.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(sides.map((e) => e.type), ["SUPPORT"]);
});

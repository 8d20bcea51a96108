import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { ploverScore } from "../src/extract/events/scores.js";
import { docOf, entity, timex } from "./helpers-events.js";

const az = getLanguage("az");

test("a future meeting: subject, comitative partner, locative place, clause date", () => {
  const d = docOf("Prezident Əli Vəliyev mayın 5-də Bakıda həmkarı Con Smitlə görüşəcək.");
  entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev");
  entity(d, "Bakıda", "LOC", "Bakı");
  entity(d, "Con Smitlə", "PER", "Con Smit");
  timex(d, "mayın 5-də", "2025-05-05");
  const [e, ...rest] = extractEvents(d, az);
  assert.equal(rest.length, 0);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Əli Vəliyev", "Con Smit"]);
  assert.equal(e.location, "Bakı");
  assert.equal(e.mode, "future");
  assert.equal(e.date, "2025-05-05");
  assert.equal(e.trigger.text, "görüşəcək");
  assert.equal(e.score, ploverScore("CONSULT"));
});

test("a phone call to a dative addressee; the country before a title is not an actor", () => {
  const d = docOf("Nazir Aydın Kərimov Fransa prezidenti Pyer Dürana zəng edib.");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Pyer Dürana", "PER", "Pyer Düran");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.equal(e.plover_mode, "phone");
  assert.deepEqual(e.actors, ["Aydın Kərimov", "Pyer Düran"]);
  assert.equal(e.mode, "asserted");
  assert.equal(e.trigger.text, "zəng edib");
  assert.equal(e.score, 1.5);
});

test("modality from the verb: negated, possible, demanded (a demand becomes REQUEST)", () => {
  const d = docOf("Gürcüstan Ermənistanı ittiham etməyib. Türkiyə sanksiya tətbiq edə bilər. Litvanın mövqeyinə görə, Polşa üzr istəməlidir.");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  entity(d, "Ermənistanı", "LOC", "Ermənistan");
  entity(d, "Türkiyə", "LOC", "Türkiyə");
  entity(d, "Litvanın", "LOC", "Litva");
  entity(d, "Polşa", "LOC", "Polşa");
  const evs = extractEvents(d, az);
  const by = (t: string) => evs.find((e) => e.type === t);
  assert.equal(by("ACCUSE")?.mode, "negated");
  assert.deepEqual(by("ACCUSE")?.actors, ["Gürcüstan", "Ermənistan"]);
  assert.equal(by("SANCTION")?.mode, "possible");
  assert.equal(by("REQUEST")?.mode, "demanded");
  assert.deepEqual(by("REQUEST")?.actors, ["Litva", "Polşa"]);
});

test("a passive detention: place from the locative, the detained side as actor", () => {
  const d = docOf("Gürcüstanda iki İran vətəndaşı saxlanılıb. Ölkə bu qaydanı saxlayır.");
  entity(d, "Gürcüstanda", "LOC", "Gürcüstan");
  entity(d, "İran", "LOC", "İran");
  entity(d, "Ölkə", "LOC", "Ölkə");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1, "the active 'keeps' is not a detention");
  assert.equal(evs[0].type, "COERCE");
  assert.equal(evs[0].location, "Gürcüstan");
  assert.deepEqual(evs[0].actors, ["İran"]);
});

test("pronoun subject resolves to the person in focus; two-sided `arasında`", () => {
  const d = docOf("Con Smit Bakıya gəlib. O, Əli Vəliyevi təbrik edib. Azərbaycan və Gürcüstan arasında danışıqlar aparılıb.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Bakıya", "LOC", "Bakı");
  entity(d, "Əli Vəliyevi", "PER", "Əli Vəliyev");
  entity(d, "Azərbaycan", "LOC", "Azərbaycan");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  const evs = extractEvents(d, az);
  const sup = evs.find((e) => e.type === "SUPPORT");
  assert.deepEqual(sup?.actors, ["Con Smit", "Əli Vəliyev"]);
  const talks = evs.find((e) => e.type === "CONSULT" && e.trigger.text.startsWith("danışıq"));
  assert.deepEqual(talks?.actors, ["Azərbaycan", "Gürcüstan"]);
  // coming to a capital is a visit to its state; the city stays the place
  const visit = evs.find((e) => e.type === "CONSULT" && e.trigger.text === "gəlib");
  assert.deepEqual(visit?.actors, ["Con Smit", "Azərbaycan"]);
  assert.equal(visit?.location, "Bakı");
});

test("a demand is dated by its own sentence, not by the narrative before it (else by the publication date)", () => {
  const d = docOf("Təyyarə 2024-cü ildə vurulub. Rəsmi Bakının mövqeyinə görə, Rusiya tərəfi üzr istəməlidir.");
  entity(d, "Bakının", "LOC", "Bakı");
  entity(d, "Rusiya", "LOC", "Rusiya");
  timex(d, "2024-cü ildə", "2024");
  const evs = extractEvents(d, az);
  const demand = evs.find((e) => e.type === "REQUEST");
  assert.equal(demand?.mode, "demanded");
  assert.equal(demand?.date, "2025-10-08");
  assert.equal(demand?.date_basis, "document");
  assert.deepEqual(demand?.actors, ["Azərbaycan", "Rusiya"]);
});

test("a dated heading places the events after it; a repeated body gives each event once", () => {
  const body = "3 mart\nƏli Vəliyev Con Smitlə görüşüb.\n";
  const d = docOf(body + body);
  for (const n of [0, 1]) {
    entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev", n);
    entity(d, "Con Smitlə", "PER", "Con Smit", n);
    timex(d, "3 mart", "2025-03-03", n);
  }
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].date, "2025-03-03");
});

test("participation: each event noun with its own date makes its own event", () => {
  const d = docOf("Sabah o, forumda, mayın 10-da isə NATO-nun iclasında iştirak edəcək.");
  timex(d, "Sabah", "2025-05-09");
  timex(d, "mayın 10-da", "2025-05-10");
  entity(d, "NATO-nun", "ORG", "NATO");
  d.links = [{ start: 6, end: 7, text: "o", name: "Con Smit", kind: "pronoun", tokStart: 1, tokEnd: 2, case: "nom" }];
  const evs = extractEvents(d, az);
  assert.deepEqual(evs.map((e) => [e.date, e.actors]), [["2025-05-09", ["Con Smit"]], ["2025-05-10", ["Con Smit", "NATO"]]]);
  assert.ok(evs.every((e) => e.mode === "future"));
});

test("a finite verb in quoted speech is the speaker's event; its retelling and `bu görüş` are not new ones", () => {
  const d = docOf('Con Smit deyib: "Biz Əli Vəliyevlə görüşəcəyik və hər şeyi müzakirə edəcəyik". Bu görüş vacibdir.');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Əli Vəliyevlə", "PER", "Əli Vəliyev");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "CONSULT");
  assert.deepEqual(evs[0].actors, ["Con Smit", "Əli Vəliyev"]);
  assert.equal(evs[0].mode, "future");
});

test("a noun inside quoted speech names a topic, not an event", () => {
  const d = docOf('Con Smit bildirib: "Norveç ilə danışıqların nəticəsi hələ bəlli deyil".');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  assert.deepEqual(extractEvents(d, az), []);
});

test("PLOVER scores by category and sub-type", () => {
  assert.equal(ploverScore("CONSULT", "visit"), 4);
  assert.equal(ploverScore("COERCE", "arrest"), -7);
  assert.equal(ploverScore("ASSAULT"), -9);
  assert.equal(ploverScore("RETREAT", "resign"), 4.5);
});

test("a must-verb is a REQUEST by the speaker of `X deyib ki`, demanded even when negated", () => {
  const d = docOf("Con Smit deyib ki, Fransa hərbi əməliyyatları dayandırmalıdır. Əli Vəliyev bildirib ki, Norveç bu layihəni müzakirə etməməlidir.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev");
  entity(d, "Norveç", "LOC", "Norveç");
  const evs = extractEvents(d, az).filter((e) => e.type === "REQUEST");
  assert.equal(evs.length, 2);
  assert.deepEqual(evs[0].actors, ["Con Smit", "Fransa"]);
  assert.equal(evs[0].mode, "demanded");
  assert.deepEqual(evs[1].actors, ["Əli Vəliyev", "Norveç"]);
  assert.equal(evs[1].mode, "demanded");
});

test("a must-verb in a headline goes to the speaker the next sentence names; in a quotation to its speaker", () => {
  const d = docOf("Fransa zərəri ödəməlidir. Bunu Con Smit müsahibəsində deyib. “Onlar bu addımı mütləq atmalıdırlar”, - deyə Con Smit vurğulayıb.");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  const evs = extractEvents(d, az).filter((e) => e.type === "REQUEST");
  assert.ok(evs.length >= 1);
  assert.ok(evs.every((e) => e.actors[0] === "Con Smit" && e.mode === "demanded"));
  assert.ok(evs[0].actors.includes("Fransa"));
});

test("a clause that states a condition (`… etdiyi təqdirdə`) is no event", () => {
  const d = docOf("Con Smit Fransa müqavilədən imtina etdiyi təqdirdə Norveçə dəstək verəcəyini bildirib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçə", "LOC", "Norveç");
  const types = extractEvents(d, az).map((e) => e.type);
  assert.ok(!types.includes("REJECT"));
  assert.ok(types.includes("SUPPORT"));
});

test("stated readiness is AGREE; a repeated passage of the page gives its events once", () => {
  const s = "Con Smit Norveçlə yeni danışıqlara hazır olduğunu bildirib. ";
  const d = docOf(s + "Hava yaxşıdır. " + s);
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Norveçlə", "LOC", "Norveç", 0);
  entity(d, "Con Smit", "PER", "Con Smit", 1);
  entity(d, "Norveçlə", "LOC", "Norveç", 1);
  const agree = extractEvents(d, az).filter((e) => e.type === "AGREE");
  assert.equal(agree.length, 1);
  assert.equal(agree[0].actors[0], "Con Smit");
});

test("a coming act takes the date of the schedule two sentences back; a past one takes no date from an earlier sentence", () => {
  const d = docOf("Con Smit noyabrın 5-də Bakıya gələcək. Hava limanında fəxri qarovul düzüləcək. Con Smiti Əli Vəliyev qarşılayacaq. " +
    "Norveç mayın 5-də Fransa ilə saziş imzalayıb. Müxalifət isə Norveçi tənqid edib.");
  entity(d, "Con Smit", "PER", "Con Smit", 0);
  entity(d, "Bakıya", "LOC", "Bakı");
  entity(d, "Con Smiti", "PER", "Con Smit");
  entity(d, "Əli Vəliyev", "PER", "Əli Vəliyev");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Norveçi", "LOC", "Norveç");
  timex(d, "noyabrın 5-də", "2025-11-05");
  timex(d, "mayın 5-də", "2025-05-05");
  const evs = extractEvents(d, az);
  const welcome = evs.find((x) => x.trigger.text === "qarşılayacaq");
  assert.ok(welcome);
  assert.equal(welcome.type, "CONSULT");
  assert.deepEqual(welcome.actors, ["Əli Vəliyev", "Con Smit"]);
  assert.equal(welcome.date, "2025-11-05");
  const criticism = evs.find((x) => x.type === "ACCUSE");
  assert.ok(criticism);
  assert.equal(criticism.date, "2025-10-08");
  assert.equal(criticism.date_basis, "document");
});

test("a past act told again in the next sentence is the same act, on its date (`… saziş imzalayıb. Sənədi … imzalayıblar`)", () => {
  const d = docOf("Norveç və Fransa mayın 5-də saziş imzalayıb. Sənədi Con Smit və Pol Cekson imzalayıblar.");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Pol Cekson", "PER", "Pol Cekson");
  timex(d, "mayın 5-də", "2025-05-05");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "SUPPORT");
  assert.equal(evs[0].date, "2025-05-05");
  assert.ok(evs[0].actors.includes("Con Smit"));
});

test("a past act in a sentence that goes on with the dated story (a subject pronoun, the same noun) keeps its date", () => {
  const d = docOf("Keçən ay Con Smit Norveçlə problemlərin olduğunu etiraf edib. O, Fransaya səfərinin sonunda bunu deyib. " +
    "Ötən il Norveçə məxsus gəminin qəzası baş verib. Gəmi Fransanın ərazisində vurulub.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Norveçlə", "LOC", "Norveç");
  entity(d, "Fransaya", "LOC", "Fransa");
  entity(d, "Norveçə", "LOC", "Norveç");
  entity(d, "Fransanın", "LOC", "Fransa");
  timex(d, "Keçən ay", "2025-09");
  timex(d, "Ötən il", "2024");
  const evs = extractEvents(d, az);
  const visit = evs.find((e) => e.trigger.text === "səfərinin");
  assert.ok(visit);
  assert.equal(visit.date, "2025-09");
  const shot = evs.find((e) => e.type === "ASSAULT");
  assert.ok(shot);
  assert.equal(shot.date, "2024");
});

test("an event the text leaves undated takes the publication date, marked as such; without one it stays null", () => {
  const events = (date: string | null) => {
    const d = docOf("Norveç Fransanı günahlandırıb.", date as string);
    entity(d, "Norveç", "LOC", "Norveç");
    entity(d, "Fransanı", "LOC", "Fransa");
    return extractEvents(d, az);
  };
  const [dated] = events("2025-10-08");
  assert.equal(dated.type, "ACCUSE");
  assert.equal(dated.date, "2025-10-08");
  assert.equal(dated.date_basis, "document");
  const [undated] = events(null);
  assert.equal(undated.date, null);
  assert.equal(undated.date_basis, undefined);
});

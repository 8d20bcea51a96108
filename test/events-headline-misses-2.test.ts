// The misses of a second blind headline set (src/lang/az/events/headline-misses-2.ts and the general mechanisms
// beside it): coups, denials of reports, praise by naming, cooperation refused, arms given, prison terms awaiting,
// a war called likely, deportation of foreigners; a noun predicate closing a quotation, a named gathering with no
// side, a verb closing a question, a known surname opening quoted speech, a noun postposition after a subject,
// an Armenian surname in the genitive. Each with look-alikes that tell no such act. Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity } from "./helpers-events.js";
import type { EntityType } from "../src/text/doc.js";

const az = getLanguage("az");

function evs(text: string, ents: [string, EntityType, string][]) {
  const d = docOf(text);
  for (const [surface, type, name] of ents) entity(d, surface, type, name);
  return extractEvents(d, az);
}
/** The whole pipeline, entities and all. */
const full = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const brief = (text: string) => full(text).events.map((e) => [e.type, e.mode, e.actors]);

test("a military coup or power seized is COERCE; a turn in a field is not", () => {
  // (whole pipeline: the country in the locative is the state, by the ISO code the link stage gives it)
  const a = full("Norveçdə hərbi çevrilişdən sonra parlament buraxılıb.").events;
  assert.ok(a.some((e) => e.type === "COERCE" && e.cameo === "170" && e.actors.includes("Norveç")));
  const b = full("Norveçdə ordu hakimiyyəti ələ keçirdiyini elan edib.").events;
  assert.deepEqual(b.map((e) => [e.type, e.cameo, e.actors]), [["COERCE", "170", ["Norveç"]]]);
  // a town seized is ground taken (the entry before: CAMEO 192, COERCE by the CAMEO-to-PLOVER table), no coup
  const c = evs("Norveç ordusu Fransanın Lill şəhərini ələ keçirib.", [["Norveç", "LOC", "Norveç"], ["Fransanın", "LOC", "Fransa"], ["Lill", "LOC", "Lill"]]);
  assert.ok(c.every((e) => e.cameo !== "170"));
  assert.ok(c.some((e) => e.type === "COERCE" && e.cameo === "192"));
  assert.deepEqual(evs("Norveçdə texnoloji çevrilişdən sonra bazar dəyişib.", [["Norveçdə", "LOC", "Norveç"]]), []);
});

test("reports called untrue are REJECT, told asserted; a project not up to standards is no denial", () => {
  const a = evs("Norveç XİN Fransa ilə bağlı şayiələrin həqiqətə uyğun olmadığını bildirib.", [["Norveç XİN", "ORG", "Norveç XİN"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode]), [["REJECT", "asserted"]]);
  assert.ok(a[0].actors.includes("Norveç XİN"));
  const b = evs("Norveç XİN bildirib ki, Fransa ilə bağlı xəbərlər həqiqətə uyğun deyil.", [["Norveç XİN", "ORG", "Norveç XİN"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(b.map((e) => [e.type, e.mode]), [["REJECT", "asserted"]]);
  // no report is called untrue
  assert.deepEqual(evs("Norveç XİN bildirib ki, layihə standartlara uyğun deyil.", [["Norveç XİN", "ORG", "Norveç XİN"]]), []);
  // a report called true denies nothing
  assert.deepEqual(evs("Norveç XİN bildirib ki, xəbərlər həqiqətə uyğundur.", [["Norveç XİN", "ORG", "Norveç XİN"]]), []);
});

test("a side called a guarantor or a partner is praised (SUPPORT); a slur is still ACCUSE", () => {
  const a = evs("Con Smit Norveçi Avropanın əsas qarantı adlandırıb.", [["Con Smit", "PER", "Con Smit"], ["Norveçi", "LOC", "Norveç"], ["Avropanın", "LOC", "Avropa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.cameo]), [["SUPPORT", "051"]]);
  assert.deepEqual(a[0].actors.slice(0, 2), ["Con Smit", "Norveç"]);
  const b = evs("Con Smit Norveçi terrorçu dövlət adlandırıb.", [["Con Smit", "PER", "Con Smit"], ["Norveçi", "LOC", "Norveç"]]);
  assert.deepEqual(b.map((e) => e.type), ["ACCUSE"]);
  // a thing named, no side praised
  assert.deepEqual(evs("Con Smit layihəni əsas qarant adlandırıb.", [["Con Smit", "PER", "Con Smit"]]), []);
});

test("a side unworthy of cooperation is refused it (REJECT); unworthy of an award is not", () => {
  const a = evs("Norveç hökuməti Fransa ilə əməkdaşlığa layiq deyil.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => e.type), ["REJECT"]);
  assert.deepEqual(evs("Norveç komandası mükafata layiq deyil.", [["Norveç", "LOC", "Norveç"]]), []);
});

test("weapons given to a state are arms supply (COOPERATE); permission or money given is not", () => {
  const a = evs("Norveç Fransaya tankları verəcək.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode, e.cameo]), [["COOPERATE", "future", "062"]]);
  assert.deepEqual(a[0].actors, ["Norveç", "Fransa"]);
  assert.deepEqual(evs("Norveç Fransaya icazə verib.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]), []);
  // weapons given to a person are no supply to a state
  assert.ok(evs("Norveç Con Smitə silah verib.", [["Norveç", "LOC", "Norveç"], ["Con Smitə", "PER", "Con Smit"]]).every((e) => e.type !== "COOPERATE"));
});

test("a prison term awaiting a person is COERCE", () => {
  const a = evs("Con Smiti 20 il azadlıqdan məhrumetmə cəzası gözləyir.", [["Con Smiti", "PER", "Con Smit"]]);
  assert.deepEqual(a.map((e) => [e.type, e.cameo]), [["COERCE", "173"]]);
  assert.deepEqual(a[0].actors, ["Con Smit"]);
});

test("foreigners sent out of a country are deported (COERCE 174); an envoy sent out is still expelled (SANCTION)", () => {
  const a = evs("Norveç bütün əcnəbiləri ölkədən çıxaracaq.", [["Norveç", "LOC", "Norveç"]]);
  assert.deepEqual(a.map((e) => [e.type, e.cameo, e.mode]), [["COERCE", "174", "future"]]);
  const b = evs("Norveç Fransanın səfirini ölkədən çıxaracaq.", [["Norveç", "LOC", "Norveç"], ["Fransanın", "LOC", "Fransa"]]);
  assert.deepEqual(b.map((e) => [e.type, e.cameo]), [["SANCTION", "166"]]);
});

test("a noun predicate closing a quotation is an event; a noun that is only talked about is not", () => {
  const a = evs('Con Smit: "Norveç və Fransa arasında müharibə ehtimalı artır"', [["Con Smit", "PER", "Con Smit"], ["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.actors]), [["ASSAULT", ["Norveç", "Fransa"]]]);
  const b = evs('Con Smit: "Fransa ilə bağlı şayiələr həqiqətə uyğun deyil"', [["Con Smit", "PER", "Con Smit"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(b.map((e) => [e.type, e.mode]), [["REJECT", "asserted"]]);
  assert.ok(b[0].actors.includes("Con Smit"));
  // a noun the speaker talks about, with more of the clause after it
  assert.deepEqual(evs('Con Smit: "Norveç və Fransa arasında müharibə ehtimalı barədə danışmaq tezdir"', [["Con Smit", "PER", "Con Smit"], ["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]])
    .filter((e) => e.type === "ASSAULT"), []);
});

test("a gathering named by its own name with no side is the gathering's CONSULT", () => {
  const a = full("Bakıda Gələcəyin Kənd Təsərrüfatı Sammiti keçirilir");
  const s = a.entities.find((e) => e.type === "MISC");
  assert.ok(s, "the summit is a named event");
  assert.deepEqual(a.events.map((e) => [e.type, e.actors]), [["CONSULT", [s!.name]]]);
  // a side named keeps the side
  assert.deepEqual(brief("Bakıda Norveç Sammiti keçirilir").map(([t, , a]) => [t, a]), [["CONSULT", ["Norveç"]]]);
});

test("a verb closing a question tells no event; an event noun in a question is still told", () => {
  assert.deepEqual(evs("Norveç əsgərləri Fransaya göndəriləcək?", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]), []);
  assert.deepEqual(evs("Norveç Fransanı təbrik edib?", [["Norveç", "LOC", "Norveç"], ["Fransanı", "LOC", "Fransa"]]), []);
  assert.deepEqual(evs("Norveç Fransanı təbrik edib.", [["Norveç", "LOC", "Norveç"], ["Fransanı", "LOC", "Fransa"]]).map((e) => e.type), ["SUPPORT"]);
  const a = evs("Con Smitin Fransa səfəri nələri dəyişəcək?", [["Con Smitin", "PER", "Con Smit"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => e.type), ["CONSULT"]);
});

test("a known surname opening speech after a colon is a name; one opening a quoted title stays out", () => {
  const a = full('Con Smit: "Tramp gələn ay Bakıya gələcək"');
  assert.ok(a.entities.some((e) => e.text === "Tramp" && e.type === "PER"));
  assert.ok(a.events.some((e) => e.type === "CONSULT" && e.actors.includes("Tramp")));
  // a quoted title after no colon (`"Tramp marşrutu"`) is no person
  assert.ok(!full('Norveç və Fransa "Tramp marşrutu"nu müzakirə ediblər').entities.some((e) => e.type === "PER"));
});

test("a noun postposition after a bare noun leaves the name before it the subject", () => {
  const a = evs('Con Smit: "Norveç sülh müqabilində ərazi güzəştlərinə getməyəcək"', [["Con Smit", "PER", "Con Smit"], ["Norveç", "LOC", "Norveç"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode, e.actors]), [["CONCEDE", "negated", ["Norveç"]]]);
});

test("an unknown surname with a surname's ending keeps it before the genitive (`-yanın`); a common noun does not", () => {
  const a = full("Norveç Aram Qarukyanın ölkədən çıxışına qadağa qoyub");
  assert.ok(a.entities.some((e) => e.name === "Aram Qarukyan"), JSON.stringify(a.entities));
  assert.ok(a.events.some((e) => e.type === "COERCE" && e.actors.includes("Aram Qarukyan")));
  assert.ok(!full("Milli Qvardiyanın əməkdaşları Bakıya gəlib").entities.some((e) => e.name.endsWith("Qvardiyan")));
});

// Triggers from a walk of news sentences that name two parties yet told no event (src/lang/az/events/two-party-predicates.ts):
// targeting, leaving an alliance or freezing membership, disagreeing, legal battles, arms supplies authorised, joint ventures,
// readiness to interact, purchases halted, money given to a fund, trials, discussions by a plural subject; each with look-alikes that tell
// no act between sides. Sentences are invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
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

test("a site targeted where the clause names force is ASSAULT; a campaign aimed at buyers is not", () => {
  const a = evs("Norveçin şimalındakı Fransa hərbi bazası dron ilə hədəf alınıb.", [["Norveçin", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => e.type), ["ASSAULT"]);
  assert.ok(a[0].actors.includes("Fransa"));
  const b = evs("Norveç ordusu raket zərbələri ilə Fransanın gəmilərini hədəfə alıb.", [["Norveç", "LOC", "Norveç"], ["Fransanın", "LOC", "Fransa"]]);
  assert.ok(b.some((e) => e.type === "ASSAULT" && e.actors.includes("Fransa")));
  // a market or a class of buyers aimed at
  assert.deepEqual(evs("Norveç şirkəti Fransa bazarında gəncləri hədəf alan kampaniya başladıb.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]).filter((e) => e.type === "ASSAULT"), []);
});

test("a state leaving an alliance is SANCTION withdraw; a person leaving a bank or a party is not", () => {
  const a = evs("Norveç faktiki olaraq NATO-dan çıxıb.", [["Norveç", "LOC", "Norveç"], ["NATO-dan", "ORG", "NATO"]]);
  assert.equal(a.length, 1);
  assert.equal(a[0].type, "SANCTION");
  assert.equal(a[0].plover_mode, "withdraw");
  assert.deepEqual(a[0].actors, ["Norveç", "NATO"]);
  const b = evs("Fransa Avropa İttifaqından çıxacaq.", [["Fransa", "LOC", "Fransa"], ["Avropa İttifaqından", "ORG", "Avropa İttifaqı"]]);
  assert.equal(b[0].type, "SANCTION");
  assert.equal(b[0].mode, "future");
  // not intending to leave is no withdrawal
  const c = evs("Norveç NATO-dan çıxmaq niyyətində deyil.", [["Norveç", "LOC", "Norveç"], ["NATO-dan", "ORG", "NATO"]]);
  assert.ok(c.every((e) => e.mode === "negated"));
  assert.deepEqual(evs("Con Smit Norveç Bankından çıxıb.", [["Con Smit", "PER", "Con Smit"], ["Norveç Bankından", "ORG", "Norveç Bankı"]]), []);
  assert.deepEqual(evs("Con Smit Yaşıl Partiyasından çıxıb.", [["Con Smit", "PER", "Con Smit"], ["Yaşıl Partiyasından", "ORG", "Yaşıl Partiyası"]]), []);
});

test("membership of a body frozen by a state is SANCTION; a club membership paused names no side", () => {
  const a = evs("Norveç Fransanın ittifaqdakı üzvlüyünü dayandırıb.", [["Norveç", "LOC", "Norveç"], ["Fransanın", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.plover_mode]), [["SANCTION", "withdraw"]]);
  assert.deepEqual(a[0].actors, ["Norveç", "Fransa"]);
  assert.deepEqual(evs("Klub üzvlüyünü dayandırıb.", []), []);
});

test("money contributed to an international fund is AID; a contribution to an aim is not", () => {
  const a = evs("Norveç Asiya İnkişaf Fonduna 2 milyon ABŞ dolları məbləğində töhfə verəcək.", [["Norveç", "LOC", "Norveç"], ["Asiya İnkişaf Fonduna", "ORG", "Asiya İnkişaf Fondu"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode, e.cameo]), [["AID", "future", "071"]]);
  assert.deepEqual(a[0].actors, ["Norveç", "Asiya İnkişaf Fondu"]);
  assert.deepEqual(evs("Yeni zavod Norveçin iqtisadiyyatına böyük töhfə verəcək.", [["Norveçin", "LOC", "Norveç"]]), []);
});

test("not agreeing with a side or its plan is REJECT; citizens unhappy with prices name no side", () => {
  const a = evs("Norveç Fransanın planı ilə razı deyil.", [["Norveç", "LOC", "Norveç"], ["Fransanın", "LOC", "Fransa"]]);
  assert.equal(a.length, 1);
  assert.equal(a[0].type, "REJECT");
  assert.equal(a[0].mode, "asserted");
  assert.deepEqual(a[0].actors, ["Norveç", "Fransa"]);
  assert.deepEqual(evs("Norveçdə sakinlər yeni qiymətlərdən razı deyil.", [["Norveçdə", "LOC", "Norveç"]]), []);
});

test("a legal battle waged with a side is ACCUSE; a fight against a crime names no side", () => {
  const a = evs("Norveç prezidenti Fransa ilə hüquqi mübarizə aparacaq.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode]), [["ACCUSE", "future"]]);
  assert.deepEqual(a[0].actors, ["Norveç", "Fransa"]);
  assert.deepEqual(evs("Norveç korrupsiyaya qarşı hüquqi mübarizə aparır.", [["Norveç", "LOC", "Norveç"]]), []);
});

test("arms supplies to a side authorised are COOPERATE 062 (the house convention for supply); supplies without a receiver named are not", () => {
  const a = evs("Pentaqon raketlərin Norveçə tədarükünə icazə verib.", [["Pentaqon", "ORG", "Pentaqon"], ["Norveçə", "LOC", "Norveç"]]);
  assert.deepEqual(a.map((e) => e.type), ["COOPERATE"]);
  assert.equal(a[0].cameo, "062");
  assert.deepEqual(a[0].actors, ["Pentaqon", "Norveç"]);
  assert.deepEqual(evs("Nazirlik dərmanların tədarükünə icazə verib.", []), []);
});

test("a joint venture set up by two sides is COOPERATE; a company set up alone is not", () => {
  const a = evs("Norveç Enerji ASC və Fransa Şəbəkə ASC birgə müəssisə yaradıblar.", [["Norveç Enerji ASC", "ORG", "Norveç Enerji"], ["Fransa Şəbəkə ASC", "ORG", "Fransa Şəbəkə"]]);
  assert.deepEqual(a.map((e) => e.type), ["COOPERATE"]);
  assert.deepEqual(a[0].actors, ["Norveç Enerji", "Fransa Şəbəkə"]);
  assert.deepEqual(evs("Norveç Enerji ASC yeni müəssisə yaradıb.", [["Norveç Enerji ASC", "ORG", "Norveç Enerji"]]), []);
});

test("readiness for mutual interaction with partners is AGREE; a school ready for work is not", () => {
  const a = evs("Norveç Fransa ilə konstruktiv qarşılıqlı fəaliyyətə hazırdır.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => [e.type, e.mode]), [["AGREE", "asserted"]]);
  assert.deepEqual(evs("Norveçdəki yeni məktəb fəaliyyətə hazırdır.", [["Norveçdəki", "LOC", "Norveç"]]), []);
});

test("purchases from a state halted are SANCTION; a fund halting gold purchases names no side", () => {
  const a = evs("Norveçin neft zavodları Fransa neftinin alışını dayandırıb.", [["Norveçin", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.deepEqual(a.map((e) => e.type), ["SANCTION"]);
  assert.deepEqual(a[0].actors, ["Norveç", "Fransa"]);
  assert.deepEqual(evs("Norveç Fondu qızılın alışını dayandırıb.", [["Norveç Fondu", "ORG", "Norveç Fondu"]]), []);
});

test("brought before a judge is COERCE 173 (charged with legal action, as the headline gold sets read it); a goal set before oneself is not", () => {
  const a = evs("Con Smit hakim qarşısına çıxarılıb.", [["Con Smit", "PER", "Con Smit"]]);
  assert.deepEqual(a.map((e) => [e.type, e.cameo]), [["COERCE", "173"]]);
  assert.deepEqual(evs("Con Smit qarşısına yeni məqsədlər qoyub.", [["Con Smit", "PER", "Con Smit"]]), []);
});

test("two sides named as the subject of a plural verb of discussion is CONSULT; one body alone is not", () => {
  const a = evs("Norveçin naziri Con Smit və Fransanın naziri Pyer Düpon əməkdaşlıq perspektivlərini müzakirə ediblər.",
    [["Norveçin", "LOC", "Norveç"], ["Con Smit", "PER", "Con Smit"], ["Fransanın", "LOC", "Fransa"], ["Pyer Düpon", "PER", "Pyer Düpon"]]);
  assert.deepEqual(a.map((e) => e.type), ["CONSULT"]);
  assert.ok(a[0].actors.includes("Con Smit"));
  // the sides named as such discuss too; one side's officials among themselves do not consult
  const b = evs("Con Smitin sözlərinə görə, Norveç nümayəndə heyəti Fransaya gəlib. Tərəflər Norveç Bankının layihələrini müzakirə ediblər.",
    [["Con Smitin", "PER", "Con Smit"], ["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"], ["Norveç Bankının", "ORG", "Norveç Bankı"]]);
  assert.ok(b.some((e) => e.type === "CONSULT" && e.trigger.text === "müzakirə ediblər"));
  assert.deepEqual(evs("Norveç nazirləri enerji layihələrini müzakirə ediblər.", [["Norveç", "LOC", "Norveç"]]), []);
  // a singular verb with no partner named stays a topic
  assert.deepEqual(evs("Con Smit yeni qanun layihəsini müzakirə edib.", [["Con Smit", "PER", "Con Smit"]]), []);
});

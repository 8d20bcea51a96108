// Actors of events in headline-style sentences: conjoined sides of a reciprocal act, the owner of a
// generic person noun as partner, places that are where and not who, passives with no agent, and
// the label before a headline's colon. Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import type { Doc, EntityType } from "../src/text/doc.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

/** An entity with the ISO code of its state (a country). */
function state(d: Doc, text: string, name: string, iso: string): void {
  const start = d.text.indexOf(text);
  d.entities.push({ start, end: start + text.length, text, type: "LOC" as EntityType, name, iso });
  d.entities.sort((a, b) => a.start - b.start);
}

test("two named sides joined by `və` are both parties of a discussion with no comitative partner", () => {
  const d = docOf("Gürcüstan və Moldova nazirləri enerji layihələrini müzakirə ediblər");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  entity(d, "Moldova", "LOC", "Moldova");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "CONSULT");
  assert.deepEqual(evs[0].actors, ["Gürcüstan", "Moldova"]);
});

test("a lone subject of a discussion with no partner is still no event", () => {
  const d = docOf("Gürcüstan nazirləri enerji layihələrini müzakirə ediblər");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  assert.equal(extractEvents(d, az).length, 0);
});

test("the owner of a generic person noun before `ilə` is the partner", () => {
  const d = docOf("Aydın Kərimov Fransanın rəsmi şəxsləri ilə ikitərəfli gündəliyi müzakirə edib");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  entity(d, "Fransanın", "LOC", "Fransa");
  const [e, ...rest] = extractEvents(d, az);
  assert.equal(rest.length, 0);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Aydın Kərimov", "Fransa"]);
});

test("a bare country before a body noun and `ilə` is the partner, not a second subject", () => {
  const d = docOf("Aydın Kərimov Kanada nümayəndələri ilə görüşüb");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  entity(d, "Kanada", "LOC", "Kanada");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Aydın Kərimov", "Kanada"]);
});

test("a role read over the first word of a longer name gives way to the name", () => {
  const d = docOf("Gürcüstanda Prezident Aparatının rəhbəri istefa verib");
  entity(d, "Gürcüstanda", "LOC", "Gürcüstan");
  entity(d, "Prezident Aparatının", "ORG", "Prezident Aparatı");
  const end = d.text.indexOf("Prezident") + "Prezident".length;
  d.links = [{ start: 0, end, text: d.text.slice(0, end), name: "Levan Beridze", id: "per:x", kind: "role", tokStart: 0, tokEnd: 2 }];
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "RETREAT");
  assert.ok(!e.actors.includes("Levan Beridze"), `got ${e.actors}`);
  assert.deepEqual(e.actors, ["Prezident Aparatı"]);
});

test("a city in the locative before `X və Y arasında` is where, not a side", () => {
  const d = docOf("Şəkidə Gürcüstan və Moldova arasında sərhəd məsələləri müzakirə edildi");
  entity(d, "Şəkidə", "LOC", "Şəki");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  entity(d, "Moldova", "LOC", "Moldova");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Gürcüstan", "Moldova"]);
  assert.equal(e.location, "Şəki");
});

test("an arrest with no agent and no side named is done by the state of the country it happens in", () => {
  const d = docOf("Fransada iki şübhəli saxlanılıb");
  state(d, "Fransada", "Fransa", "FR");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.deepEqual(e.actors, ["Fransa"]);
});

test("an arrest told only with a city, a capital or not, names no participant (headlines4/, headlines6/)", () => {
  const d = docOf("Parisdə iki şübhəli saxlanılıb");
  entity(d, "Parisdə", "LOC", "Paris");
  assert.deepEqual(extractEvents(d, az), []);
  const l = docOf("Lionda iki şübhəli saxlanılıb");
  entity(l, "Lionda", "LOC", "Lion");
  assert.deepEqual(extractEvents(l, az), []);
});

test("an attack with no agent in a city is no act of that city", () => {
  const d = docOf("Lionda iki nəfər öldürülüb");
  entity(d, "Lionda", "LOC", "Lion");
  assert.ok(extractEvents(d, az).every((e) => !e.actors.includes("Lion")));
});

test("a government named by a bare noun is the state in the locative", () => {
  const d = docOf("Çexiyada hökumət istefa verib");
  state(d, "Çexiyada", "Çexiya", "CZ");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "RETREAT");
  assert.deepEqual(e.actors, ["Çexiya"]);
});

test("the label before a headline's colon is who tells it, not who acts", () => {
  const d = docOf("KİV: ABŞ Kanadaya qarşı yeni sanksiyalar tətbiq edib");
  entity(d, "KİV", "ORG", "KİV");
  entity(d, "ABŞ", "LOC", "ABŞ");
  entity(d, "Kanadaya", "LOC", "Kanada");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "SANCTION");
  assert.deepEqual(e.actors, ["ABŞ", "Kanada"]);
});

test("a body in the locative is where a meeting is held, not its second side", () => {
  const d = docOf("Aydın Kərimov NATO Qərargahında görüş keçirib");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  entity(d, "NATO Qərargahında", "ORG", "NATO Qərargahı");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Aydın Kərimov"]);
});

test("partners joined by `və` share the comitative ending of the last", () => {
  const d = docOf("Aydın Kərimov Pyer Düran və Con Smitlə görüşüb");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  entity(d, "Pyer Düran", "PER", "Pyer Düran");
  entity(d, "Con Smitlə", "PER", "Con Smit");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Aydın Kərimov", "Pyer Düran", "Con Smit"]);
});

test("a country owning by a genitive chain the noun before `ilə` is the partner", () => {
  const d = docOf("Aydın Kərimov Kanada xarici işlər nazirinin müavini ilə görüşüb");
  entity(d, "Aydın Kərimov", "PER", "Aydın Kərimov");
  entity(d, "Kanada", "LOC", "Kanada");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Aydın Kərimov", "Kanada"]);
});

test("a country before a plural title is no title of the person after it", () => {
  const d = docOf("Kanada liderləri Con Smitlə görüşüblər");
  entity(d, "Kanada", "LOC", "Kanada");
  entity(d, "Con Smitlə", "PER", "Con Smit");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Kanada", "Con Smit"]);
});

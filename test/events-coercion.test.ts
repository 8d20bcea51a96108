// Coercion, attacks and military moves (PLOVER COERCE, ASSAULT, MOBILIZE): phrasings of crime and army
// news, and the accidents and trainings that are no such act. Sentences invented for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("nationals sent back by readmission are deported: the country sending them and their own", () => {
  const d = docOf("Ötən həftə 12 Azərbaycan vətəndaşı Niderlanddan readmissiya edilib.");
  entity(d, "Azərbaycan", "LOC", "Azərbaycan");
  entity(d, "Niderlanddan", "LOC", "Niderland");
  const evs = extractEvents(d, az).filter((e) => e.type === "COERCE");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].plover_mode, "deport");
  assert.equal(evs[0].trigger.text, "readmissiya edilib");
  assert.ok(evs[0].actors.includes("Niderland"));
});

test("people held liable in a country are punished by its state; in a district no participant is named; a demand to hold them liable is no act", () => {
  const d = docOf("Norveçdə meşə qırğını ilə bağlı üç nəfər məsuliyyətə cəlb olunub.");
  d.entities.push({ start: 0, end: 8, text: "Norveçdə", type: "LOC", name: "Norveç", iso: "NO" });
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.equal(e.trigger.text, "məsuliyyətə cəlb olunub");
  assert.deepEqual(e.actors, ["Norveç"]);
  // (a district is not the state that punishes: headlines4/, headlines6/)
  const q = docOf("Qusarda meşə qırğını ilə bağlı üç nəfər məsuliyyətə cəlb olunub.");
  entity(q, "Qusarda", "LOC", "Qusar");
  assert.deepEqual(extractEvents(q, az), []);
  const demand = docOf("Gürcüstan tərəfi üzr istəməli, günahkarlar məsuliyyətə cəlb edilməlidir.");
  entity(demand, "Gürcüstan", "LOC", "Gürcüstan");
  assert.ok(!extractEvents(demand, az).some((x) => x.type === "COERCE"));
});

test("raids held by a state agency are COERCE seize", () => {
  const d = docOf("Qida Təhlükəsizliyi Agentliyi bazarlarda reydlər keçirib.");
  entity(d, "Qida Təhlükəsizliyi Agentliyi", "ORG", "Qida Təhlükəsizliyi Agentliyi");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.equal(e.plover_mode, "seize");
  assert.deepEqual(e.actors, ["Qida Təhlükəsizliyi Agentliyi"]);
});

test("refused entry to a country is COERCE told as done; a student not let into an exam is none", () => {
  const d = docOf("Bloqer Serbiyaya buraxılmadı.");
  entity(d, "Serbiyaya", "LOC", "Serbiya");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.equal(e.mode, "asserted");
  assert.deepEqual(e.actors, ["Serbiya"]);
  const exam = docOf("Gecikən abituriyentlər imtahan binasına buraxılmırlar.");
  assert.equal(extractEvents(exam, az).length, 0);
});

test("a police operation is COERCE, a military one ASSAULT", () => {
  const police = docOf("Sumqayıt polisi Corat qəsəbəsində əməliyyat keçirib.");
  entity(police, "Sumqayıt", "LOC", "Sumqayıt");
  entity(police, "Corat", "LOC", "Corat");
  const [p] = extractEvents(police, az);
  assert.equal(p.type, "COERCE");
  const army = docOf("Türkiyə ordusu İraqın şimalında hərbi əməliyyat keçirib.");
  entity(army, "Türkiyə", "LOC", "Türkiyə");
  entity(army, "İraqın", "LOC", "İraq");
  assert.equal(extractEvents(army, az)[0].type, "ASSAULT");
});

test("an army's exercise is MOBILIZE; a bank's training is no event", () => {
  const d = docOf("Gürcüstan ordusu Kaxetiyada təlim keçirib.");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  entity(d, "Kaxetiyada", "LOC", "Kaxetiya");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "MOBILIZE");
  assert.equal(e.trigger.text, "təlim keçirib");
  assert.ok(e.actors.includes("Gürcüstan"));
  const bank = docOf("Bank Gəncədə müştərilər üçün təlimlər keçirib.");
  entity(bank, "Gəncədə", "LOC", "Gəncə");
  assert.equal(extractEvents(bank, az).length, 0);
});

test("a military march is MOBILIZE, not a protest", () => {
  const d = docOf("Sabah Gəncədə hərbi yürüş keçiriləcək.");
  entity(d, "Gəncədə", "LOC", "Gəncə");
  const evs = extractEvents(d, az);
  assert.ok(!evs.some((e) => e.type === "PROTEST"));
});

test("destroyed imported food is a seizure, not an attack", () => {
  const d = docOf("Türkiyədən gətirilən 300 kiloqram pendir məhv edilib.");
  entity(d, "Türkiyədən", "LOC", "Türkiyə");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.equal(e.plover_mode, "seize");
});

test("a car hitting a pedestrian and a gas explosion are accidents, no ASSAULT", () => {
  const car = docOf("Lənkəranda piyadanı avtomobil vurub.");
  entity(car, "Lənkəranda", "LOC", "Lənkəran");
  assert.ok(!extractEvents(car, az).some((e) => e.type === "ASSAULT"));
  const gas = docOf("Kürdəmir Zavodunda partlayış baş verib.");
  entity(gas, "Kürdəmir Zavodunda", "ORG", "Kürdəmir Zavodu");
  assert.ok(!extractEvents(gas, az).some((e) => e.type === "ASSAULT"));
  // one the clause tells as an attack stays
  const bomb = docOf("Kabil Hava Limanında bomba partlayışı baş verib.");
  entity(bomb, "Kabil Hava Limanında", "ORG", "Kabil Hava Limanı");
  assert.ok(extractEvents(bomb, az).some((e) => e.type === "ASSAULT"));
});

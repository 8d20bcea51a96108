// Actors, second round: a name right before a person's is no title, a trigger inside a relative clause
// keeps the main clause's subject out, the owner or origin of a subject noun stands for it, a topic is
// no side while another is named, `arasında` takes only the sides joined before it, and a quotation
// naming its own subject is not the speaker's act. Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("a country right before a person in the genitive is the one acting, not the person's title", () => {
  const d = docOf("Norveç Oleq Petrovun ölkədən çıxma qadağasını aradan qaldırdı");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Oleq Petrovun", "PER", "Oleq Petrov");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONCEDE");
  assert.deepEqual(e.actors, ["Norveç", "Oleq Petrov"]);
});

test("a name before a person's name that modifies a possessed noun is no title: the court acts", () => {
  const d = docOf("Kazan məhkəməsi Quliyev qardaşlarını həbsdə saxladı");
  entity(d, "Kazan", "LOC", "Kazan");
  entity(d, "Quliyev", "PER", "Quliyev");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.equal(e.actors[0], "Kazan");
  assert.ok(e.actors.includes("Quliyev"));
});

test("an event noun in a relative clause does not take the main clause's subject as its doer", () => {
  const d = docOf("Con Smit Parlamentə hücum zamanı yaralanmış polislərin vəziyyətini açıqladı");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Parlamentə", "ORG", "Parlament");
  const evs = extractEvents(d, az).filter((e) => e.type === "ASSAULT");
  for (const e of evs) assert.ok(!e.actors.includes("Con Smit"), `got ${e.actors}`);
});

test("a subject participle's doer is the name it describes, not the main clause's subject", () => {
  const d = docOf("Elnur Məmmədov Parisə səfərə gələn Jan Düponu qəbul edib");
  entity(d, "Elnur Məmmədov", "PER", "Elnur Məmmədov");
  entity(d, "Parisə", "LOC", "Paris");
  entity(d, "Jan Düponu", "PER", "Jan Düpon");
  const visit = extractEvents(d, az).find((e) => e.trigger.text.startsWith("səfər"));
  assert.ok(visit, "the visit is an event");
  assert.equal(visit.actors[0], "Jan Düpon");
  assert.ok(!visit.actors.includes("Elnur Məmmədov"), `got ${visit.actors}`);
});

test("the country a delegation comes from is a side of its meeting", () => {
  const d = docOf("Gürcüstandan gələn nümayəndə heyəti Elnur Məmmədovla görüşüb");
  entity(d, "Gürcüstandan", "LOC", "Gürcüstan");
  entity(d, "Elnur Məmmədovla", "PER", "Elnur Məmmədov");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Gürcüstan", "Elnur Məmmədov"]);
});

test("the genitive owner of the subject's title stands for the subject", () => {
  const d = docOf("Norveçin kralı və baş naziri Elnur Məmmədovu təbrik ediblər");
  entity(d, "Norveçin", "LOC", "Norveç");
  entity(d, "Elnur Məmmədovu", "PER", "Elnur Məmmədov");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "SUPPORT");
  assert.deepEqual(e.actors, ["Norveç", "Elnur Məmmədov"]);
});

test("a topic (`X ilə bağlı`) is no side while another is named, and the one name left when none is", () => {
  const d = docOf("Elnur Məmmədov Ankarada Gürcüstan ilə bağlı görüşlər keçirib");
  entity(d, "Elnur Məmmədov", "PER", "Elnur Məmmədov");
  entity(d, "Ankarada", "LOC", "Ankara");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Elnur Məmmədov"]);
  const d2 = docOf("Noyabrın 4-də Madriddə Gürcüstan ilə bağlı görüş keçiriləcək");
  entity(d2, "Madriddə", "LOC", "Madrid");
  entity(d2, "Gürcüstan", "LOC", "Gürcüstan");
  const [e2] = extractEvents(d2, az);
  assert.equal(e2.type, "CONSULT");
  assert.deepEqual(e2.actors, ["Gürcüstan"]);
});

test("`X və Y arasında` names only the sides joined before it; the subject telling of it is no side", () => {
  const d = docOf("Elnur Məmmədov Qasımov və Petrov arasında mətbuata sızmış söhbətə münasibət bildirib");
  entity(d, "Elnur Məmmədov", "PER", "Elnur Məmmədov");
  entity(d, "Qasımov", "PER", "Qasımov");
  entity(d, "Petrov", "PER", "Petrov");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Qasımov", "Petrov"]);
});

test("a bare name before an event noun with sides of its own is what it is about, not a side", () => {
  const d = docOf("Qasımovla Petrov arasında Xankəndi söhbəti");
  entity(d, "Qasımovla", "PER", "Qasımov");
  entity(d, "Petrov", "PER", "Petrov");
  entity(d, "Xankəndi", "LOC", "Xankəndi");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "CONSULT");
  assert.deepEqual(e.actors, ["Qasımov", "Petrov"]);
});

test("the owner in the genitive of an accusative noun is acted on, whatever the morphology reads", () => {
  const d = docOf("Seçki Komissiyası bu gün Tomas Müllerin mandatını ləğv edib");
  entity(d, "Seçki Komissiyası", "ORG", "Seçki Komissiyası");
  entity(d, "Tomas Müllerin", "PER", "Tomas Müller");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "COERCE");
  assert.deepEqual(e.actors, ["Seçki Komissiyası", "Tomas Müller"]);
});

test("a quotation naming its own subject is not the speaker's act; one in the first person is", () => {
  const d = docOf('Elnur Məmmədov: "Qasımov gələn həftə Bakıya gələcək"');
  entity(d, "Elnur Məmmədov", "PER", "Elnur Məmmədov");
  entity(d, "Bakıya", "LOC", "Bakı");
  for (const e of extractEvents(d, az)) assert.ok(!e.actors.includes("Elnur Məmmədov"), `got ${e.actors}`);
  const d2 = docOf('Elnur Məmmədov: "Gələn həftə Bakıya gələcəyəm"');
  entity(d2, "Elnur Məmmədov", "PER", "Elnur Məmmədov");
  entity(d2, "Bakıya", "LOC", "Bakı");
  const [e2] = extractEvents(d2, az);
  assert.equal(e2?.type, "CONSULT");
  assert.equal(e2.actors[0], "Elnur Məmmədov");
});

test("a bare name between the genitive owner and the event noun is where the visit goes; names after the noun are the next verb's", () => {
  const d = docOf("Con Smitin Norveç səfəri Skandinaviyaya nə vəd edir?");
  entity(d, "Con Smitin", "PER", "Con Smit");
  entity(d, "Norveç", "LOC", "Norveç");
  entity(d, "Skandinaviyaya", "LOC", "Skandinaviya");
  const visit = extractEvents(d, az).find((e) => e.type === "CONSULT");
  assert.ok(visit, "the visit is an event");
  assert.deepEqual(visit.actors, ["Con Smit", "Norveç"]);
});

test("a bare name joined by `və` to a common noun in the dative shares its case: both are acted on", () => {
  const d = docOf("Kanada Gürcüstan və müttəfiqlərinə silah satışını dayandırıb");
  entity(d, "Kanada", "LOC", "Kanada");
  entity(d, "Gürcüstan", "LOC", "Gürcüstan");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "SANCTION");
  assert.deepEqual(e.actors, ["Kanada", "Gürcüstan"]);
});

test("an attack noun after an object participle has the participle's genitive as its doer", () => {
  const d = docOf("Norlandiyanın Qərbistan ərazisinə endirdiyi hava zərbələri nəticəsində körpü dağılıb.");
  entity(d, "Norlandiyanın", "LOC", "Norlandiya");
  entity(d, "Qərbistan", "LOC", "Qərbistan");
  const [e] = extractEvents(d, az);
  assert.equal(e.type, "ASSAULT");
  assert.deepEqual(e.actors, ["Norlandiya", "Qərbistan"]);
});

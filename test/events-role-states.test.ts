// A person named by a state's office, or a state body named with its state, acts for that state too: the state follows them among the
// actors. Runs the whole pipeline (the role link needs the entity and link stages). Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const eventsOf = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events;

test("a role with its country gives the office-holder and the state", () => {
  const [e] = eventsOf("Azərbaycan Prezidenti gürcüstanlı həmkarını təbrik etdi.");
  assert.equal(e.type, "SUPPORT");
  assert.deepEqual(e.actors.slice(0, 2), ["İlham Əliyev", "Azərbaycan"]);
});

test("the state comes right after its office-holder, before the other side", () => {
  const [e] = eventsOf("Rusiya prezidenti Vladimir Putin Ərdoğanla görüşəcək.");
  assert.deepEqual(e.actors, ["Vladimir Putin", "Rusiya", "Ərdoğan"]);
});

test("a person named without an office gains no state", () => {
  const [e] = eventsOf("Putin Ərdoğanla görüşdü.");
  assert.deepEqual(e.actors, ["Putin", "Ərdoğan"]);
});

test("a state body named with its state gives the body and the state", () => {
  const d = annotate({ id: "t", text: "Gürcüstan Xarici İşlər Nazirliyi Moldovanı tənqid edib.", document_date: "2025-11-20" });
  assert.equal(d.entities.find((e) => e.type === "ORG")?.state, "Gürcüstan");
  assert.deepEqual(d.events[0].actors, ["Gürcüstan Xarici İşlər Nazirliyi", "Gürcüstan", "Moldova"]);
});

test("a state body owned by its state in the genitive gives the body and the state, before or inside the name", () => {
  const before = annotate({ id: "t", text: "Gürcüstanın Xarici İşlər Nazirliyi Moldovanı tənqid edib.", document_date: "2025-11-20" });
  assert.equal(before.entities.find((e) => e.type === "ORG")?.state, "Gürcüstan");
  assert.ok(before.events[0].actors.includes("Gürcüstan"));
  const inside = annotate({ id: "t", text: "Çinin Ticarət Nazirliyi ABŞ-a ciddi cavab verəcəyini bildirib.", document_date: "2025-11-20" });
  assert.equal(inside.entities.find((e) => e.type === "ORG")?.state, "Çin");
  // (a body after a person in the genitive, or after a common noun, has no state from it)
  const person = annotate({ id: "t", text: "Əliyevin Administrasiyası bəyanat yayıb.", document_date: "2025-11-20" });
  assert.equal(person.entities.find((e) => e.type === "ORG")?.state, undefined);
});

test("an office owned by a place no country code names is no home office-holder's", () => {
  // (a region's or an unrecognised republic's president is not Azerbaijan's)
  const links = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).links ?? []).map((l) => l.name);
  assert.deepEqual(links("Tatarıstan Prezidenti Bakıya gəlib."), []);
  assert.ok(!eventsOf("Serb Respublikası Prezidentinin mandatı ləğv edilib.").some((e) => e.actors.includes("İlham Əliyev")));
  // look-alikes: the home country named, or no place at all in a home story, still gives the home holder
  assert.deepEqual(links("Azərbaycan Prezidenti Bakıda çıxış edib."), ["İlham Əliyev"]);
  assert.deepEqual(links("Prezident Bakıda yeni parkın açılışında çıxış edib."), ["İlham Əliyev"]);
});

test("a state's office with no link to the person after it leaves the state a side; a deputy is no holder", () => {
  // (Kenya's president congratulated Aliyev: the office's holder, not Aliyev, and Kenya act)
  const [e] = eventsOf("Keniya Prezidenti Əliyevi təbrik edib.");
  assert.ok(e.actors.includes("Keniya") && e.actors.includes("Əliyev"));
  const links = (text: string) => (annotate({ id: "t", text, document_date: "2025-11-20" }).links ?? []).map((l) => l.name);
  // (the deputy of a prime minister, in any case, is not the prime minister)
  assert.deepEqual(links("Əliyev Slovakiya baş nazirinin müavininin başçılıq etdiyi heyəti qəbul edib."), []);
  assert.deepEqual(links("Slovakiya baş naziri Bakıya gəlib."), ["Robert Fitso"]);
});

test("a name before a noun of its vicinity is where it happened, no side (`Ağ Ev yaxınlığında`)", () => {
  const [e] = eventsOf("Ağ Ev yaxınlığında Milli Qvardiyanın əməkdaşlarına atəş açılıb.");
  assert.ok(e && !e.actors.includes("Ağ Ev"));
});

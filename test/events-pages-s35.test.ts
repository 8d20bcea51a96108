// Events of real news pages (stop 35, lead): protesters of a nation abroad, the day a sentence tells first as the one
// `həmin gün` goes back to. Sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2021-03-11") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events.map((e) => [e.type, e.actors, e.date]);

test("people of a nation protesting abroad are their state's, not the state of the city they live in", () => {
  const t = "Parisdə yaşayan gürcü tələbələr Rusiya səfirliyinin qarşısında aksiya keçirib.";
  assert.equal(events(t)[0]?.[0], "PROTEST");
  assert.equal(events(t)[0]?.[1][0], "Gürcüstan");
  assert.ok(!(events(t)[0]?.[1] as string[]).includes("Fransa"));
  // compatriots too, the nationality word capitalised or not
  for (const w of ["azərbaycanlı", "Azərbaycanlı"]) {
    const u = `10.03.2021 tarixində Berlində yaşayan ${w} soydaşlarımız Ermənistan səfirliyinin qarşısında dinc aksiya keçirib.`;
    const [type, actors, date] = events(u)[0] ?? [];
    assert.deepEqual([type, (actors as string[])[0], date], ["PROTEST", "Azərbaycan", "2021-03-10"]);
    assert.ok(!(actors as string[]).includes("Almaniya"));
  }
  // look-alike: with no one named, the protest is still the country's where it happens
  assert.deepEqual(events("Berlində Ermənistan səfirliyinin qarşısında aksiya keçirilib.")[0]?.[1], ["Almaniya", "Ermənistan"]);
});

test("a day in the ablative after the sentence's first day starts a span: `həmin gün` goes back to the first", () => {
  const t = "10.03.2021 tarixində Ermənistanın 01.03.2021 tarixindən başlayan təxribatları ilə bağlı soydaşlarımız Berlində aksiya keçirib. " +
    "Onların bəziləri həmin gün Hamburqdan gəlib.";
  const tx = doc(t).timexes.find((x) => x.text === "həmin gün");
  assert.equal(tx?.value, "2021-03-10");
  // look-alike: a day in the locative after it moves the story on
  const u = "10.03.2021 tarixində soydaşlarımız Berlində aksiya keçirib, 12.03.2021 tarixində isə Hamburqda yürüş olub. Onların bəziləri həmin gün Bremendən gəlib.";
  assert.equal(doc(u).timexes.find((x) => x.text === "həmin gün")?.value, "2021-03-12");
});

test("harm promised as the act of the object clause threatens, and the harm promised is no act of its own", () => {
  const t = "Prezident Con Smit Kanadanı bütün gücü ilə cəzalandırmağa davam edəcəyinə söz verib.";
  assert.deepEqual(events(t).map(([type]) => type), ["THREATEN"]);
  assert.deepEqual(events("Nazir Samir Vəliyev Ermənistana zərbə endirəcəklərini vəd edib.").map(([type]) => type), ["THREATEN"]);
  // look-alike: help promised is a promise, and the help still to come is told
  assert.deepEqual(events("Nazir Samir Vəliyev Ermənistana yardım edəcəyinə söz verib.").map(([type]) => type).sort(), ["AGREE", "AID"]);
});

test("a date inside the topic of a report denied, past a linking postposition, is the topic's, not the denial's", () => {
  const t = "Nazirliyin sözçüsü Samir Vəliyev nazirin cümə axşamı jurnalistlərlə görüş keçirməsi ilə bağlı dərc edilən xəbəri təkzib edib.";
  const reject = events(t, "2026-01-05").find(([type]) => type === "REJECT");
  assert.equal(reject?.[2], "2026-01-05");
  // look-alike: a date of the denial itself dates it
  const u = "Nazirliyin sözçüsü Samir Vəliyev nazirin jurnalistlərlə görüş keçirməsi ilə bağlı dərc edilən xəbəri cümə axşamı təkzib edib.";
  assert.equal(events(u, "2026-01-05").find(([type]) => type === "REJECT")?.[2], "2026-01-01");
});

test("a place's other name in brackets before the noun it qualifies keeps the place a place, no side", () => {
  const t = "Dekabrın 27-də Xocalı rayonunun Ağbulaq (Nersesaşen) kəndi istiqamətində erməni silahlı qrupu Azərbaycan Ordusunun bölmələrinə hücum edib.";
  const [type, actors] = events(t, "2020-12-28")[0] ?? [];
  assert.equal(type, "ASSAULT");
  assert.equal((actors as string[])[0], "Ermənistan");
  assert.ok(!(actors as string[]).some((a) => a === "Ağbulaq" || a === "Nersesaşen"));
});

test("a day written with its number after the news, in the clause of an act told done by its light verb, is another act's", () => {
  const t = "Moldova XİN-i Şimal Şurasının ölkəni oktyabrın 20-də Osloda keçiriləcək forumuna dəvət etməsini tənqid edib.";
  const accuse = events(t, "2025-09-23").find(([type]) => type === "ACCUSE");
  assert.equal(accuse?.[2], "2025-09-23");
  // look-alike: a day before the news dates the act
  const u = "Moldova XİN-i sentyabrın 20-də Şimal Şurasının qərarını tənqid edib.";
  assert.equal(events(u, "2025-09-23").find(([type]) => type === "ACCUSE")?.[2], "2025-09-20");
});

test("an event carries the layer's own fields only, none of the reading's working notes", () => {
  const t = "Prezident Con Smit Kanadanı cəzalandıracağına söz verib. Nazir Samir Vəliyev Kanadanın səfiri ilə görüşündə sülhə çağırıb.";
  const allowed = new Set(["type", "mode", "cameo", "plover_mode", "trigger", "location", "actors", "date", "score", "date_basis", "sentence"]);
  for (const e of doc(t).events) for (const k of Object.keys(e)) assert.ok(allowed.has(k), `unexpected field ${k}`);
});

// False alarms of the types ACCUSE, REQUEST, REJECT, PROTEST, CONCEDE, COOPERATE and AID found by an audit of unlabelled
// news (helper cp25b), on sentences written for these tests: a confession of one's secrets, love or how one lived (personal
// news), a defendant dismissing his lawyer (a step of his trial), displeasure with a service (a grievance, no side accused),
// checks begun in a state body (one body of a state assessing another), concern over climate or disasters (no side blamed),
// and an act in the writer's scare quotes (a word used in jest); each with a look-alike that stays an event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneEvent as one, pipelineEvents } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text, "2025-07-01");
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);

test("a confession of one's secrets, love or how one lived through something concedes nothing to a side", () => {
  assert.deepEqual(types("Aktrisa Anna Vells sirlərini etiraf edib."), []);
  assert.deepEqual(types("Müğənni Leyla Qasımova keçmiş həyat yoldaşına sevgisini etiraf edib."), []);
  assert.deepEqual(types("Aktyor Tom Reyd ayrılıq dövrünü necə keçirdiyini açıq etiraf edib."), []);
});

test("look-alike: a state admitting an act or the harm it did stays CONCEDE", () => {
  one("Rusiya zərbələrin enerji sisteminə ciddi ziyan vurduğunu etiraf edib.", "CONCEDE", ["Rusiya"]);
});

test("a defendant dismissing his own lawyer is a step of his trial, no refusal of a side", () => {
  assert.deepEqual(types("Keçmiş nazir Con Smit vəkilindən imtina edib."), []);
  assert.deepEqual(types("Həbsdə olan jurnalist Pol Braun vəkillərindən imtina edib."), []);
});

test("look-alikes: an offer or talks refused stay REJECT", () => {
  one("Fransa Almaniyanın təklifindən imtina edib.", "REJECT", ["Fransa", "Almaniya"]);
  one("Gürcüstan Rusiya ilə danışıqlardan imtina edib.", "REJECT", ["Gürcüstan", "Rusiya"]);
});

test("displeasure with a service or its quality, naming no act of a side, accuses no one", () => {
  assert.deepEqual(types("ADA Universitetinin yataqxanası gündəmdə: Tələbələr otaqların vəziyyətindən narazılıq edirlər."), []);
  assert.deepEqual(types("Sakinlər Bakı Metropoliteninin xidmətindən narazılıq edirlər."), []);
});

test("look-alikes: displeasure with a side's sanctions or operations stays ACCUSE", () => {
  assert.ok(events("Çin ABŞ-ın yeni sanksiyalarından narazılığını bildirib.").some((e) => e.type === "ACCUSE" && e.actors.includes("Çin") && e.actors.includes("ABŞ")));
  assert.ok(events("Türkiyə İsrailin hərbi əməliyyatlarına narazılıq edib.").some((e) => e.type === "ACCUSE" && e.actors.includes("Türkiyə") && e.actors.includes("İsrail")));
});

test("checks begun in a ministry by another body of the state are no investigation between sides", () => {
  assert.deepEqual(types("Hesablama Palatası Səhiyyə Nazirliyində yoxlamalara başlayıb."), []);
  assert.deepEqual(types("Dövlət Audit Xidməti Kənd Təsərrüfatı Nazirliyində yoxlamaya başlayıb."), []);
});

test("look-alikes: checks begun at a company stay ACCUSE (090 investigate)", () => {
  one(`Baş Prokurorluq "Omega" şirkətində yoxlamalara başlayıb.`, "ACCUSE", ["Baş Prokurorluq"]);
  one(`Antiinhisar Agentliyi "Delta Market" şirkətində yoxlamaya başlayıb.`, "ACCUSE", ["Antiinhisar Agentliyi"]);
});

test("concern over climate change or natural disasters blames no side", () => {
  assert.deepEqual(types("Nazir Con Smit iqlim dəyişikliyi ilə bağlı narahatlığını ifadə edib."), []);
  assert.deepEqual(types("Prezident ada dövlətlərinə təbii fəlakətlərin yaratdığı təhlükələrlə bağlı narahatlığını bildirib."), []);
});

test("look-alike: concern over a side's strikes stays ACCUSE", () => {
  assert.ok(events("Fransa İsrailin Livana zərbələri ilə bağlı narahatlığını ifadə edib.").some((e) => e.type === "ACCUSE" && e.actors.includes("Fransa") && e.actors.includes("İsrail")));
});

test("an act in the writer's scare quotes closing the sentence is a word used in jest: no act of its kind", () => {
  assert.deepEqual(types(`Prezident Con Smit bayram münasibətilə iki qazı "əfv edib".`), []);
  assert.deepEqual(types(`Baş nazir Pol Braun yeni ili bir ayı "tənqid edib".`), []);
});

test("look-alikes: the act unquoted, quoted in a reported clause or in a speaker's line stays an event", () => {
  one("Prezident Con Smit iki jurnalisti əfv edib.", "CONCEDE", ["Con Smit"]);
  one(`Con Smit deyib ki, Fransa Almaniyanı "tənqid edib".`, "ACCUSE", ["Fransa", "Almaniya"]);
  one(`Con Smit: "Almaniyanı tənqid edib"`, "ACCUSE", ["Con Smit", "Almaniya"]);
});

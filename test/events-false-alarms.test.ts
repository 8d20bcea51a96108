// False alarms found on news outside politics (education, tax, business): a must-clause stating a rule,
// support named as an aim, support given to a thing, and "coming to a decision" read as a visit. Each
// vetoed pattern beside a true event of the same trigger that stays. Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Event } from "../src/text/doc.js";
import { eventsWith } from "./helpers-events.js";

const events = eventsWith;

const types = (evs: Event[]) => evs.map((e) => `${e.type}:${e.trigger.text}`);

test("a must-clause naming no side is a rule or advice, not a demand", () => {
  const rule = events("Müdir Kamran Əlizadə bildirib ki, valideynlər övladlarının maraqlarına diqqət etməlidirlər.",
    [["Kamran Əlizadə", "PER", "Kamran Əlizadə"]]);
  assert.deepEqual(types(rule).filter((x) => x.startsWith("REQUEST")), []);
  const passive = events("Nadir Babayev deyib ki, satış zamanı kassa çeki alıcıya mütləq təqdim edilməlidir.",
    [["Nadir Babayev", "PER", "Nadir Babayev"]]);
  assert.deepEqual(types(passive).filter((x) => x.startsWith("REQUEST")), []);
});

test("a must-clause on a named side stays a demand", () => {
  const evs = events("Norlandiya naziri Kamran Əlizadə bildirib ki, Qərbistan hücumları dərhal dayandırmalıdır.",
    [["Norlandiya", "LOC", "Norlandiya"], ["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Qərbistan", "LOC", "Qərbistan"]]);
  const r = evs.filter((e) => e.type === "REQUEST");
  assert.equal(r.length, 1, JSON.stringify(types(evs)));
  assert.ok(r[0].actors.includes("Qərbistan"));
});

test("a must-clause whose subject is a pronoun for a side stays a demand", () => {
  const evs = events("Kamran Əlizadə deyib: “Onlar bizə təminat verməlidirlər”.", [["Kamran Əlizadə", "PER", "Kamran Əlizadə"]]);
  assert.equal(evs.filter((e) => e.type === "REQUEST").length, 1, JSON.stringify(types(evs)));
});

test("support named as an aim (a passive verbal noun, no agent) is no event; a finite support stays", () => {
  const aim = events("Norlandiya gənclərin dəstəklənməsinə kömək etmək üçün yeni proqram hazırlayıb.", [["Norlandiya", "LOC", "Norlandiya"]]);
  assert.deepEqual(types(aim).filter((x) => x.startsWith("SUPPORT")), []);
  const act = events("Norlandiya Qərbistanın təşəbbüsünü dəstəkləyib.", [["Norlandiya", "LOC", "Norlandiya"], ["Qərbistanın", "LOC", "Qərbistan"]]);
  assert.equal(act.filter((e) => e.type === "SUPPORT").length, 1, JSON.stringify(types(act)));
});

test("support given to a thing is a service; support given to a side stays", () => {
  const service = events("Delta Bank sahibkarların bizneslərinin inkişafına dəstək olur.", [["Delta Bank", "ORG", "Delta Bank"]]);
  assert.deepEqual(types(service).filter((x) => x.startsWith("SUPPORT")), []);
  const side = events("Norlandiya Qərbistana dəstək verib.", [["Norlandiya", "LOC", "Norlandiya"], ["Qərbistana", "LOC", "Qərbistan"]]);
  const s = side.filter((e) => e.type === "SUPPORT");
  assert.equal(s.length, 1, JSON.stringify(types(side)));
  assert.deepEqual(s[0].actors.slice(0, 2), ["Norlandiya", "Qərbistan"]);
});

test("coming to a decision is no visit; coming to a country is one", () => {
  const decided = events("Delta Avia Norlandiyaya uçuşları bərpa etmək qərarına gəlib.", [["Delta Avia", "ORG", "Delta Avia"], ["Norlandiyaya", "LOC", "Norlandiya"]]);
  assert.deepEqual(types(decided).filter((x) => x.startsWith("CONSULT")), []);
  const visit = events("Kamran Əlizadə Norlandiyaya gəlib.", [["Kamran Əlizadə", "PER", "Kamran Əlizadə"], ["Norlandiyaya", "LOC", "Norlandiya"]]);
  assert.equal(visit.filter((e) => e.type === "CONSULT").length, 1, JSON.stringify(types(visit)));
});

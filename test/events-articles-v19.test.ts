// Articles of Azerbaijan's regional diplomacy (the peace process with Armenia, delimitation commissions, Turkey, Central
// Asia, Georgia, Iran, the EU, the Organisation of Turkic States), written for these tests: a gathering planned for "next
// month" or "next year" (`gələn ay`, `gələn il`, whose participle is no light verb of the noun), a bilateral meeting held
// within a summit told before (`Sammit çərçivəsində X Y ilə görüş keçirib`), and a signing not done after one done.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-10-15") => annotate({ id: "t", text, document_date: date });
const events = (text: string, date?: string) => doc(text, date).events ?? [];
const told = (text: string, date?: string) => events(text, date).map((e) => `${e.type}:${[...e.actors].sort().join("|")}:${e.date}:${e.mode}`);

test("a gathering planned for next month or next year (`gələn ay`, `gələn il`) is planned: the time's participle is no light verb", () => {
  assert.deepEqual(told("TDT-nin növbəti sammiti gələn il Qazaxıstanda keçiriləcək."), ["CONSULT:TDT:2026:future"]);
  assert.deepEqual(told("Azərbaycan və Ermənistanın növbəti görüşü gələn ay İcevanda keçiriləcək."),
    ["CONSULT:Azərbaycan|Ermənistan:2025-11:future"]);
  // (as with any other date between the noun and its verb)
  assert.deepEqual(told("TDT-nin növbəti sammiti 2026-cı ildə keçiriləcək."), ["CONSULT:TDT:2026:future"]);
  // look-alikes: `gəl` as the light verb of its own phrase stays one, with or without the time before it
  assert.deepEqual(told("Azərbaycan və Ermənistan razılığa gəliblər."), ["AGREE:Azərbaycan|Ermənistan:2025-10-15:asserted"]);
  assert.deepEqual(told("Azərbaycan və Ermənistan gələn ay razılığa gələcəklər."), ["AGREE:Azərbaycan|Ermənistan:2025-11:future"]);
});

const SUMMIT = "Türk Dövlətləri Təşkilatının (TDT) dövlət başçılarının qeyri-rəsmi sammiti oktyabrın 7-də Qəbələdə keçirilib. " +
  "Sammitdə Türkiyə, Qazaxıstan, Qırğızıstan, Özbəkistan və Türkmənistanın liderləri iştirak ediblər. ";

test("a meeting with a new person within a summit told before (`Sammit çərçivəsində X Y ilə görüş keçirib`) is one of its own", () => {
  const evs = events(SUMMIT + "Sammit çərçivəsində Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevlə ikitərəfli görüş keçirib.", "2025-10-08");
  assert.ok(evs.some((e) => e.type === "CONSULT" && e.actors.includes("Kasım-Jomart Tokayev") && e.actors.includes("İlham Əliyev") && e.date === "2025-10-07"));
  assert.ok(evs.some((e) => e.type === "CONSULT" && e.actors.includes("Türk Dövlətləri Təşkilatı") && !e.actors.includes("Kasım-Jomart Tokayev")));
  // look-alikes: the talk within a meeting between its own people, or between their states or bodies, is that meeting
  assert.equal(events("İlham Əliyev oktyabrın 7-də Kasım-Jomart Tokayevlə görüşüb. Görüşdə tərəflər ikitərəfli əməkdaşlığı müzakirə ediblər.")
    .filter((e) => e.type === "CONSULT").length, 1);
  assert.equal(events("Kaya Kallas ötən həftə Brüsseldə Ceyhun Bayramovu qəbul edib. Görüşdə Aİ ilə Azərbaycan arasında yeni tərəfdaşlıq " +
    "sazişi üzrə danışıqların bərpası müzakirə olunub.").filter((e) => e.type === "CONSULT").length, 1);
});

test("a signing not done, told after one done by the same sides, is an act of its own, negated", () => {
  assert.deepEqual(told("Azərbaycan və Ermənistan oktyabrın 14-də protokol imzalayıblar. Ermənistan tərəfi isə hələlik tranzit razılaşmasını imzalamayıb."),
    ["SUPPORT:Azərbaycan|Ermənistan:2025-10-14:asserted", "SUPPORT:Ermənistan:2025-10-15:negated"]);
  // look-alike: the same signing told again by one of its sides is that signing
  assert.deepEqual(told("Azərbaycan və Ermənistan protokol imzalayıblar. Sənədi Ermənistan tərəfi də imzalayıb."),
    ["SUPPORT:Azərbaycan|Ermənistan:2025-10-15:asserted"]);
});

test("an initial glued to its surname (`A.Əraqçi`) ends the name before a known place in the genitive", () => {
  const ents = (text: string) => (doc(text).entities ?? []).map((e) => `${e.type}:${e.text}`);
  assert.deepEqual(ents("A.Əraqçi Azərbaycanın xarici işlər naziri Ceyhun Bayramovla görüşüb."),
    ["PER:A.Əraqçi", "LOC:Azərbaycanın", "PER:Ceyhun Bayramovla"]);
  assert.deepEqual(ents("İ.Əliyev Rusiyanın dövlət başçısı ilə telefonla danışıb."), ["PER:İ.Əliyev", "LOC:Rusiyanın"]);
  // look-alikes: a given name and its surname, and an initial written apart, were read so already
  assert.deepEqual(ents("Abbas Əraqçi Azərbaycanın naziri ilə görüşüb."), ["PER:Abbas Əraqçi", "LOC:Azərbaycanın"]);
  assert.deepEqual(ents("A. Əraqçi Azərbaycanın naziri ilə görüşüb."), ["PER:A. Əraqçi", "LOC:Azərbaycanın"]);
  assert.deepEqual(ents("R.T.Ərdoğan Azərbaycanın liderini təbrik edib."), ["PER:R.T.Ərdoğan", "LOC:Azərbaycanın"]);
});

test("a state invited to a gathering (`Özbəkistanı … sammitə dəvət edib`) is asked to meet; invited to act, it is asked to act", () => {
  // (the passive participle of the gathering's clause takes no object: the state invited is the main verb's)
  assert.deepEqual(told("İlham Əliyev Özbəkistanı Bakıda keçiriləcək sammitə dəvət edib."), ["AGREE:Özbəkistan|İlham Əliyev:2025-10-15:asserted"]);
  assert.deepEqual(told("İlham Əliyev Özbəkistan tərəfini Bakıda keçiriləcək Türk Dövlətləri Təşkilatının sammitinə dəvət edib."),
    ["AGREE:Özbəkistan|İlham Əliyev:2025-10-15:asserted"]);
  // look-alikes: invited to an act (an infinitive, a verbal noun, or talks by name) stays a call to act; a person invited stays AGREE;
  // a state's citizens invited to a show name no side
  assert.deepEqual(told("Fransa Ukraynanı danışıqlara başlamağa dəvət edib."), ["REQUEST:Fransa|Ukrayna:2025-10-15:demanded"]);
  assert.deepEqual(told("Fransa Ukraynanı danışıqlara dəvət edib."), ["REQUEST:Fransa|Ukrayna:2025-10-15:demanded"]);
  assert.deepEqual(told("İlham Əliyev Şavkat Mirziyoyevi Bakıda keçiriləcək sammitə dəvət edib."), ["AGREE:İlham Əliyev|Şavkat Mirziyoyev:2025-10-15:asserted"]);
  assert.deepEqual(told("Şirkət Azərbaycan vətəndaşlarını sərgiyə dəvət edir."), []);
});

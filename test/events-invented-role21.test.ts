// Invented sentences of world politics (helper role21): a post's noun standing for the person the article titled with it
// before, as the subject or in an oblique case. Each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-13") => annotate({ id: "t", text, document_date: date }).events ?? [];
const actorsOf = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);
const has = (text: string, type: string, name: string, date?: string) => actorsOf(text, type, date).some((a) => a.includes(name));

test("a post's noun that ends like a case ending (`nümayəndə`) is the nominative subject, the person titled with it", () => {
  assert.ok(has("Aİ-nin Ali nümayəndəsi Kaya Kallas Ankaraya gəlib. Ali nümayəndə orada Hakan Fidanla görüşüb.", "CONSULT", "Kaya Kallas"));
  assert.ok(has("Aİ-nin Ali nümayəndəsi Kaya Kallas Ankaraya gəlib. Nümayəndə Belarusu repressiyalara görə tənqid edib.", "ACCUSE", "Kaya Kallas"));
  // look-alikes: the plural names no one person; the noun with no one titled by it names no one
  assert.ok(!has("Aİ-nin Ali nümayəndəsi Kaya Kallas Ankaraya gəlib. Nümayəndələr Belarusu repressiyalara görə tənqid ediblər.", "ACCUSE", "Kaya Kallas"));
  assert.ok(!has("Kaya Kallas Ankaraya gəlib. Ali nümayəndə Belarusu repressiyalara görə tənqid edib.", "ACCUSE", "Kaya Kallas"));
});

test("a compound post opening a sentence (`Mətbuat katibi …`, `Baş komandan …`) is the one person titled with it", () => {
  assert.ok(has("Ağ Evin mətbuat katibi Karolin Levitt brifinq keçirib. Mətbuat katibi Meksikanı miqrantlara görə günahlandırıb.", "ACCUSE", "Karolin Levitt"));
  assert.ok(has("İran ordusunun baş komandanı Əbdülrəhim Musəvi çıxış edib. Baş komandan İsraili sərt cavabla hədələyib.", "THREATEN", "Əbdülrəhim Musəvi"));
  // look-alike: two people titled so, none
  const two = "Ağ Evin mətbuat katibi Karolin Levitt və Pentaqonun mətbuat katibi Şon Parnell brifinq keçiriblər. Mətbuat katibi Meksikanı miqrantlara görə günahlandırıb.";
  assert.ok(!has(two, "ACCUSE", "Karolin Levitt") && !has(two, "ACCUSE", "Şon Parnell"));
});

test("a post owned again by the body that owned it when it titled a person (`X-in baş katibi …`) is that person", () => {
  assert.ok(has("BMT-nin Baş katibi Antonio Quterreş Dohaya gəlib. Görüşdən sonra BMT-nin baş katibi tərəfləri atəşkəsə çağırıb.", "REQUEST", "Antonio Quterreş"));
  assert.ok(has("Rusiya XİN-in sözçüsü Mariya Zaxarova brifinq keçirib. Rusiya XİN-in sözçüsü Londonu təxribatda ittiham edib.", "ACCUSE", "Mariya Zaxarova"));
  // look-alike: the same post of another body is another person
  assert.ok(!has("BMT-nin Baş katibi Antonio Quterreş Dohaya gəlib. NATO-nun baş katibi Rusiyanı hibrid hücumlarda ittiham edib.", "ACCUSE", "Antonio Quterreş"));
});

test("an oblique post after a word of its title (`X baş katibə …`) is the person titled with both", () => {
  assert.ok(has("Çin Prezidenti Si Cinpin BMT-nin Baş katibi Antonio Quterreşi qəbul edib. Si Cinpin baş katibə səmimi görüşə görə təşəkkür edib.", "SUPPORT", "Antonio Quterreş"));
  // look-alike: no one titled so before
  assert.ok(!has("Çin Prezidenti Si Cinpin Antonio Quterreşi qəbul edib. Si Cinpin baş katibə səmimi görüşə görə təşəkkür edib.", "SUPPORT", "Antonio Quterreş"));
});

test("a head of state or government with no country is the subject the article titled so, though the office table knows only the partner", () => {
  const text = "Qazaxıstanın dövlət başçısı Qasım-Jomart Tokayev Astanada Çin lideri Si Cinpinlə görüşüb. Dövlət başçısı Pekinə iqtisadi əməkdaşlığa görə təşəkkür edib.";
  assert.ok(has(text, "SUPPORT", "Qasım-Jomart Tokayev") && !has(text, "SUPPORT", "Si Cinpin"));
  // look-alike: written small in a rule, the post may be anyone
  const rule = "Estoniyanın Baş naziri Kristen Mixal parlamentdə çıxış edib. Qanuna görə baş nazir istefa verdikdə, hökumət də istefa verməlidir.";
  assert.ok(!has(rule, "RETREAT", "Kristen Mixal"));
});

test("a head of government named by the post of a state the office table now knows (`Macarıstan hökumətinin başçısı`)", () => {
  assert.ok(has("Macarıstan hökumətinin başçısı Brüsseli Budapeştə təzyiq göstərməkdə ittiham edib.", "ACCUSE", "Viktor Orban"));
  assert.ok(has("İsrailin Baş naziri Qəzzada yeni hərbi əməliyyata icazə verdiyini açıqlayıb. İsrailin Baş naziri HƏMAS-ı ittiham edib.", "ACCUSE", "Benyamin Netanyahu"));
  // look-alike: a date out of the holder's term names no one
  assert.ok(!has("Yaponiyanın Baş naziri Çini ittiham edib.", "ACCUSE", "Şigeru İşiba", "2025-12-01"));
});

// False alarms of the cooperative types (SUPPORT, AGREE, CONSULT) found by an audit of unlabelled news (helper sp24), on
// sentences written for these tests: a contract with a limited company or told by its price (a purchase, no agreement),
// athletes congratulated or praised (sport news), a meeting one is ready to hold told by a verbal noun (the readiness, no
// meeting), a pair's ties discussed inside one body (the pair is the topic); each with a look-alike that stays an event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneEvent as one, pipelineEvents } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text, "2025-07-01");
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);

test("a contract concluded with a limited company, or told by its price, is a purchase: no agreement signed", () => {
  assert.deepEqual(types(`Nazirlik "Alfa Tikinti" MMC ilə müqavilə bağlayıb.`), []);
  assert.deepEqual(types(`Universitet "Beta Servis" MMC ilə 3 milyon manatlıq müqavilə bağlayıb.`), []);
  assert.deepEqual(types(`Pentaqon "Qamma Aero" şirkəti ilə milyardlarla dollarlıq müqavilələr bağlayıb.`), []);
  assert.deepEqual(types(`Nazirlik ilə "Delta Layihə" arasında 900 min manatlıq müqavilələr imzalanıb.`), []);
});

test("look-alikes: a contract concluded between states, or signed with a firm, stays a signing (SUPPORT 057)", () => {
  one("Azərbaycan Türkiyə ilə müqavilə bağlayıb.", "SUPPORT", ["Azərbaycan", "Türkiyə"]);
  one("Gürcüstan Qazaxıstanla yeni müqavilə bağlayıb.", "SUPPORT", ["Gürcüstan", "Qazaxıstan"]);
});

test("athletes congratulated or praised in sport news are no support between sides", () => {
  assert.deepEqual(types("Nazir Con Smit çempionatda qalib gələn güləşçiləri təbrik edib."), []);
  assert.deepEqual(types("Pol Braun azarkeşlərə görə Fransanı tərifləyib."), []);
});

test("look-alikes: a leader congratulated or praised stays SUPPORT", () => {
  one("Prezident İlham Əliyev Belarus Prezidenti Aleksandr Lukaşenkonu təbrik edib.", "SUPPORT", ["İlham Əliyev", "Aleksandr Lukaşenko"]);
  one("Con Smit Fransanı islahatlara görə tərifləyib.", "SUPPORT", ["Con Smit", "Fransa"]);
});

test("meetings or talks one is ready to hold, told by a verbal noun in the dative, are the readiness (AGREE), no meeting", () => {
  assert.deepEqual(types("Nazir Con Smit onlayn görüşlərin keçirilməsinə hazır olduğunu təsdiqləyib."), ["AGREE:asserted"]);
  assert.deepEqual(types("Türkiyə Ermənistan ilə danışıqların aparılmasına hazırdır."), ["AGREE:asserted"]);
  assert.deepEqual(types("Nazir Con Smit görüşlərin keçirilməsinə və birgə komitənin yaradılmasına hazır olduğunu bildirib."), ["AGREE:asserted"]);
  // (the order of the sides stays the noun's: the one ready first)
  one("Fransa Prezidenti Emmanuel Makron Almaniya Kansleri ilə görüşlərin keçirilməsinə hazır olduğunu bildirib.", "AGREE", ["Emmanuel Makron"]);
  assert.equal(events("Fransa Prezidenti Emmanuel Makron Almaniya Kansleri ilə görüşlərin keçirilməsinə hazır olduğunu bildirib.")[0].actors[0], "Emmanuel Makron");
});

test("look-alikes: meetings begun, alone or in a list, stay CONSULT", () => {
  one("Fransa ilə Almaniya arasında görüşlərin keçirilməsinə başlanılıb.", "CONSULT", ["Fransa", "Almaniya"]);
  assert.deepEqual(types("Türkiyə ilə Ermənistan arasında görüşlərin keçirilməsinə və sərhədin açılmasına başlanılıb.").filter((x) => x.startsWith("CONSULT")), ["CONSULT:asserted"]);
});

test("a pair's ties discussed in the passive inside a named body are that body's own talk, no consultation of the pair", () => {
  assert.deepEqual(types("Türkiyənin Milli Təhlükəsizlik Şurasında Bakı-İrəvan münasibətləri müzakirə edilib."), []);
  assert.deepEqual(types("Milli Məclisdə Azərbaycan-Türkiyə əlaqələri müzakirə olunub."), []);
});

test("look-alikes: the pair's agenda discussed with no body as setting, or in a meeting of named sides, stays CONSULT", () => {
  one("Azərbaycan-NATO əməkdaşlıq gündəliyinin əsas aspektləri müzakirə olunub.", "CONSULT", ["Azərbaycan", "NATO"]);
  assert.ok(events("Ceyhun Bayramov ilə Hakan Fidan arasında görüşdə Azərbaycan-Türkiyə əlaqələri müzakirə olunub.").some((e) => e.type === "CONSULT" && e.actors.includes("Ceyhun Bayramov")));
});

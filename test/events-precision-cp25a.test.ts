// False alarms of the conflict types (COERCE, ASSAULT, RETREAT, MOBILIZE, SANCTION, THREATEN) found by an audit of unlabelled
// news and of the studied sets (helper cp25a), on sentences written for these tests: a warning to the public or a trade
// (a rule or a danger told, no side threatened), the head of a school, a hospital or a firm leaving the post (a change
// within it, as appointments there are), a war told as the time of another clause (`müharibə başlayanda`) or as a bound of
// time (`müharibəyə qədər`) with no side of its own, the place one is held in (`saxlanıldığı həbsxanadan`: custody), and a
// prison term as the owner of its part served (`həbs cəzasının yarısını`); each with a look-alike that stays an event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneEvent as one, pipelineEvents } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text, "2025-07-01");
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);

test("a warning to the public or a trade, with no second side, threatens no one", () => {
  assert.deepEqual(types("Dövlət Yol Polisi sürücülərə xəbərdarlıq edib."), []);
  assert.deepEqual(types("Gömrük Komitəsi sərnişinlərə xəbərdarlıq edib."), []);
  assert.deepEqual(types("Mərkəzi Bank vətəndaşlara saxta saytlarla bağlı xəbərdarlıq edib."), []);
  assert.deepEqual(types("Vergi Xidməti podratçıların qanunvericiliyin tələblərinə əməl etməsi ilə bağlı xəbərdarlıq edib."), []);
});

test("look-alikes: a warning to a state, or to a state's citizens with the state named, stays THREATEN", () => {
  one("Fransa Almaniyaya xəbərdarlıq edib.", "THREATEN", ["Fransa", "Almaniya"]);
  one("Rusiya Xarici İşlər Nazirliyi Polşa vətəndaşlarına xəbərdarlıq edib.", "THREATEN", ["Rusiya", "Polşa"]);
});

test("the head of a school, a college or a firm leaving the post is a change within it, no RETREAT", () => {
  assert.deepEqual(types("Əli Həsənov Bakı Musiqi Kollecinin direktoru vəzifəsindən gedib."), []);
  assert.deepEqual(types("Əli Həsənov Gəncə şəhər 12 nömrəli məktəbin direktoru vəzifəsindən ayrılıb."), []);
  assert.deepEqual(types(`"Delta Logistika" şirkətinin baş direktoru istefa verib.`), []);
});

test("look-alikes: a head of government or a minister leaving the post stays RETREAT", () => {
  one("Gürcüstanın baş naziri Karlo Xizanişvili vəzifəsindən gedib.", "RETREAT", ["Karlo Xizanişvili"]);
  one("Fransanın müdafiə naziri Pyer Dübua istefa verib.", "RETREAT", ["Pyer Dübua"]);
});

test("a war told as the time of another clause or as a bound of time, with no side of its own, is no fighting", () => {
  assert.deepEqual(types("Müharibə başlayanda Azərbaycan nefti cəbhəni təmin edirdi."), []);
  assert.deepEqual(types("Bu, Azərbaycanda müharibəyə qədər ən yüksək göstərici idi."), []);
});

test("look-alikes: a war with its sides named, as a time or in passing, stays ASSAULT", () => {
  one("Fransa ilə Almaniya arasında müharibə başlayanda İsveçrə neytral qalıb.", "ASSAULT", ["Fransa", "Almaniya"]);
  one("Rusiyanın Ukraynaya qarşı müharibəsi davam edir.", "ASSAULT", ["Rusiya", "Ukrayna"]);
});

test("the place one is held in (`saxlanıldığı həbsxanadan`) is custody, no arrest; the release stays", () => {
  assert.deepEqual(types("Kamran Əliyev saxlanıldığı həbsxanadan azad edilib."), ["RETREAT:asserted"]);
  assert.deepEqual(types("Məhkəmə Kamran Əliyevin cəzasını şərti hesab edib. Kamran Əliyev saxlanıldığı “Beta”dan azadlığa buraxılıb.").filter((x) => x.startsWith("COERCE")), []);
});

test("look-alike: a detention told by the same participle as a complement stays COERCE", () => {
  assert.ok(events("Kamran Əliyevin Gürcüstanda saxlanıldığı bildirilir.").some((e) => e.type === "COERCE" && e.actors.includes("Kamran Əliyev")));
});

test("a prison term as the owner of its part served tells no sentence", () => {
  assert.deepEqual(types("Məhkəmə Kamran Əliyevin 8 illik həbs cəzasının yarısını çəkməsini nəzərə alıb."), []);
});

test("look-alike: a prison term given stays COERCE", () => {
  one("Məhkəmə Kamran Əliyevə 8 il həbs cəzası verib.", "COERCE", ["Kamran Əliyev"]);
});

// Verbal conflict and demands (REQUEST, ACCUSE, REJECT, THREATEN) in the shapes world news writes them (helper pr-req):
// support asked of a side, an appeal to an international body, a suit at a court named by its full name, blame laid on
// a side, displeasure with a side's act, advice to a named leader, a meeting ruled out, and what a threat threatens
// (no act of its own). Sentences written for these tests; each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents, tellsEvent as tells } from "./helpers-events.js";

const events = (text: string) => pipelineEvents(text);
const types = (text: string) => events(text).map((e) => `${e.type}:${e.mode}`);
const lacks = (text: string, type: string) =>
  assert.ok(!events(text).some((e) => e.type === type), `no ${type} in «${text}»: ${JSON.stringify(types(text))}`);

test("REQUEST: support asked of a side (`dəstək istəyib`), as aid is", () => {
  tells("Livan hökuməti Fransadan siyasi dəstək istəyib.", "REQUEST", ["Livan", "Fransa"], "demanded");
  tells("Serbiya Avropa İttifaqından maliyyə dəstəyi tələb edib.", "REQUEST", ["Serbiya", "Avropa İttifaqı"], "demanded");
  // support given stays SUPPORT, and support one has is no request
  tells("Fransa Livana dəstək verib.", "SUPPORT", ["Fransa", "Livan"]);
  lacks("Fransa Livana dəstək verib.", "REQUEST");
});

test("REQUEST: an appeal to an international body named as the addressee; an application one may or must file is none", () => {
  tells("Moldova BMT-yə müraciət edib.", "REQUEST", ["Moldova", "BMT"], "demanded");
  tells("Ermənistan ATƏT-ə müraciət etdi.", "REQUEST", ["Ermənistan"], "demanded");
  lacks("Vətəndaşlar Dövlət Miqrasiya Xidmətinə müraciət edə bilərlər.", "REQUEST");
  lacks("Sahibkarlar Vergi Xidmətinə müraciət etməlidirlər.", "REQUEST");
});

test("ACCUSE: a suit at a court named in full (`X Beynəlxalq Cinayət Məhkəməsinə müraciət edib`, `X-i … Məhkəməyə verib`)", () => {
  tells("Nikaraqua Beynəlxalq Cinayət Məhkəməsinə müraciət edib.", "ACCUSE", ["Nikaraqua"]);
  lacks("Nikaraqua Beynəlxalq Cinayət Məhkəməsinə müraciət edib.", "REQUEST");
  tells("Ukrayna Rusiyanı Beynəlxalq Məhkəməyə verib.", "ACCUSE", ["Ukrayna", "Rusiya"]);
  // a court named with no verb of going to it tells nothing
  lacks("Beynəlxalq Cinayət Məhkəməsinin hakimləri toplanıb.", "ACCUSE");
});

test("ACCUSE: blame laid on a side (`məsuliyyətini X-in üzərinə qoyub`); responsibility taken on oneself is none", () => {
  tells("Pakistan partlayışın məsuliyyətini Hindistanın üzərinə qoyub.", "ACCUSE", ["Pakistan", "Hindistan"]);
  lacks("Qruplaşma partlayışın məsuliyyətini öz üzərinə götürüb.", "ACCUSE");
});

test("ACCUSE: displeasure with a side's act (`X-in qərarından narazıdır`); displeasure with prices is none", () => {
  tells("Türkiyə İsveçin qərarından narazıdır.", "ACCUSE", ["Türkiyə", "İsveç"]);
  lacks("Sakinlər Bakıda qiymətlərdən narazıdır.", "ACCUSE");
});

test("REQUEST: advice to a named person (`X-ə … tövsiyə edib`); advice to the public is none", () => {
  tells("Makron Zelenskiyə danışıqlara qayıtmağı tövsiyə edib.", "REQUEST", ["Makron", "Zelenski"], "demanded");
  lacks("Həkimlər əhaliyə çox su içməyi tövsiyə edir.", "REQUEST");
});

test("REJECT: a meeting or talks ruled out; not ruled out, it stays open (no rejection)", () => {
  tells("Kreml Zelenski ilə görüşü istisna etdi.", "REJECT", ["Kreml"]);
  lacks("Kreml Zelenski ilə görüşü istisna etmir.", "REJECT");
  lacks("Peskov Putinlə görüş ehtimalını istisna etmir.", "REJECT");
});

test("THREATEN: what is threatened or warned of (`… tətbiq edəcəyi ilə hədələyib`) is no act of its own; announced, it stays", () => {
  tells("Tramp Meksikanın mallarına 30 faiz rüsum tətbiq edəcəyi ilə hədələyib.", "THREATEN", ["Tramp", "Meksika"]);
  lacks("Tramp Meksikanın mallarına 30 faiz rüsum tətbiq edəcəyi ilə hədələyib.", "SANCTION");
  tells("Avropa İttifaqı Rusiyaya yeni sanksiyalar tətbiq edəcəyi barədə xəbərdarlıq edib.", "THREATEN", ["Avropa İttifaqı", "Rusiya"]);
  lacks("Avropa İttifaqı Rusiyaya yeni sanksiyalar tətbiq edəcəyi barədə xəbərdarlıq edib.", "SANCTION");
  // sanctions imposed with a warning after them are still imposed
  tells("Avropa İttifaqı Rusiyaya yeni sanksiyalar tətbiq edib və xəbərdarlıq edib.", "SANCTION", ["Avropa İttifaqı", "Rusiya"]);
});

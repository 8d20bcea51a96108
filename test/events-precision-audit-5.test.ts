// Precision audit of news outside politics (sport, society, economy, crime), on sentences written for these tests:
// in a sentence that tells play, a meeting word is a match, a trip an away game or a team's journey, and a fine,
// a punishment or a warning a sport body's discipline: no event between sides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const kinds = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a match, an away game and a player's trip told with words of play are no meeting or visit", () => {
  assert.deepEqual(kinds('Birinci Liqa: "Qaraçay" - "Dəmirçi" görüşündə üç qol vuruldu'), []);
  assert.deepEqual(kinds('Futbol üzrə İtaliya Kubokunun final görüşü Romada keçiriləcək'), []);
  assert.deepEqual(kinds('"Milan"ın braziliyalı oyunçusu zədələndi - Bakıya gəlməyəcək'), []);
});

test("look-alikes: a meeting, a visit and a reception with no word of play stay", () => {
  assert.ok(events("Gürcüstanın xarici işlər naziri Bakıya gələcək").some((e) => e.type === "CONSULT" && e.actors.includes("Gürcüstan")));
  assert.equal(events("İdman naziri Fransa səfiri ilə görüşüb").filter((e) => e.type === "CONSULT").length, 1);
  // a league of states or a party's league is no sport
  assert.ok(events("Prezident Ərəb Dövlətləri Liqasının baş katibi ilə görüşüb").some((e) => e.type === "CONSULT"));
});

test("fines and punishments of clubs and players are a sport body's discipline", () => {
  assert.deepEqual(kinds("Premyer Liqanın üç klubu cərimələndi"), []);
  assert.deepEqual(kinds('"Dəmirçi" azarkeşlərinə görə cərimələndi'), []);
  assert.deepEqual(kinds("İspaniya millisinin futbolçusu söyüşə görə cəzalandırıldı"), []);
  assert.deepEqual(kinds('AFFA "Qaraçay"ı cərimələdi'), []);
});

test("look-alikes: a fine by a state and an arrest of a player stay", () => {
  assert.deepEqual(kinds("Fransa Qlobalmarket şirkətini cərimələdi").length, 1);
  assert.deepEqual(kinds("Almaniyada keçmiş futbolçu həbs edildi"), ["COERCE:Almaniya"]);
});

// False alarms of the third precision audit of events on unlabelled news: a bare "should be" naming no side
// (`maaş yüksək olmalıdır`, a norm, not a demand), the Tax Code's fine `maliyyə sanksiyası` (no sanction between
// parties), and a cancelling done at the request of the one it touches or of charges a seller drops (no coercion).
// Each cut pattern beside a true event of the same shape that stays. Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Event, EventType } from "../src/text/doc.js";
import { eventsWith as events } from "./helpers-events.js";

const of = (evs: Event[], type: EventType) => evs.filter((e) => e.type === type);
const show = (evs: Event[]) => JSON.stringify(evs.map((e) => `${e.type}:${e.trigger.text}:${e.actors.join("/")}`));

test("a bare `olmalıdır` naming no side but its speaker (and the place) states a norm: no demand", () => {
  const a = events('Con Smit: "Müəllimlərin maaşı yüksək olmalıdır"', [["Con Smit", "PER", "Con Smit"]]);
  assert.equal(of(a, "REQUEST").length, 0, show(a));
  const b = events("Con Smit deyib ki, Norveçdə də bu mütləq belə olmalıdır.", [["Con Smit", "PER", "Con Smit"], ["Norveçdə", "LOC", "Norveç"]]);
  assert.equal(of(b, "REQUEST").length, 0, show(b));
});

test("a `should be` naming a side, a negated one, and a necessitative of an act stay demands", () => {
  const a = events("Con Smit deyib ki, Fransa ilə münasibətlərdə yeni yanaşma olmalıdır.", [["Con Smit", "PER", "Con Smit"], ["Fransa", "LOC", "Fransa"]]);
  const r = of(a, "REQUEST");
  assert.equal(r.length, 1, show(a));
  assert.ok(r[0].actors.includes("Fransa"), show(a));
  const d = events("Con Smit deyib ki, Fransa daha çevik olmalıdır.", [["Con Smit", "PER", "Con Smit"], ["Fransa", "LOC", "Fransa"]]);
  assert.equal(of(d, "REQUEST").length, 1, show(d));
  const b = events("Con Smit deyib ki, heç bir yol Fransanın ticarətinə mane olmamalıdır.", [["Con Smit", "PER", "Con Smit"], ["Fransanın", "LOC", "Fransa"]]);
  assert.equal(of(b, "REQUEST").length, 1, show(b));
  const c = events("Con Smit deyib ki, Fransa qoşunlarını geri çəkməlidir.", [["Con Smit", "PER", "Con Smit"], ["Fransa", "LOC", "Fransa"]]);
  assert.ok(of(c, "REQUEST").some((e) => e.actors.includes("Fransa")), show(c));
});

test("`maliyyə sanksiyası`, the Tax Code's fine on a taxpayer, is no sanction nor a threat of one", () => {
  const a = events('Vergi orqanı tərəfindən "Nord Market" şirkətinə 400 manat məbləğində maliyyə sanksiyası tətbiq ediləcək.',
    [["Nord Market", "ORG", "Nord Market"]]);
  assert.equal(of(a, "SANCTION").length + of(a, "THREATEN").length, 0, show(a));
  const b = events("Con Smit bildirib ki, yeni qaydaya görə bazarlarda maliyyə sanksiyasının tətbiq edilməsi nəzərdə tutulub.", [["Con Smit", "PER", "Con Smit"]]);
  assert.equal(of(b, "SANCTION").length + of(b, "THREATEN").length, 0, show(b));
});

test("sanctions of a state on another stay, plain or financial and economic", () => {
  const a = events("Norveç Fransaya qarşı yeni sanksiyalar tətbiq edəcək.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(of(a, "SANCTION").length, 1, show(a));
  const b = events("Norveç Fransaya qarşı iqtisadi sanksiyalar tətbiq edib.", [["Norveç", "LOC", "Norveç"], ["Fransaya", "LOC", "Fransa"]]);
  assert.equal(of(b, "SANCTION").length, 1, show(b));
});

test("a licence cancelled at its holder's request, or charges a seller drops, restrict no one", () => {
  const a = events('Mərkəzi Bankın qərarı ilə "Nord Pay" şirkətinin müraciəti əsasında onun lisenziyası ləğv edilib.',
    [["Mərkəzi Bankın", "ORG", "Mərkəzi Bank"], ["Nord Pay", "ORG", "Nord Pay"]]);
  assert.equal(of(a, "COERCE").length, 0, show(a));
  const b = events('"Nord Market" şirkəti 50 manatdan yuxarı sifarişlər üçün çatdırılma xərclərini ləğv edib.', [["Nord Market", "ORG", "Nord Market"]]);
  assert.equal(of(b, "COERCE").length, 0, show(b));
});

test("a licence or mandate cancelled by an authority stays a coercion; a visa regime lifted a concession", () => {
  const a = events('Mərkəzi Bank "Nord Pay" şirkətinin lisenziyasını ləğv edib.', [["Mərkəzi Bank", "ORG", "Mərkəzi Bank"], ["Nord Pay", "ORG", "Nord Pay"]]);
  assert.equal(of(a, "COERCE").length, 1, show(a));
  const b = events("Norveçin Seçki Komissiyası Con Smitin mandatını ləğv edib.", [["Norveçin Seçki Komissiyası", "ORG", "Norveç Seçki Komissiyası"], ["Con Smitin", "PER", "Con Smit"]]);
  assert.equal(of(b, "COERCE").length, 1, show(b));
  const c = events("Norveç Fransa vətəndaşları üçün viza rejimini ləğv edib.", [["Norveç", "LOC", "Norveç"], ["Fransa", "LOC", "Fransa"]]);
  assert.equal(of(c, "CONCEDE").length, 1, show(c));
});

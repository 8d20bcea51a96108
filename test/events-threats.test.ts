// Threats of retaliation, recommended acts, concern stated in the first person, and the doer of a
// `-arkən` converb named after it (invented sentences).
import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractEvents } from "../src/extract/events/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("a harsh reply promised on a condition is a threat, told as made", () => {
  const d = docOf("Nazir Sergey Volkov bildirib ki, maraqlarına zərər vurularsa, Moskva buna sərt cavab verəcək.");
  entity(d, "Sergey Volkov", "PER", "Sergey Volkov");
  entity(d, "Moskva", "LOC", "Moskva");
  const evs = extractEvents(d, az).filter((e) => e.type === "THREATEN");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].mode, "asserted");
  assert.equal(evs[0].trigger.text, "cavab verəcək");
});

test("a reply given, or a standard met, is no threat", () => {
  const a = docOf("Nazir Kamal Əliyev tələbələrin suallarına ciddi cavab verib.");
  entity(a, "Kamal Əliyev", "PER", "Kamal Əliyev");
  assert.equal(extractEvents(a, az).filter((e) => e.type === "THREATEN").length, 0);
  const b = docOf("Sumqayıtda tikilən yeni mərkəz ciddi meyarlara cavab verəcək.");
  entity(b, "Sumqayıtda", "LOC", "Sumqayıt");
  assert.equal(extractEvents(b, az).length, 0);
});

test("sanctions promised in case rules are broken are a threat (`… halında`)", () => {
  const d = docOf("Qaydalara əməl olunmaması halında Almaniya Polşaya qarşı sanksiyalar tətbiq edəcək.");
  entity(d, "Almaniya", "LOC", "Almaniya");
  entity(d, "Polşaya", "LOC", "Polşa");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "THREATEN");
  assert.equal(evs[0].mode, "asserted");
  assert.deepEqual(evs[0].actors, ["Almaniya", "Polşa"]);
});

test("recommending an act proposes it: the act is planned (`tətbiq etməyi tövsiyə edib`)", () => {
  const d = docOf("Prezident Con Smit Kanada mallarına 30 faiz rüsum tətbiq etməyi tövsiyə edib.");
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Kanada", "LOC", "Kanada");
  const evs = extractEvents(d, az);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "SANCTION");
  assert.equal(evs[0].mode, "future");
  assert.deepEqual(evs[0].actors, ["Con Smit", "Kanada"]);
});

test("advice to anyone in the passive proposes no act (`gəlmək tövsiyə olunur`)", () => {
  const d = docOf("İştirakçılara Bakıya vaxtında gəlmək tövsiyə olunur.");
  entity(d, "Bakıya", "LOC", "Bakı");
  assert.equal(extractEvents(d, az).length, 0);
});

test("concern stated in the first person is the speaker's own (quoted)", () => {
  const d = docOf("Nazir Lina Berq bəyan edib: \"Ermənistanın apardığı hərbi əməliyyatlardan ciddi şəkildə narahatıq\".");
  entity(d, "Lina Berq", "PER", "Lina Berq");
  entity(d, "Ermənistanın", "LOC", "Ermənistan");
  const evs = extractEvents(d, az).filter((e) => e.type === "ACCUSE");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].mode, "asserted");
  assert.deepEqual(evs[0].actors, ["Lina Berq", "Ermənistan"]);
});

test("concern stated in the first person out of quotation marks is told by the next sentence's speaker", () => {
  const d = docOf("Ermənistan tərəfindən həyata keçirilən hərbi əməliyyatlardan narahatıq. Bunu Nazir Lina Berq deyib.");
  entity(d, "Ermənistan", "LOC", "Ermənistan");
  entity(d, "Lina Berq", "PER", "Lina Berq");
  const evs = extractEvents(d, az).filter((e) => e.type === "ACCUSE");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].actors[0], "Lina Berq");
  assert.ok(evs[0].actors.includes("Ermənistan"));
});

test("worry over no act is no accusation", () => {
  const d = docOf("Bakı sakinləri qiymətlərin artmasından narahatdır.");
  entity(d, "Bakı", "LOC", "Bakı");
  assert.equal(extractEvents(d, az).filter((e) => e.type === "ACCUSE").length, 0);
});

test("the doer of a `-arkən` clause is the subject named after it, before the main verb", () => {
  // (a name before the converb that is no person, here part of the forum's name, is not its doer)
  const d = docOf("Bu barədə Bakıda keçirilən Xəzər Enerji Forumunda çıxış edərkən Norveçin Baş naziri Sven Larsen bildirib.");
  entity(d, "Bakıda", "LOC", "Bakı");
  entity(d, "Xəzər", "LOC", "Xəzər");
  entity(d, "Norveçin", "LOC", "Norveç");
  entity(d, "Sven Larsen", "PER", "Sven Larsen");
  const evs = extractEvents(d, az).filter((e) => e.trigger.text === "çıxış edərkən");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, "CONSULT");
  assert.equal(evs[0].actors[0], "Sven Larsen");
});

test("taking part in a summit while doing something else: the doer after the converb", () => {
  const d = docOf("Sammitdə iştirak edərkən Fransa Prezidenti Jan Dümon jurnalistlərə açıqlama verib.");
  entity(d, "Fransa", "LOC", "Fransa");
  entity(d, "Jan Dümon", "PER", "Jan Dümon");
  const evs = extractEvents(d, az).filter((e) => e.type === "CONSULT");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].actors[0], "Jan Dümon");
});

test("a person named before the converb stays its doer", () => {
  const d = docOf("Prezident Jan Dümon tədbirdə iştirak edərkən Sven Larsen ilə görüşüb.");
  entity(d, "Jan Dümon", "PER", "Jan Dümon");
  entity(d, "Sven Larsen", "PER", "Sven Larsen");
  const evs = extractEvents(d, az).filter((e) => e.trigger.text === "iştirak edərkən");
  assert.equal(evs.length, 1);
  assert.equal(evs[0].actors[0], "Jan Dümon");
});

// Remaining shapes of today's paraphrase rounds (helper fr22): a promise of aid told by a bare aid noun before a noun of
// promise and its light verb (`yardım paketi vəd edib`) is the promise (AGREE), not aid given; an act consented to,
// told by a genitive subject and its passive verbal noun in the dative before a word of consent (`sərhədin açılmasına
// razılıq verib`), is that act under the consent convention (src/lang/az/events/README.md), with no AGREE of its own
// (src/extract/events/triggers.ts: `ownPhrase` with a type, `consentedTo`); a joint act offered by its infinitive (`danışıqlar
// masasına qayıtmağı təklif edib`) is an offer (AGREE), an act asked of the other stays a request (src/lang/az/events.ts, the
// `təklif` senses; src/extract/events/hit-events.ts `OBJECT_PHRASE`); the owner in the genitive of a delegation received in
// the passive with its agent (`X-in nümayəndə heyəti Y tərəfindən qəbul olunub`) is the one received (arguments.ts
// `organOwned`); a verbless headline `X-dən Y-yə N M-i` whose act noun opens a compound (`yardım paketi`) is the act
// (triggers.ts `sourceTargetFrame`); an act begun told by its verbal noun before the verb of beginning (`qoşunların
// çıxarılması başlayıb`) is told in that verb's tense, the owner of the forces in the genitive withdrawing them (guards.ts
// `continuedBy`, arguments.ts `ownForces`, the table `forceNouns` with `qüvvə`).
// Sentences written for these tests; each with a look-alike that must not change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents as events, oneEvent as one, noEvent as none } from "./helpers-events.js";

test("an aid package promised is a promise (AGREE), not aid given", () => {
  one("Norveç Moldovaya yeni yardım paketi vəd edib.", "AGREE", ["Norveç", "Moldova"]);
  one("Norveç Moldovaya humanitar yardım vəd edib.", "AGREE", ["Norveç", "Moldova"]);
  // look-alike: a package given or presented stays aid
  one("Norveç Moldovaya yeni yardım paketi təqdim edib.", "AID", ["Norveç", "Moldova"]);
  one("Norveç Moldovaya humanitar yardım göstərib.", "AID", ["Norveç", "Moldova"]);
});

test("a border's opening consented to is the opening (CONCEDE), with no agreement of its own", () => {
  one("Gürcüstan Ermənistanla sərhədin açılmasına razılıq verib.", "CONCEDE", ["Gürcüstan", "Ermənistan"]);
  // look-alikes: a border opening hoped for tells nothing; a border opened is told as before
  none("Gürcüstan sərhədin açılmasına ümid edir.");
  one("Gürcüstan Ermənistanla sərhədi açıb.", "CONCEDE", ["Gürcüstan", "Ermənistan"]);
});

test("a joint act offered is an offer (AGREE); an act asked of the other stays a request", () => {
  // (the talks noun is read by its own entry as before; the offer is the AGREE, no request)
  const talks = events("Fransa Almaniyaya danışıqlar masasına qayıtmağı təklif edib.");
  assert.ok(talks.some((e) => e.type === "AGREE" && e.actors.includes("Fransa") && e.actors.includes("Almaniya")), JSON.stringify(talks));
  assert.ok(!talks.some((e) => e.type === "REQUEST"), JSON.stringify(talks));
  one("Fransa Almaniyaya layihədə iştirak etməyi təklif edib.", "AGREE", ["Fransa", "Almaniya"]);
  // look-alikes: a ban proposed to the other is asked of it, even after talks named earlier in the clause
  one("Fransa Almaniyaya idxalı qadağan etməyi təklif edib.", "REQUEST", ["Fransa", "Almaniya"], "demanded");
  assert.ok(events("Danışıqlardan sonra Fransa Almaniyaya idxalı qadağan etməyi təklif edib.").some((e) => e.type === "REQUEST"));
  assert.ok(!events("Danışıqlardan sonra Fransa Almaniyaya idxalı qadağan etməyi təklif edib.").some((e) => e.type === "AGREE"));
});

test("a delegation owned in the genitive, received in the passive with its agent, is the one received", () => {
  one("Gürcüstanın nümayəndə heyəti nazir Əli Həsənov tərəfindən qəbul olunub.", "CONSULT", ["Əli Həsənov", "Gürcüstan"]);
  // look-alike: a state's proposal accepted receives no one
  none("Gürcüstanın təklifi nazir Əli Həsənov tərəfindən qəbul olunub.", "CONSULT");
});

test("a verbless headline from a side to a side whose act noun opens a compound is the act", () => {
  one("Norveçdən Moldovaya yeni yardım paketi", "AID", ["Norveç", "Moldova"]);
  one("Norveçdən Moldovaya yardım", "AID", ["Norveç", "Moldova"]);
  // look-alike: the compound before a postposition and another noun is what the headline is about, no act
  none("Norveçdən Moldovaya yardım paketi haqqında məlumat");
});

test("a withdrawal begun, told by its verbal noun, is the owner's of the forces, in the tense of beginning", () => {
  one("Türkiyə qoşunlarının Suriyadan çıxarılması başlayıb.", "RETREAT", ["Türkiyə", "Suriya"]);
  one("Türkiyə qüvvələrinin Suriyadan çıxarılması başlayıb.", "RETREAT", ["Türkiyə", "Suriya"]);
  one("Türkiyə qoşunlarının Suriyadan çıxarılması başlamayıb.", "RETREAT", ["Türkiyə", "Suriya"], "negated");
  // look-alikes: a withdrawal awaited tells none; troops withdrawn in the active are read as before
  none("Türkiyə qoşunlarının Suriyadan çıxarılması gözlənilir.", "RETREAT");
  one("Türkiyə qoşunlarını Suriyadan çıxarıb.", "RETREAT", ["Türkiyə", "Suriya"]);
});

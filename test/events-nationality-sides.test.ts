// Nationality words as the sides of events, on sentences written for these tests: a nationality word is no entity
// (GUIDELINES: `azərbaycanlı`, `rusiyalı`), but one qualifying a person or group noun in a side's position stands for
// its state (`rus qoşunları`, `gürcüstanlı həmkarı`, `iki azərbaycanlı saxlanılıb`); a nationality of a thing gives
// nothing (`rus dili`), and a person named with it is the side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const events = (text: string) => doc(text).events ?? [];
const sides = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("an ethnonym before a group or office noun is its state as the subject", () => {
  assert.deepEqual(sides("Rus qoşunları Xarkova hücum edib."), ["ASSAULT:Rusiya|Xarkov"]);
  assert.deepEqual(sides("Alman kansleri Parisə səfər edib."), ["CONSULT:Almaniya|Fransa"]);
  assert.deepEqual(sides("Erməni silahlıları Azərbaycan mövqelərini atəşə tutub."), ["ASSAULT:Azərbaycan|Ermənistan"]);
  assert.deepEqual(sides("Türk hökuməti Azərbaycana yardım göndərib."), ["AID:Azərbaycan|Türkiyə"]);
  // a phrase of several words as the noun
  assert.deepEqual(sides("Alman xarici işlər naziri Bakıya səfər edəcək."), ["CONSULT:Almaniya|Azərbaycan"]);
  // in the genitive, owning the event noun
  assert.deepEqual(sides("Rus qoşunlarının Xarkova hücumu davam edir."), ["ASSAULT:Rusiya|Xarkov"]);
});

test("a demonym of a known country before a person noun is its state, as the counterpart or the partner", () => {
  assert.deepEqual(sides("Con Smit gürcüstanlı həmkarı ilə görüşüb."), ["CONSULT:Con Smit|Gürcüstan"]);
  assert.deepEqual(sides("Con Smit rusiyalı diplomatla görüşüb."), ["CONSULT:Con Smit|Rusiya"]);
  assert.deepEqual(sides("Con Smit fransız həmkarı ilə telefonla danışıb."), ["CONSULT:Con Smit|Fransa"]);
  assert.deepEqual(sides("Ukraynalı əsgərlər Rusiya ərazisinə hücum edib."), ["ASSAULT:Rusiya|Ukrayna"]);
});

test("a name before a nationality phrase in the object stays the subject", () => {
  assert.deepEqual(sides("Con Smit türk həmkarını təbrik edib."), ["SUPPORT:Con Smit|Türkiyə"]);
  assert.deepEqual(sides("Con Smit türk həmkarı ilə görüşüb."), ["CONSULT:Con Smit|Türkiyə"]);
  assert.deepEqual(sides("İran ingilis jurnalistini həbs edib."), ["COERCE:Böyük Britaniya|İran"]);
  assert.deepEqual(sides("Ukrayna rus əsirlərini azad edib."), ["RETREAT:Rusiya|Ukrayna"]);
});

test("a demonym standing as the noun itself is its state: the people acted on", () => {
  assert.deepEqual(sides("Rusiyada iki azərbaycanlı saxlanılıb."), ["COERCE:Azərbaycan|Rusiya"]);
  assert.deepEqual(sides("Rusiyada azərbaycanlılar saxlanılıb."), ["COERCE:Azərbaycan|Rusiya"]);
  assert.deepEqual(sides("Ermənistan iki azərbaycanlını həbs edib."), ["COERCE:Azərbaycan|Ermənistan"]);
});

test("look-alikes: a nationality of a thing, of a language, or with no state gives no side", () => {
  assert.deepEqual(sides("Rus şirkəti Azərbaycana investisiya qoyub."), sides("Şirkət Azərbaycana investisiya qoyub."));
  assert.deepEqual(sides("Con Smit ingilis dilində çıxış edib."), sides("Con Smit dildə çıxış edib."));
  assert.ok(!sides("Ərəb ölkələri İsraili qınayıb.").some((s) => s.includes("Səudiyyə")));
  assert.deepEqual(sides("Rus dili Qazaxıstanda rəsmi dildir."), []);
  assert.deepEqual(sides("Alman avtomobili Bakıda satılıb."), []);
});

test("look-alikes: a person named with the nationality is the side", () => {
  assert.deepEqual(sides("Alman kansleri Con Smit Parisə səfər edib."), ["CONSULT:Con Smit|Fransa"]);
  // (the nationality adds no side; the capital does, as the state where the arrest with no agent happens: stop 37)
  assert.deepEqual(sides("Rus jurnalisti Con Smit həbs edilib."), ["COERCE:Con Smit"]);
  assert.deepEqual(sides("Rus jurnalisti Con Smit Moskvada həbs edilib."), ["COERCE:Con Smit|Rusiya"]);
});

test("look-alikes: a nationality that would be the only side names none: the sentence reads as without it", () => {
  // a person's own act, no act of a state with another
  assert.deepEqual(sides("Özbəkistanlı deputat Naxçıvanda babasının məzarını ziyarət edib."), []);
  assert.deepEqual(sides("Bakıda iranlı turist saxlanılıb."), []);
  // a protest with no side named stays the country's where it is held; people of a nation protesting are their state's
  // civilians, the side PLOVER codes a protest by (stop 35: no longer the host country's)
  assert.deepEqual(sides("İnsanlar Parisdə etiraz aksiyası keçirib."), ["PROTEST:Fransa"]);
  assert.deepEqual(sides("Azərbaycanlılar Parisdə etiraz aksiyası keçirib."), ["PROTEST:Azərbaycan"]);
});

test("look-alikes: a nationality phrase that is another verb's object or a class described is no side of the trigger", () => {
  // (the object of `azad etməyi`: the demand is made of İran)
  assert.deepEqual(sides("Norveç İrandan fransız vətəndaşını dərhal azad etməyi tələb edib."), ["REQUEST:Norveç|İran"]);
  // (a suspicion told by a participle describing the people is no accusation)
  assert.deepEqual(sides("Norveç gəmisini partlatmaqda şübhəli bilinən norveçli saxlanılıb."), ["COERCE:Norveç"]);
});

test("a nationality word is no entity", () => {
  const d = doc("Con Smit gürcüstanlı həmkarı ilə görüşüb. Rus qoşunları Xarkova hücum edib.");
  assert.deepEqual(d.entities.map((e) => e.name), ["Con Smit", "Xarkov"]);
});

// Triggers from the walk of the CAMEO codebook, conflict codes 11, 13-20 (src/lang/az/events/codebook-conflict.ts):
// one test per family, on invented sentences, with look-alikes that must give no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EntityType, Event } from "../src/text/doc.js";
import { eventsWith } from "./helpers-events.js";
import { annotate } from "../src/pipeline.js";

type Ent = [string, EntityType, string];
const NORWAY: Ent = ["Norveç", "LOC", "Norveç"];
const CANADA: Ent = ["Kanadanı", "LOC", "Kanada"];
const CANADA_DAT: Ent = ["Kanadaya", "LOC", "Kanada"];

function one(text: string, ents: Ent[]): Event {
  const evs = eventsWith(text, ents);
  assert.equal(evs.length, 1, `${text}: ${evs.map((e) => `${e.type} ${e.trigger.text}`).join(", ")}`);
  return evs[0];
}
function none(text: string, ents: Ent[]): void {
  const evs = eventsWith(text, ents);
  assert.deepEqual(evs.map((e) => `${e.type} ${e.trigger.text}`), [], text);
}
function check(e: Event, type: string, cameo: string, actors: string[], mode = "asserted"): void {
  assert.equal(e.type, type, e.trigger.text);
  assert.equal(e.cameo, cameo, e.trigger.text);
  assert.deepEqual(e.actors, actors, e.trigger.text);
  assert.equal(e.mode, mode, e.trigger.text);
}

test("ACCUSE (11): blame, charges, suspicion, reproach, slurs, lawsuits", () => {
  check(one("Norveç Kanadanı suçlayıb.", [NORWAY, CANADA]), "ACCUSE", "112", ["Norveç", "Kanada"]);
  check(one("Tarlan Qasımlı rüşvətdə ittiham olunur.", [["Tarlan Qasımlı", "PER", "Tarlan Qasımlı"]]), "ACCUSE", "112", ["Tarlan Qasımlı"]);
  check(one("Məhkəmə Tarlan Qasımlını günahkar bilib.", [["Tarlan Qasımlını", "PER", "Tarlan Qasımlı"]]), "ACCUSE", "112", ["Tarlan Qasımlı"]);
  check(one("Norveç Kanadaya iradlarını bildirib.", [NORWAY, CANADA_DAT]), "ACCUSE", "111", ["Norveç", "Kanada"]);
  check(one("Norveç Kanadanı Haaqa məhkəməsinə verib.", [NORWAY, CANADA]), "ACCUSE", "115", ["Norveç", "Kanada"]);
  check(one("Tarlan Qasımlı təqsirləndirilən şəxs qismində cəlb edilib.", [["Tarlan Qasımlı", "PER", "Tarlan Qasımlı"]]), "ACCUSE", "1121", ["Tarlan Qasımlı"]);
  const slur = one("Selim Arı Nord qəzetini yalançı adlandırıb.", [["Selim Arı", "PER", "Selim Arı"], ["Nord qəzetini", "ORG", "Nord"]]);
  check(slur, "ACCUSE", "111", ["Selim Arı", "Nord"]);
  check(one("Norveç Kanadanın bəyanatına kəskin reaksiya verib.", [NORWAY, ["Kanadanın", "LOC", "Kanada"]]), "ACCUSE", "111", ["Norveç", "Kanada"]);
  // calling someone a friend is no slur, a quick reply no criticism
  none("Selim Arı Nord qəzetini dostu adlandırıb.", [["Selim Arı", "PER", "Selim Arı"], ["Nord qəzetini", "ORG", "Nord"]]);
  none("Selim Arı məktuba dərhal reaksiya verib.", [["Selim Arı", "PER", "Selim Arı"]]);
});

test("THREATEN (13): ultimatum, blackmail, threats voiced", () => {
  check(one("Norveç Kanadaya ultimatum qoyub.", [NORWAY, CANADA_DAT]), "THREATEN", "139", ["Norveç", "Kanada"]);
  check(one("Norveç Kanadanı şantaj edib.", [NORWAY, CANADA]), "THREATEN", "130", ["Norveç", "Kanada"]);
  check(one("Norveç Kanadaya hədə-qorxu gəlib.", [NORWAY, CANADA_DAT]), "THREATEN", "130", ["Norveç", "Kanada"]);
  check(one("Norveç Kanadaya təhdidlər səsləndirib.", [NORWAY, CANADA_DAT]), "THREATEN", "130", ["Norveç", "Kanada"]);
  const kanadadan: Ent = ["Kanadadan", "LOC", "Kanada"];
  check(one("Norveç Kanadadan qisas alacaq.", [NORWAY, kanadadan]), "THREATEN", "138", ["Norveç", "Kanada"]);
  check(one("Selim Arı Kanadanın addımının cavabsız qalmayacağını bildirib.", [["Selim Arı", "PER", "Selim Arı"], ["Kanadanın", "LOC", "Kanada"]]),
    "THREATEN", "138", ["Selim Arı", "Kanada"]);
  // revenge taken is no threat; an unanswered goal is no retaliation
  none("Norveç Kanadadan qisas alıb.", [NORWAY, kanadadan]);
  none("Nord komandası üç cavabsız qolla qalib gəlib.", [["Nord", "ORG", "Nord"]]);
});

test("PROTEST (14): boycott, strike, demonstrators, riots, roads blocked", () => {
  const ents: Ent[] = [["Norveçdə", "LOC", "Norveç"]];
  const boycott = one("Norveç Kanadanı boykot elan edib.", [NORWAY, CANADA]);
  check(boycott, "PROTEST", "143", ["Norveç", "Kanada"]);
  assert.equal(boycott.plover_mode, "boycott");
  check(one("Norveçdə işçilər tətil edib.", ents), "PROTEST", "143", ["Norveç"]);
  check(one("Norveçdə işçilər tətilə çıxıb.", ents), "PROTEST", "143", ["Norveç"]);
  check(one("Norveçdə etirazçılar meydana toplaşıb.", ents), "PROTEST", "141", ["Norveç"]);
  check(one("Norveçdə hökumət əleyhinə aksiya keçirilib.", ents), "PROTEST", "141", ["Norveç"]);
  check(one("Norveçdə nümayişlər davam edir.", ents), "PROTEST", "141", ["Norveç"]);
  check(one("Norveçdə sakinlər etiraz edərək yolu bağlayıb.", ents), "PROTEST", "144", ["Norveç"]);
  const riot = one("Norveçdə iğtişaşlar baş verib.", ents);
  check(riot, "PROTEST", "145", ["Norveç"]);
  assert.equal(riot.plover_mode, "riot");
  // a school holiday, a shop's sale and a show are no protest
  none("Norveçdə şagirdlər tətilə çıxıb.", ents);
  none("Norveçdə bankın yeni aksiyası başlayıb.", ents);
  none("Norveç yeni təyyarəni nümayiş etdirib.", [NORWAY]);
});

test("MOBILIZE (15): forces mobilised, weapons deployed, ships sent, alert raised", () => {
  check(one("Norveç ordusu səfərbər edilib.", [["Norveç", "LOC", "Norveç"]]), "MOBILIZE", "154", ["Norveç"]);
  check(one("Norveç ehtiyatçıları səfərbər edib.", [NORWAY]), "MOBILIZE", "154", ["Norveç"]);
  const nukes = one("Norveç öz ərazisində nüvə silahı yerləşdirib.", [NORWAY]);
  check(nukes, "MOBILIZE", "154", ["Norveç"]);
  assert.equal(nukes.plover_mode, "weapons");
  check(one("Norveç bölgəyə hərbi gəmilər göndərib.", [NORWAY]), "MOBILIZE", "154", ["Norveç"]);
  check(one("Norveç qırıcıları havaya qaldırılıb.", [NORWAY]), "MOBILIZE", "152", ["Norveç"]);
  check(one("Norveç ordusu tam döyüş hazırlığına gətirilib.", [NORWAY]), "MOBILIZE", "152", ["Norveç"]);
  check(one("Norveç qoşunlarının sayını artırıb.", [NORWAY]), "MOBILIZE", "154", ["Norveç"]);
  check(one("Norveç sərhədə əlavə qüvvələr göndərib.", [NORWAY]), "MOBILIZE", "154", ["Norveç"]);
  // rescuers mobilised for a fire, tourists counted, a cargo ship sent: no army
  none("Norveç bütün xilasediciləri yanğına səfərbər edib.", [NORWAY]);
  none("Norveç turistlərin sayını artırıb.", [NORWAY]);
  none("Norveç Kanadaya yük gəmiləri göndərib.", [NORWAY, CANADA_DAT]);
});

test("SANCTION (16): trade cut, funding stopped, airspace closed, mission stopped, diplomats expelled", () => {
  const ban = one("Norveç Kanadadan idxalı dayandırıb.", [NORWAY, ["Kanadadan", "LOC", "Kanada"]]);
  check(ban, "SANCTION", "163", ["Norveç", "Kanada"]);
  check(one("Norveç Kanada ilə ticarəti kəsib.", [NORWAY, ["Kanada", "LOC", "Kanada"]]), "SANCTION", "163", ["Norveç", "Kanada"]);
  check(one("Norveç Kanadanın maliyyələşdirilməsini dayandırıb.", [NORWAY, ["Kanadanın", "LOC", "Kanada"]]), "SANCTION", "162", ["Norveç", "Kanada"]);
  check(one("Norveç hava məkanını Kanada təyyarələri üçün bağlayıb.", [NORWAY, ["Kanada", "LOC", "Kanada"]]), "SANCTION", "163", ["Kanada"]);
  check(one("Norveç Kanada səfirliyinin fəaliyyətini dayandırıb.", [NORWAY]), "SANCTION", "161", ["Norveç"]);
  check(one("Norveç Kanada ilə diplomatik əlaqələri dayandırıb.", [NORWAY, ["Kanada", "LOC", "Kanada"]]), "SANCTION", "161", ["Norveç", "Kanada"]);
  check(one("Norveç Kanada ilə danışıqlardan çıxıb.", [NORWAY, ["Kanada", "LOC", "Kanada"]]), "SANCTION", "164", ["Norveç", "Kanada"]);
  check(one("Norveç Kanadanın əmlakını dondurub.", [NORWAY, ["Kanadanın", "LOC", "Kanada"]]), "SANCTION", "163", ["Norveç", "Kanada"]);
  // a trade deficit is no trade cut
  none("Norveçin ticarət kəsiri artıb.", [["Norveçin", "LOC", "Norveç"]]);
});

test("COERCE (17): caught, remanded, listed, zones and borders closed, martial law extended, sites blocked", () => {
  const per: Ent = ["Tarlan Qasımlı", "PER", "Tarlan Qasımlı"];
  const caught = one("Polis Tarlan Qasımlını yaxalayıb.", [["Tarlan Qasımlını", "PER", "Tarlan Qasımlı"]]);
  check(caught, "COERCE", "173", ["Tarlan Qasımlı"]);
  assert.equal(caught.plover_mode, "arrest");
  check(one("Tarlan Qasımlı istintaq təcridxanasına yerləşdirilib.", [per]), "COERCE", "173", ["Tarlan Qasımlı"]);
  check(one("Tarlan Qasımlı terrorçular siyahısına salınıb.", [per]), "COERCE", "172", ["Tarlan Qasımlı"]);
  check(one("Norveç sərhəd boyunca ərazini qapalı hərbi zona elan edib.", [NORWAY]), "COERCE", "191", ["Norveç"]);
  check(one("Norveç Kanada ilə sərhədi bağlayıb.", [NORWAY, ["Kanada", "LOC", "Kanada"]]), "COERCE", "191", ["Norveç", "Kanada"]);
  // (a passive with no agent is the state's where it happens: a country, as the link stage codes it; whole pipeline)
  const extended = annotate({ id: "t", text: "Norveçdə hərbi vəziyyətin müddəti uzadılıb.", document_date: "2025-10-08" }).events;
  assert.equal(extended.length, 1);
  check(extended[0], "COERCE", "1724", ["Norveç"]);
  check(one("Tarlan Qasımlının vətəndaşlığına xitam verilib.", [["Tarlan Qasımlının", "PER", "Tarlan Qasımlı"]]), "COERCE", "172", ["Tarlan Qasımlı"]);
  check(one("Norveç Nord saytını bloklayıb.", [NORWAY, ["Nord", "ORG", "Nord"]]), "COERCE", "1721", ["Norveç", "Nord"]);
  // an emergency after an earthquake, a rule's limit, a bank card blocked, let out to house arrest: no coercion
  none("Norveçdə zəlzələdən sonra fövqəladə vəziyyət rejimi tətbiq edilib.", [["Norveçdə", "LOC", "Norveç"]]);
  none("Norveçdə parkda avtomobillərin sayı 300 ilə məhdudlaşdırılıb.", [["Norveçdə", "LOC", "Norveç"]]);
  none("Tarlan Qasımlının bank kartı bloklanıb.", [["Tarlan Qasımlının", "PER", "Tarlan Qasımlı"]]);
  // (let out to house arrest is the release, RETREAT 0841 in ./events-recall-sup24a.test.ts: still no coercion)
  assert.deepEqual(eventsWith("Tarlan Qasımlı ev dustaqlığına buraxılıb.", [per]).map((e) => e.type), ["RETREAT"]);
});

test("ASSAULT (18, 20): beaten, stabbed, injured, fights, attempts on a life, repression, massacres, weapons of mass destruction", () => {
  const a: Ent = ["Tarlan Qasımlı", "PER", "Tarlan Qasımlı"];
  const b: Ent = ["Murad Sultanlını", "PER", "Murad Sultanlı"];
  const beat = one("Tarlan Qasımlı Murad Sultanlını döyüb.", [a, b]);
  check(beat, "ASSAULT", "182", ["Tarlan Qasımlı", "Murad Sultanlı"]);
  assert.equal(beat.plover_mode, "beat");
  check(one("Tarlan Qasımlı bıçaqlanıb.", [a]), "ASSAULT", "182", ["Tarlan Qasımlı"]);
  check(one("Tarlan Qasımlı Murad Sultanlıya xəsarət yetirib.", [a, ["Murad Sultanlıya", "PER", "Murad Sultanlı"]]), "ASSAULT", "182",
    ["Tarlan Qasımlı", "Murad Sultanlı"]);
  check(one("Tarlan Qasımlı ilə Murad Sultanlı arasında dava düşüb.", [["Tarlan Qasımlı ilə", "PER", "Tarlan Qasımlı"], ["Murad Sultanlı", "PER", "Murad Sultanlı"]]),
    "ASSAULT", "182", ["Tarlan Qasımlı", "Murad Sultanlı"]);
  check(one("Tarlan Qasımlı Murad Sultanlının həyatına qəsd edib.", [a, ["Murad Sultanlının", "PER", "Murad Sultanlı"]]), "ASSAULT", "185",
    ["Tarlan Qasımlı", "Murad Sultanlı"]);
  check(one("Norveç Kanadaya təcavüz edib.", [NORWAY, CANADA_DAT]), "ASSAULT", "190", ["Norveç", "Kanada"]);
  check(one("Norveç polisi etirazçılara qarşı gözyaşardıcı qaz işlədib.", [NORWAY]), "ASSAULT", "175", ["Norveç"]);
  check(one("Norveç ordusu kənddə qırğın törədib.", [NORWAY]), "ASSAULT", "200", ["Norveç"]);
  check(one("Norveç kimyəvi silahdan istifadə edib.", [NORWAY]), "ASSAULT", "2041", ["Norveç"]);
  // fighting (`döyüş`) is no beating, a knife as an instrument is no stabbing, nor is a mine cleared an attack
  none("Norveçdə döyüşlər barədə kitab çap olunub.", [["Norveçdə", "LOC", "Norveç"]]);
  none("Tarlan Qasımlı bıçaqla çörək kəsib.", [a]);
  none("Norveçdə mina zərərsizləşdirilib.", [["Norveçdə", "LOC", "Norveç"]]);
});

test("ASSAULT (19): missiles and bombs, provocations, attackers neutralised, shootouts with a side", () => {
  const missile = one("Norveç Kanadaya raket atıb.", [NORWAY, CANADA_DAT]);
  check(missile, "ASSAULT", "195", ["Norveç", "Kanada"]);
  assert.equal(missile.plover_mode, "aerial");
  check(one("Norveç Kanadaya bomba atıb.", [NORWAY, CANADA_DAT]), "ASSAULT", "183", ["Norveç", "Kanada"]);
  check(one("Norveç silahlı qüvvələri Kanadaya qarşı təxribat törədib.", [NORWAY, ["Kanadaya", "LOC", "Kanada"]]), "ASSAULT", "190", ["Norveç", "Kanada"]);
  check(one("Norveç polisi silahlı şəxsi zərərsizləşdirib.", [NORWAY]), "ASSAULT", "190", ["Norveç"]);
  // a shooting with no side named (`mərasimdə atışma`) is left to the gold's judgment: no event
  none("Norveçdə bayram mərasimində atışma baş verib.", [["Norveçdə", "LOC", "Norveç"]]);
});

test("drones or missiles launched at a place are an aerial strike; a launch with no target is not", () => {
  check(one("Norveç Kanadaya 100 dron buraxıb.", [NORWAY, CANADA_DAT]), "ASSAULT", "195", ["Norveç", "Kanada"]);
  none("Norveç raket buraxıb.", [NORWAY]);
  none("Norveç şirkəti Kanadaya yeni məhsul buraxıb.", [NORWAY, CANADA_DAT]);
});

// Regulators, courts and trade between states as banker.az's `Digər xəbərlər` tell them, written for these tests: exports
// and imports between two named states, a firm's doings looked into by an agency, inquiries begun, an inquiry carried out by
// a prosecutor, a case to be brought against a firm, a binding order to named credit unions (src/lang/az/events/regulators-r19.ts),
// and a quoted firm before a compound noun carrying its case (`"X" kredit ittifaqlarına`, src/extract/events/mentions.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-06-15") => annotate({ id: "t", text, document_date: date }).events ?? [];
const kinds = (text: string) => events(text).map((e) => `${e.type}:${e.actors.join("|")}`);

test("exports and imports between two named states are COOPERATE (061)", () => {
  assert.deepEqual(kinds("Azərbaycan bu ilin birinci rübündə Kanadaya 5 milyon dollarlıq neft ixrac edib."), ["COOPERATE:Azərbaycan|Kanada"]);
  const passive = events("Azərbaycandan Rusiyaya 50 min ton pomidor ixrac olunub.");
  assert.deepEqual(passive.map((e) => [e.type, [...e.actors].sort().join("|")]), [["COOPERATE", "Azərbaycan|Rusiya"]]);
  const imp = events("Türkiyə 2030-cu ilə qədər Türkmənistandan qaz idxal edəcək.");
  assert.deepEqual(imp.map((e) => [e.type, e.mode]), [["COOPERATE", "future"]]);
  assert.ok(imp[0].actors.includes("Türkmənistan"));
  // look-alikes: a state's exports in figures with no partner named, a firm's plan, totals
  assert.deepEqual(kinds("Azərbaycan ötən il 30 milyon ton neft ixrac edib."), []);
  assert.deepEqual(kinds("\"Azərsun\" şirkəti məhsullarını 20 ölkəyə ixrac etməyi planlaşdırır."), []);
  assert.deepEqual(kinds("Ölkənin qeyri-neft ixracı 3 milyard dollar təşkil edib."), []);
  // look-alikes: a factory's goods that are exported, or that its director says it will export, tell its business
  assert.deepEqual(kinds("Zavodun məhsulları Gürcüstana və İraqa ixrac edilir."), []);
  assert.deepEqual(kinds("Direktor bildirib ki, gələn il məhsulları Qazaxıstana ixrac edəcəyik."), []);
});

test("a firm's doings looked into by an agency, and inquiries begun, are ACCUSE (090, investigate)", () => {
  assert.deepEqual(kinds("Antiinhisar və İstehlak Bazarına Nəzarət Dövlət Agentliyi \"ABC-Telecom\" MMC-nin fəaliyyətində " +
    "rəqabət qanunvericiliyinin pozulması hallarını araşdırıb."),
  ["ACCUSE:Antiinhisar və İstehlak Bazarına Nəzarət Dövlət Agentliyi|ABC-Telecom"]);
  assert.deepEqual(events("Agentlik \"Azersun\" şirkətinin qiymət siyasəti ilə bağlı araşdırmalara başlayıb.").map((e) => e.type), ["ACCUSE"]);
  // look-alikes: research, a study's findings, a firm looking into markets
  assert.deepEqual(kinds("Oksford Universitetinin apardığı araşdırmada qəhvənin faydalı olduğu müəyyən edilib."), []);
  assert.deepEqual(kinds("\"Bravo\" şirkəti yeni bazarları araşdırır."), []);
  assert.deepEqual(kinds("Şirkətə daxil olan müraciətlər araşdırılıb."), []);
  assert.deepEqual(kinds("Mütəxəssis fermerlərə \"Aqrar Sığorta Fondunu\" diqqətlə araşdırmağı tövsiyə edib."), []);
  assert.deepEqual(kinds("Fermerlərə tövsiyəm budur ki, Aqrar Sığorta Fondunu diqqətlə araşdırsınlar."), []);
});

test("an inquiry carried out by a prosecutor, and a case to be brought against a firm, are ACCUSE", () => {
  assert.deepEqual(events("Prokurorluq \"Günəş\" MMC-nin fəaliyyəti ilə bağlı araşdırma aparıb.").map((e) => e.type), ["ACCUSE"]);
  const caseOf = events("Agentlik tərəfindən \"Nur Market\" MMC-yə qarşı işin qaldırılması məsələsi nəzərdən keçirilir.");
  assert.deepEqual(caseOf.map((e) => [e.type, e.mode]), [["ACCUSE", "possible"]]);
  // look-alikes: a market survey a firm carries out, a study by a university
  assert.deepEqual(kinds("\"Bravo\" şirkəti bazar araşdırması aparıb."), []);
  assert.deepEqual(kinds("Universitetin alimləri \"Bravo\" şirkəti ilə birlikdə araşdırma aparıb."), []);
});

test("a binding order to named credit unions is REQUEST demanded, the quoted firms in the case of the compound noun", () => {
  const order = events("Azərbaycan Mərkəzi Bankı \"Hacıoğlu\" və \"İnci Kredo\" kredit ittifaqlarına icrası məcburi göstəriş verib.");
  assert.deepEqual(order.map((e) => [e.type, e.mode]), [["REQUEST", "demanded"]]);
  assert.ok(order[0].actors.includes("İnci Kredo"));
  // look-alikes: a president's instructions a meeting follows, an order with no firm it went to
  assert.deepEqual(kinds("Bakı Şəhər İcra Hakimiyyətində Prezidentin tapşırıq və göstərişlərindən irəli gələn məsələlərlə bağlı müşavirə keçirilib."), []);
  assert.deepEqual(kinds("Göstərişə əsasən, bütün banklar hesabatlarını təqdim etməlidir."), []);
  // look-alike: a quoted firm right before its possessed noun keeps that noun's case as before (`"X" şirkəti ilə`)
  assert.ok(kinds("Nazir \"Kapital\" şirkəti ilə görüşüb.").some((k) => k.startsWith("CONSULT") && k.includes("Kapital")));
});

// Invented world-news articles (stop 30, helper arts31): `iki ölkə` after a state told as where a thing is, mediators
// before a relative clause, a group phrase with one state named before, and a noun of one person as a new subject.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-14" }).events ?? [];
const of = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => [...e.actors].sort().join("|"));

test("a state told as where a thing is (`Yəməndəki münaqişə`) is none of the two states `iki ölkə` names", () => {
  const text = "Qazaxıstanın xarici işlər naziri Astanada Özbəkistanın xarici işlər naziri ilə görüşüb. " +
    "Nazirlər Əfqanıstandakı vəziyyəti müzakirə ediblər. Qeyd olunub ki, iki ölkə arasında vizasız rejim barədə razılıq əldə edilib.";
  const agree = of(text, "AGREE");
  assert.equal(agree.length, 1);
  assert.ok(!agree[0].includes("Əfqanıstan"), agree[0]);
  assert.ok(agree[0].includes("Qazaxıstan"), agree[0]);
  // look-alike: a state before its envoy (`Fransanın Ermənistandakı səfiri`) still stands for a side
  assert.deepEqual(of("Fransanın Ermənistandakı səfiri İrəvanda Ermənistanın xarici işlər naziri ilə görüşüb. " +
    "Qeyd olunub ki, iki ölkə arasında mədəniyyət sahəsində saziş imzalanıb.", "SUPPORT"), ["Ermənistan|Fransa"]);
});

test("mediators joined before a relative clause (`X və Y-in vasitəçiliyi ilə Q-də keçirilən danışıqlarda`) are no subject", () => {
  assert.deepEqual(of("Misir və Qətərin vasitəçiliyi ilə Qahirədə keçirilən danışıqlarda İsrail və HƏMAS atəşkəs barədə razılığa gəliblər.", "AGREE"),
    ["HƏMAS|İsrail"]);
  // look-alike: the same sides told without a relative clause, as before
  assert.deepEqual(of("Misir və Qətərin vasitəçiliyi ilə İsrail və HƏMAS atəşkəs barədə razılığa gəliblər.", "AGREE"), ["HƏMAS|İsrail"]);
});

test("a noun of one private person as the new subject (`64 yaşlı jurnalist`) names the person acted on, not the state", () => {
  assert.deepEqual(of("Türkiyə polisi jurnalist Əhməd Yıldızı saxlayıb. 64 yaşlı jurnalist ittihamları rədd edib.", "REJECT"), ["Əhməd Yıldız"]);
  assert.deepEqual(of("ABŞ Venesuelaya qarşı yeni sanksiyalar tətbiq edib. Keçmiş prezident Karlos Mendes Karakasda həbs olunub. " +
    "84 yaşlı siyasətçi ittihamları rədd edib.", "REJECT"), ["Karlos Mendes"]);
  // look-alike: a body of the state (`Polis`) as the subject keeps the story's sides
  assert.deepEqual(of("Türkiyə polisi Əhməd Yıldızı saxlayıb. Polis ittihamları rədd edib.", "REJECT"), ["Türkiyə|Əhməd Yıldız"]);
});

test("a name before a building's noun in the locative (`X sarayında`, `X iqamətgahında`) is the venue, no side", () => {
  const text = "Rusiya və Ukrayna nümayəndə heyətləri İstanbulda danışıqlar keçiriblər. Görüş Türkiyənin vasitəçiliyi ilə Dolmabağça sarayında baş tutub.";
  assert.ok(!events(text).some((e) => e.actors.includes("Dolmabağça")));
  assert.deepEqual(of(text, "CONSULT"), ["Rusiya|Ukrayna"]);
  assert.ok(!of("Prezident İlham Əliyev Zuğulba iqamətgahında Gürcüstanın Baş naziri ilə görüşüb.", "CONSULT")[0].includes("Zuğulba"));
});

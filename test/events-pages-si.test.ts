// Sentences written for these tests (stop 35, si) in the style of news of ties between states of the Turkic world,
// Central Asia, Pakistan and the EU: ties hoped to deepen in a letter's close, and a side stood by told by the predicate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("ties hoped or believed to deepen close a letter, no cooperation", () => {
  assert.deepEqual(of("Əminəm ki, Qazaxıstan ilə Qırğızıstan arasında qardaşlıq əlaqələri bundan sonra da dərinləşəcəkdir.", "COOPERATE"), []);
  assert.deepEqual(of("Ümid edirəm ki, Türkmənistan Özbəkistanla tərəfdaşlığı daha da gücləndirəcək.", "COOPERATE"), []);
  // (the belief in the main clause of a `ki` clause told by someone else)
  assert.deepEqual(of("Nazir əmin olduğunu bildirib ki, Macarıstan Türkiyə ilə əməkdaşlığı genişləndirəcək.", "COOPERATE"), []);
  // ties deepened or to be deepened with no word of belief are cooperation still
  assert.equal(of("Qazaxıstan ilə Qırğızıstan arasında əlaqələr daha da dərinləşəcək.", "COOPERATE").length, 1);
  assert.equal(of("Türkmənistan Özbəkistanla tərəfdaşlığı gücləndirəcək.", "COOPERATE").length, 1);
  // (and a word that only begins like one, `əmin-amanlıq`, leaves it so)
  assert.equal(of("Regionda əmin-amanlığı qorumaq üçün Qırğızıstan Qazaxıstanla əməkdaşlığı gücləndirib.", "COOPERATE").length, 1);
});

test("a side stood by in hard times or always, told by the predicate, is support", () => {
  assert.deepEqual(of("Macarıstan hər zaman Qırğızıstanın yanındadır.", "SUPPORT"), [["Macarıstan", "Qırğızıstan"]]);
  assert.deepEqual(of("Nazir bildirib ki, Pakistan daim Türkmənistanın yanındadır.", "SUPPORT"), [["Pakistan", "Türkmənistan"]]);
  // the first person is the speaker's own
  const own = of("“Biz bu çətin günlərdə Qırğızıstan xalqının yanındayıq”, - Viktor Orban bildirib.", "SUPPORT");
  assert.equal(own.length, 1);
  assert.ok(own[0].includes("Viktor Orban") && own[0].includes("Qırğızıstan"));
  // a place beside another tells where something is, no support
  assert.deepEqual(of("Yeni səfirlik binası mərkəzi parkın yanındadır.", "SUPPORT"), []);
  assert.deepEqual(of("Nazirliyin ofisi metro stansiyasının yanındadır.", "SUPPORT"), []);
});

test("a resolution put forward with no addressee asks no one; one sent to a body does", () => {
  assert.deepEqual(of("Şimal Şurası öncədən yazılmış qətnaməni təqdim edib.", "REQUEST"), []);
  assert.equal(of("Qırğızıstan qətnamə layihəsini Təhlükəsizlik Şurasına təqdim edib.", "REQUEST").length, 1);
});

test("a headline's act told again by the body on the news's own day is one act", () => {
  const text = "Jeenbek Kulubayev telefon danışığında Qazaxıstana qarşı dron hücumunu qınayıb\n" +
    "Qırğızıstanın xarici işlər naziri Jeenbek Kulubayev ilə Qazaxıstanın xarici işlər naziri Murat Nurtleu arasında telefon danışığı aparılıb. " +
    "Nazir Jeenbek Kulubayev bu gün Qazaxıstanın ərazisinə qarşı həyata keçirilmiş dron hücumunu qınayıb.";
  assert.equal(of(text, "ACCUSE", "2026-03-09").length, 1);
  // (another side's condemnation that day is another act)
  const other = "Jeenbek Kulubayev Qazaxıstana qarşı dron hücumunu qınayıb. " +
    "Qazaxıstanın xarici işlər naziri Murat Nurtleu bu gün Özbəkistana qarşı raket hücumunu qınayıb.";
  assert.equal(of(other, "ACCUSE", "2026-03-09").length, 2);
});

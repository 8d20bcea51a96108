// Quotes in political and world news (q24): sentences invented for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/index.js";

function speakers(text: string): (string | null)[] {
  return annotate({ id: "t", text, document_date: "2025-11-20" }).quotes.map((q) => q.speaker);
}

test("a label opening the sentence names the speaker of a quotation whose cue after it names no one", () => {
  assert.deepEqual(speakers('Monteneqro Prezidenti Yakov Milatoviç Podqoritsada çıxış edib. Milatoviç: "Ölkəmiz Avropa yolunu seçib və bu yoldan dönməyəcək", - deyə bildirib.'), ["Yakov Milatoviç"]);
  assert.deepEqual(speakers('Nepalın Baş naziri Katmanduda qonaqları qəbul edib. Oli: «Nepal qonşuları ilə sülh içində yaşamaq istəyir» - deyib.'), ["Oli"]);
  // look-alike: a cue after the quotation that names its speaker keeps that speaker
  assert.deepEqual(speakers('Yakov Milatoviç Podqoritsada çıxış edib. Milatoviç: "Ölkəmiz Avropa yolunu seçib və bu yoldan dönməyəcək", - deyə baş nazir Milojko Spaiç bildirib.'), ["Milojko Spaiç"]);
});

test("an official of a body (`rəsmisi`) is the person in focus, not the body", () => {
  assert.deepEqual(speakers('Misir XİN-in sözçüsü Təmim Xəlləf brifinq keçirib. Xəlləf bildirib: "Qahirə vasitəçiliyi davam etdirəcək". XİN rəsmisi əlavə edib: "Tərəflər razılığa yaxındır".'), ["Təmim Xəlləf", "Təmim Xəlləf"]);
  // look-alike: the body itself issuing a statement stays the body
  assert.deepEqual(speakers('Misir XİN-in sözçüsü Təmim Xəlləf brifinq keçirib. Xəlləf bildirib: "Qahirə vasitəçiliyi davam etdirəcək". Misir XİN-i bəyanat yayıb: "Tərəflər razılığa yaxındır".').length, 2);
  // look-alike: `rəsmi` qualifying a document noun is no office: the body named before speaks, not its minister
  assert.deepEqual(speakers('Çexiya Müdafiə Nazirliyi gecə baş verən hadisə ilə bağlı məlumat yayıb. Nazir Yana Çernoxova Praqada olub. "Hərbi bazaya dron hücumu qeydə alınmayıb", - deyə rəsmi açıqlamada bildirilib.'), ["Çexiya Müdafiə Nazirliyi"]);
});

test("a pronoun after a name a postposition follows is the subject named before, not the one met", () => {
  assert.deepEqual(speakers('Norveçin Baş naziri Yonas Störe Ukraynaya yardımı müzakirə edib. Zelenski ilə görüşdən sonra o deyib: "Norveç Kiyevin yanında olacaq".'), ["Yonas Störe"]);
  // look-alike: a pronoun after a subject resolves as before
  assert.deepEqual(speakers('Norveçin Baş naziri Yonas Störe Oslo forumunda çıxış edib. Mark Rutte də foruma gəlib. O deyib: "Alyans şimal cinahını gücləndirəcək".'), ["Mark Rutte"]);
});

test("look-alikes stay no quotes: quoted names, slogans, scare quotes", () => {
  assert.deepEqual(speakers('Etirazçılar Vilnüsdə "Sülhə bəli!" şüarı ilə yürüş keçiriblər. Polis müdaxilə etməyib.'), []);
  assert.deepEqual(speakers('Müxalifət nazirliyi "kağız islahatlar" aparmaqda ittiham edib.'), []);
});

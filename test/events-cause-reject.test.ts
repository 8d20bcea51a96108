// Sentences written for these tests (stop 37, cause helper reject) in the style of news of denials and refusals: claims
// called fake or untrue by their speaker, permission refused, stances and demands not accepted, giving in vowed against,
// talks refused by dialogue; each with a look-alike that must stay as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a report, a claim or a statement called fake, forged or untrue is its speaker's denial", () => {
  const fake = of("Qırğızıstan XİN: Sosial şəbəkələrdə sərhəddə atışma olduğu barədə yayılan xəbərlər feykdir.", "REJECT");
  assert.equal(fake.length, 1);
  assert.ok(fake[0].includes("Qırğızıstan"));
  const forged = of("Kamil Nəbiyev bildirib ki, Tacikistanın hərbi yardım göndərməsi barədə məlumatlar saxtadır.", "REJECT");
  assert.equal(forged.length, 1);
  assert.ok(forged[0].includes("Kamil Nəbiyev"));
  const untrue = of("Rüstəm Qasımov bildirib ki, Moldova hökumətinin bu barədə bəyanatı doğru deyil.", "REJECT");
  assert.equal(untrue.length, 1);
  assert.ok(untrue[0].includes("Rüstəm Qasımov"));
  // a way or a plan called wrong or forged names no claim denied
  assert.deepEqual(of("Nazir bildirib ki, bu yanaşma doğru deyil.", "REJECT"), []);
  assert.deepEqual(of("Polis bildirib ki, bu sənəd saxtadır.", "REJECT"), []);
});

test("a claim reported called false is a denial by who says so; a decision so called is none", () => {
  const got = of("Tural Həsənli Qazaxıstanın ittihamlarının yalan olduğunu deyib.", "REJECT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Tural Həsənli"));
  assert.deepEqual(of("Vəkil qərarın qanunsuz və əsassız olduğunu bildirib.", "REJECT"), []);
});

test("a motion or a claim deemed baseless by the one it is put to is refused", () => {
  const got = of("Müdafiəçilər vəsatət qaldırıblar, lakin Şəki Şəhər Məhkəməsi bu tələbi də əsassız hesab edib.", "REJECT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Şəki Şəhər Məhkəməsi"));
  assert.deepEqual(of("Ekspert bu qorxuları əsassız hesab edir.", "REJECT"), []);
});

test("permission refused is a refusal; permission given, or refused to a named side for its own act, stays as before", () => {
  const got = of("Gəncə Şəhər İcra Hakimiyyəti Sərkər Əliyevin meydanda çıxış etməsinə icazə verməyib.", "REJECT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Gəncə Şəhər İcra Hakimiyyəti"));
  assert.deepEqual(of("Gəncə Şəhər İcra Hakimiyyəti Sərkər Əliyevin meydanda çıxış etməsinə icazə verib.", "REJECT"), []);
  // (airspace refused to a state stays the concession told negated)
  assert.deepEqual(of("Macarıstan Polşaya hava məkanından istifadəyə icazə verməyib.", "REJECT"), []);
});

test("a stance, a demand or charges not accepted are refused, also when one says one cannot accept them", () => {
  const stance = of("Nazir bildirib ki, Yunanıstanın tələblərini qəbul edə bilmərik.", "REJECT");
  assert.equal(stance.length, 1);
  assert.ok(stance[0].includes("Yunanıstan"));
  assert.equal(of("Moldova Rumıniyanın tələblərini qəbul etməyəcək.", "REJECT").length, 1);
  // accepted, or a law not adopted, refuses nothing
  assert.deepEqual(of("Moldova Rumıniyanın şərtlərini qəbul edib.", "REJECT"), []);
  assert.deepEqual(of("Parlament qanunu qəbul etməyib.", "REJECT"), []);
  // (and a package of sanctions adopted is imposed, not refused)
  assert.equal(of("Aİ Belarusa qarşı 5-ci sanksiyalar paketini qəbul edib.", "SANCTION").length, 1);
});

test("giving in vowed not to happen is a refusal; giving in, or giving in that did not happen, stays a concession", () => {
  const got = of("Fərid Əmirov bildirib ki, Livan İsrailin təhdidlərinə boyun əyməyəcək.", "REJECT");
  assert.equal(got.length, 1);
  assert.deepEqual(of("Fərid Əmirov bildirib ki, Livan İsrailin təhdidlərinə boyun əyməyəcək.", "CONCEDE"), []);
  assert.deepEqual(of("Livan İsrailin təzyiqlərinə boyun əyib.", "CONCEDE").length, 1);
  assert.deepEqual(of("Livan İsrailin təzyiqlərinə boyun əyməyib.", "REJECT"), []);
});

test("dialogue a side says it will not enter is talks refused; dialogue entered is talks", () => {
  const got = of("Moldova prezidenti Rusiya ilə dialoqa getməyəcəyini deyib.", "REJECT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Rusiya"));
  assert.equal(of("Qazaxıstan Qırğızıstanla dialoqa gedib.", "CONSULT").length, 1);
  assert.deepEqual(of("Qazaxıstan Qırğızıstanla dialoqa gedib.", "REJECT"), []);
});

// Sentences written for these tests (stop 35, sk) in the style of news of protests and sanctions in the region: a protest
// on a named street or square, support cut off to a state, a travel ban.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a street's or a square's name is an address: the state where the protest is held protests, not the street", () => {
  const street = of("Gürcüstanın Kutaisi şəhərində etirazçılar Çavçavadze prospektində yolu bağlayıblar.", "PROTEST");
  assert.deepEqual(street, [["Gürcüstan"]]);
  const square = of("Serbiyanın paytaxtı Belqradda Terazije meydanında etiraz aksiyası keçirilib.", "PROTEST");
  assert.equal(square.length, 1);
  assert.ok(!square[0].includes("Terazije"));
  // a city's streets, plural, are the city's: the city still stands for its state
  assert.deepEqual(of("Belqrad küçələrində etiraz aksiyası keçirilib.", "PROTEST"), [["Serbiya"]]);
});

test("support stopped to a state is a sanction; support given or expressed is not", () => {
  assert.deepEqual(of("Almaniya Moldovaya maliyyə dəstəyini dayandırıb.", "SANCTION"), [["Almaniya", "Moldova"]]);
  assert.deepEqual(of("Yaponiya Filippinə hərbi dəstəyi dayandırıb.", "SANCTION"), [["Yaponiya", "Filippin"]]);
  assert.deepEqual(of("Almaniya Moldovaya maliyyə dəstəyini dayandırıb.", "AID"), []);
  // look-alikes: money promised, support expressed
  assert.deepEqual(of("Almaniya Moldovaya maliyyə dəstəyi verəcək.", "SANCTION"), []);
  assert.equal(of("Almaniya Moldovaya maliyyə dəstəyi verəcək.", "AID").length, 1);
  assert.deepEqual(of("Kanada Latviyaya dəstəyini ifadə edib.", "SANCTION"), []);
});

test("a travel ban is no visit", () => {
  assert.deepEqual(of("Kanada bir neçə Belarus məmuruna səfər qadağası tətbiq edib.", "CONSULT"), []);
  // a visit made stays one
  assert.deepEqual(of("Norveçin baş naziri İslandiyaya səfər edib.", "CONSULT"), [["Norveç", "İslandiya"]]);
});

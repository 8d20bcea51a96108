// Sentences written for these tests (stop 37, cause coerce): detentions and dispersals told with no agent named, which the
// page gold sets give to the state where they happen (the police's act), and forces of law enforcement named by common nouns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a detention in the passive at a protest in a capital is the state's", () => {
  assert.deepEqual(of("Tbilisidə keçirilən aksiyada 14 nəfər saxlanılıb.", "COERCE"), [["Gürcüstan"]]);
  // (the embassy the protest was held at is no place of the act: the capital's state comes first)
  assert.deepEqual(of("Bakıda Fransa səfirliyi qarşısında keçirilən piketin beş iştirakçısı saxlanılıb.", "COERCE")[0]?.[0], "Azərbaycan");
  // look-alike: suspects held in a town with no protest told name no side (the headline gold sets)
  assert.deepEqual(of("Bakıda iki şübhəli saxlanılıb.", "COERCE"), []);
  assert.deepEqual(of("Lənkəranda oğurluq edən şəxs həbs olunub.", "COERCE"), []);
  // (nor does a nationality as the only one held: `iranlı turist` names no one)
  assert.deepEqual(of("Bakıda fransalı turist saxlanılıb.", "COERCE"), []);
});

test("a named person held in the passive takes the state where it happens first", () => {
  const [a] = of("Tbilisidə jurnalist Nodar Kapanadze saxlanılıb.", "COERCE");
  assert.deepEqual(a, ["Gürcüstan", "Nodar Kapanadze"]);
  // look-alike: an agent named is who held them, no state added
  const [b] = of("Jurnalist Nodar Kapanadze Tbilisi Şəhər Polisi tərəfindən saxlanılıb.", "COERCE");
  assert.ok(b && !b.includes("Gürcüstan"));
});

test("with no place near a detention, the one state the story named", () => {
  const text = "İrəvanda hökumət binası qarşısında aksiya keçirilib. Toplaşanlar baş nazirin istefasını tələb ediblər. " +
    "Sonra onlar meydana doğru yürüş ediblər. Aksiya zamanı xeyli sayda etirazçı saxlanılıb.";
  assert.deepEqual(of(text, "COERCE"), [["Ermənistan"]]);
  // (and so is a bare police subject: `Polis … saxlamağa başlayıb`)
  const police = "İrəvanda hökumət binası qarşısında aksiya keçirilib. Toplaşanlar baş nazirin istefasını tələb ediblər. " +
    "Sonra onlar meydana doğru yürüş ediblər. Polis etirazçıları saxlamağa başlayıb.";
  assert.deepEqual(of(police, "COERCE"), [["Ermənistan"]]);
  // look-alike: a story naming no state tells none
  assert.deepEqual(of("Aksiya zamanı xeyli sayda etirazçı saxlanılıb.", "COERCE"), []);
});

test("a force of law enforcement named by common nouns acts for the state where it is", () => {
  assert.deepEqual(of("İrəvanda hüquq-mühafizə orqanları həbslərə başlayıb.", "COERCE"), [["Ermənistan"]]);
  assert.deepEqual(of("İrəvanda xüsusi təyinatlılar aksiyanı su şırnaqları ilə dağıtmağa başlayıblar.", "COERCE"), [["Ermənistan"]]);
  // look-alike: an opposition's forces are no police
  assert.deepEqual(of("Moldovada müxalifət qüvvələri iki nəfəri saxlayıb.", "COERCE").filter((a) => a.includes("Moldova")), []);
});

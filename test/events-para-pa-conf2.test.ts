// Invented paraphrases of the conflictual acts of the studied gold sets, second round (helper pa-conf2,
// ../src/lang/az/events/paraphrase-conf2.ts and the `sanksiya` entry of ../src/lang/az/events.ts): other verbs, light verbs and
// nouns news writes for the same acts, each with a look-alike of the same words that stays as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pipelineEvents as events, eventTypes as types, hasEvent as has } from "./helpers-events.js";


test("a rally that took place is PROTEST (`hökumət əleyhinə aksiya baş tutub`); a sale campaign is none", () => {
  assert.ok(types("Sofiyada hökumət əleyhinə böyük aksiya baş tutub.").includes("PROTEST"));
  assert.ok(!types("Bakıda endirim aksiyası baş tutub.").includes("PROTEST"));
});

test("a march made and crowds in the streets are PROTEST (`yürüş ediblər`, `küçələrə axışıb`); climbers' march is none", () => {
  assert.ok(has("Fransada fermerlər traktorlarla Parisə yürüş ediblər.", "PROTEST", "Fransa"));
  assert.ok(has("Keniyada minlərlə gənc küçələrə axışıb.", "PROTEST", "Keniya"));
  assert.ok(!types("Alpinistlər Şahdağa yürüş ediblər.").includes("PROTEST"));
});

test("a call repeated is REQUEST (`çağırışını təkrarlayıb`)", () => {
  assert.ok(has("Qazaxıstan tərəflərə danışıqlara qayıtmaq çağırışını təkrarlayıb.", "REQUEST", "Qazaxıstan"));
  assert.ok(!types("Müğənni mahnını konsertdə təkrarlayıb.").includes("REQUEST"));
});

test("condemned, a protest conveyed, dissatisfaction not hidden are ACCUSE; dissatisfaction hidden is none", () => {
  assert.ok(has("Misir İsrailin Rəfahdakı hərəkətlərini lənətləyib.", "ACCUSE", "Misir"));
  assert.ok(has("Gürcüstan XİN Rusiya tərəfinə kəskin etirazını çatdırıb.", "ACCUSE", "Rusiya"));
  assert.ok(has("Makron Trampa qarşı narazılığını gizlətməyib.", "ACCUSE", "Makron"));
  assert.ok(!types("Poçt bağlamanı ünvana çatdırıb.").includes("ACCUSE"));
});

test("threats by their possessed noun and a deadline are THREATEN; a sanction threatened is no SANCTION", () => {
  assert.ok(has("Türkiyənin Yunanıstana qarşı hədələri gərginliyi artırıb.", "THREATEN", "Türkiyə"));
  const ev = events("Trampın Pekinə sanksiya təhdidi bazarları silkələyib.");
  assert.ok(ev.some((e) => e.type === "THREATEN" && e.actors.includes("Tramp") && e.actors.includes("Çin")));
  assert.ok(!ev.some((e) => e.type === "SANCTION"));
  assert.ok(has("Tramp Maduroya üç gün möhlət verib.", "THREATEN", "Tramp"));
  assert.ok(!types("Bank borcluya üç həftəlik möhlət verib.").includes("THREATEN"));
  assert.ok(has("Aİ İrana qarşı yeni sanksiya tətbiq edib.", "SANCTION", "Aİ"));
});

test("claims deemed baseless are REJECT (`iddiaları əsassız sayıb`)", () => {
  assert.ok(has("Kreml Rusiyanın seçkilərə müdaxiləsi barədə iddiaları əsassız sayıb.", "REJECT", "Kreml"));
  assert.ok(!types("Hakim şikayəti əsassız sayıb.").includes("REJECT"));
});

test("a licence recalled, thrown into prison, taken into custody by the police are COERCE", () => {
  assert.ok(types("Mərkəzi Bank “Bakı Kredit” BOKT-nin lisenziyasını geri çağırıb.").includes("COERCE"));
  assert.ok(has("Gürcüstanda müxalifət lideri zindana atılıb.", "COERCE", "Gürcüstan"));
  assert.ok(has("Gürcüstan polisi Nika Melianı nəzarətə götürüb.", "COERCE", "Nika Melia"));
  assert.ok(!types("Nazirlik layihəni nəzarətə götürüb.").includes("COERCE"));
});

test("a place come under an army's control is COERCE (`X ordusunun nəzarətinə keçib`)", () => {
  assert.ok(has("Xarkov Rusiya ordusunun nəzarətinə keçib.", "COERCE", "Rusiya"));
  assert.ok(!types("Şirkət yeni rəhbərliyin nəzarətinə keçib.").includes("COERCE"));
});

test("fighters and carriers moved are MOBILIZE (`qırıcılar yeridib`, `təyyarədaşıyanını yönləndirib`)", () => {
  assert.ok(has("ABŞ Yaxın Şərqə əlavə qırıcılar yeridib.", "MOBILIZE", "ABŞ"));
  assert.ok(has("Britaniya Qırmızı dənizə təyyarədaşıyanını yönləndirib.", "MOBILIZE", "Böyük Britaniya"));
  assert.ok(!types("Şirkət investisiyaları yeni layihələrə yönləndirib.").includes("MOBILIZE"));
});

test("an instruction to a named leader is REQUEST (`X-ə … göstəriş verib`); one to no side is none", () => {
  assert.ok(has("Putin Lukaşenkoya sərhədi gücləndirmək barədə göstəriş verib.", "REQUEST", "Putin"));
  assert.ok(!types("Müəllim şagirdlərə göstəriş verib.").includes("REQUEST"));
});

test("reproaches by their noun, a side's acts judged a violation, criticism met are ACCUSE; a step judged a success is none", () => {
  assert.ok(has("Ərdoğanın Fransaya iradları Parisdə narazılıq yaradıb.", "ACCUSE", "Fransa"));
  assert.ok(has("Gürcüstan Rusiyanın addımlarını suverenliyin kobud pozuntusu kimi qiymətləndirib.", "ACCUSE", "Gürcüstan"));
  assert.ok(!types("Gürcüstan Rusiyanın addımını uğur kimi qiymətləndirib.").includes("ACCUSE"));
  assert.ok(has("Makron Trampın sərt tənqidinə tuş gəlib.", "ACCUSE", "Tramp"));
});

test("a warning sent is THREATEN (`X-ə xəbərdarlıq göndərib`); a storm warning is none", () => {
  assert.ok(has("Çin Filippinə sərt xəbərdarlıq göndərib.", "THREATEN", "Çin"));
  assert.ok(!types("Nazirlik güclü külək təhlükəsi barədə xəbərdarlıq göndərib.").includes("THREATEN"));
});

test("reports said not to reflect the truth are REJECT; reports that do are none", () => {
  assert.ok(has("Türkiyə Müdafiə Nazirliyi bu xəbərlərin həqiqəti əks etdirmədiyini bildirib.", "REJECT", "Türkiyə Müdafiə Nazirliyi"));
  assert.ok(!types("Türkiyə Müdafiə Nazirliyi bu xəbərlərin həqiqəti əks etdirdiyini bildirib.").includes("REJECT"));
});

test("protests that spread are PROTEST (`etirazları … yayılıb`); a virus that spread is none", () => {
  assert.ok(types("Gənclərin etirazları Nepalın digər şəhərlərinə də yayılıb.").includes("PROTEST"));
  assert.ok(!types("Virus Nepalın digər şəhərlərinə də yayılıb.").includes("PROTEST"));
});

test("a place showered with shells is ASSAULT (`mərmi yağışına tutub`), no place taken", () => {
  const ev = events("Rus qoşunları Sumının mərkəzini mərmi yağışına tutub.");
  assert.ok(ev.some((e) => e.type === "ASSAULT" && e.actors.includes("Rusiya")));
  assert.ok(!ev.some((e) => e.type === "COERCE"));
  assert.ok(!types("Şəhəri sel yağışına tutub.").includes("ASSAULT"));
});

test("restrictive measures widened and ties suspended are SANCTION; measures of a school widened are none", () => {
  assert.ok(has("Kanada Rusiyaya qarşı məhdudlaşdırıcı tədbirlərini genişləndirib.", "SANCTION", "Kanada"));
  assert.ok(has("Gürcüstan Rusiya ilə iqtisadi əlaqələri dayandırıb.", "SANCTION", "Gürcüstan"));
  assert.ok(!types("Məktəb tədbirlərini genişləndirib.").includes("SANCTION"));
});

test("an act asked of a side in the genitive is REQUEST (`X Y-in … araşdırmasını istəyir`); wanting a thing is none", () => {
  assert.ok(has("Kiyev Moskvanın əsirləri azad etməsini istəyir.", "REQUEST", "Rusiya"));
  assert.ok(!types("Tramp Qrenlandiyanın xəritəsini görmək istəyir.").includes("REQUEST"));
});

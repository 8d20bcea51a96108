// Invented breadth for coercion and assault in political and world news (helper ca24): each change of
// src/lang/az/events/breadth-ca24.ts and of ./coverage-b1.ts's blow proven on sentences written for these tests, each with
// a look-alike that must stay no event of the type.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventTypes, noEvent, tellsEvent } from "./helpers-events.js";

test("people counted, detained in the active by a state's force, are arrested (COERCE); kept at work or in care, none", () => {
  tellsEvent("Türkiyə jandarması Hatayda 12 nəfəri saxlayıb.", "COERCE", ["Türkiyə"]);
  tellsEvent("İran kəşfiyyatı Təbrizdə İsrail üçün işləyən 5 nəfəri saxlayıb.", "COERCE", ["İran"]);
  noEvent("Şirkət ixtisar zamanı 100 nəfəri işdə saxlayıb.", "COERCE");
  noEvent("Xəstəxana 20 nəfəri müşahidə altında saxlayıb.", "COERCE");
});

test("visas owned by people revoked restrict them (COERCE); a visa requirement lifted stays a concession", () => {
  tellsEvent("ABŞ Dövlət Departamenti 300 tələbənin vizasını ləğv edib.", "COERCE", ["ABŞ Dövlət Departamenti"]);
  const lifted = "Rusiya Gürcüstan vətəndaşları üçün viza tələbini ləğv edib.";
  assert.ok(eventTypes(lifted).includes("CONCEDE"), lifted);
  noEvent(lifted, "COERCE");
});

test("people of a named kind sent out of a country are deported (COERCE 174); diplomats sent out stay SANCTION", () => {
  tellsEvent("Türkiyə 20 jurnalisti ölkədən çıxarıb.", "COERCE", ["Türkiyə"]);
  tellsEvent("Avstriya 15 radikal imamı ölkədən çıxarıb.", "COERCE", ["Avstriya"]);
  const envoys = "Moldova iki Rusiya diplomatını ölkədən çıxarıb.";
  tellsEvent(envoys, "SANCTION", ["Moldova"]);
  noEvent(envoys, "COERCE");
});

test("a protest or a protesters' camp dispersed is repression (COERCE 175); a town an earthquake ruins is none", () => {
  tellsEvent("Polşa polisi Varşavada fermerlərin etirazını dağıdıb.", "COERCE", ["Polşa"]);
  tellsEvent("Serbiya polisi Belqradda tələbələrin çadır düşərgəsini dağıdıb.", "COERCE", ["Serbiya"]);
  noEvent("Zəlzələ Türkiyədə kəndi dağıdıb.", "COERCE");
});

test("a drone's or a missile's hit on a vehicle is a strike; a car hitting a pedestrian or a vehicle is an accident", () => {
  tellsEvent("Rusiya dronu Xersonda mikroavtobusu vurub.", "ASSAULT", ["Rusiya"]);
  noEvent("Avtomobil Bakıda piyadanı vurub.", "ASSAULT");
  noEvent("Yük maşını Gəncədə avtomobili vurub.", "ASSAULT");
});

test("harm in the wake of a weapon's blow is a strike; in the wake of tariffs' blow none", () => {
  tellsEvent("Odessada Rusiya dronunun zərbəsi nəticəsində 3 nəfər yaralanıb.", "ASSAULT", ["Rusiya"]);
  noEvent("Tariflərin zərbəsi nəticəsində bazar çöküb.", "ASSAULT");
});

test("armed forces clashing with a named side is fighting (ASSAULT 190); vehicles colliding are none", () => {
  tellsEvent("İsrail ordusu Qəzzada HƏMAS yaraqlıları ilə toqquşub.", "ASSAULT", ["İsrail", "HƏMAS"]);
  tellsEvent("Hindistan və Pakistan hərbçiləri sərhəddə toqquşub.", "ASSAULT", ["Hindistan", "Pakistan"]);
  noEvent("Bakıda iki avtomobil toqquşub.", "ASSAULT");
  noEvent("Gəncədə yük maşını avtobusla toqquşub.", "ASSAULT");
});

test("a ship sunk by a navy or a drone is a strike; people sunk into debt are none", () => {
  tellsEvent("Ukrayna dronu Qara dənizdə Rusiya gəmisini batırıb.", "ASSAULT", ["Ukrayna"]);
  noEvent("İnflyasiya Türkiyədə əhalini borca batırıb.", "ASSAULT");
});

test("control of a firm seized or a town taken under control is COERCE 192; a fire brought under control is none", () => {
  tellsEvent("Çin Hollandiya şirkətinə nəzarəti ələ keçirib.", "COERCE", ["Çin"]);
  tellsEvent("Rusiya Ukraynanın Kupyansk şəhərini nəzarətə götürüb.", "COERCE", ["Rusiya"]);
  noEvent("Yanğınsöndürənlər şəhərdəki yanğını nəzarətə götürüb.", "COERCE");
});

test("one declared a foreign agent is restricted (COERCE 172); a foreign-agent law talked of is none", () => {
  tellsEvent("Rusiya Ədliyyə Nazirliyi jurnalisti xarici agent elan edib.", "COERCE", ["Rusiya Ədliyyə Nazirliyi"]);
  noEvent("Ekspert Gürcüstanda xarici agent qanunundan danışıb.", "COERCE");
});

test("internet access or a channel's broadcast cut by a state is restriction (COERCE 1721); a road's entrance closed is none", () => {
  tellsEvent("Taliban Əfqanıstanda internetə girişi bütün ölkədə kəsib.", "COERCE", ["Taliban"]);
  tellsEvent("Gürcüstan hökuməti müxalifət telekanalının yayımını dayandırıb.", "COERCE", ["Gürcüstan"]);
  noEvent("Təmir işləri ilə əlaqədar Bakıda tunelə giriş bağlanıb.", "COERCE");
  noEvent("Telekanal matçın yayımını dayandırıb.", "COERCE");
});

test("a blow to a state's budget or a market is no strike (./coverage-b1.ts)", () => {
  noEvent("Neft qiymətlərinin düşməsi Rusiya büdcəsinə zərbədir.", "ASSAULT");
  noEvent("Yeni tariflər Çin bazarına zərbədir.", "ASSAULT");
});

// Invented breadth for the cooperative material acts (COOPERATE, AID) in political and world news (helper co24;
// src/lang/az/events/breadth-co24.ts): each phrasing the tables now read, with a look-alike that stays no event of it.
import { test } from "node:test";
import { noEvent, oneEvent, tellsEvent } from "./helpers-events.js";

test("a state joining or becoming a member of a named organisation cooperates; a meeting joined or a joining held possible does not", () => {
  tellsEvent("Monqolustan Şanxay Əməkdaşlıq Təşkilatına qoşulub.", "COOPERATE", ["Monqolustan", "Şanxay Əməkdaşlıq Təşkilatı"]);
  tellsEvent("Qazaxıstan Asiya İnfrastruktur İnvestisiya Bankına üzv olub.", "COOPERATE", ["Qazaxıstan"]);
  noEvent("Ekspert Gürcüstanın NATO-ya qoşulmasının mümkün olduğunu deyib.", "COOPERATE");
  noEvent("Azərbaycan BRİKS-ə üzv olmaq üçün müraciət edib.", "COOPERATE");
  noEvent("Nazir tədbirə qoşulub.", "COOPERATE");
  noEvent('Norveç "Şimal" klubuna qoşulub.', "COOPERATE");
});

test("a state joining a project of named states cooperates; staff joining a charity project do not", () => {
  tellsEvent("Qazaxıstan da Türkiyə, Gürcüstan və Azərbaycan arasında dəmir yolu layihəsinə qoşulub.", "COOPERATE", ["Qazaxıstan", "Azərbaycan"]);
  noEvent("Bankın əməkdaşları xeyriyyə layihəsinə qoşulub.", "COOPERATE");
});

test("cooperation developing or strengthened is cooperation; a wish that it will develop or its development as a topic is not", () => {
  tellsEvent("Azərbaycan ilə Macarıstan arasında əməkdaşlıq inkişaf edir.", "COOPERATE", ["Azərbaycan", "Macarıstan"]);
  tellsEvent("Azərbaycan ilə Macarıstan arasında nəqliyyat sahəsində əməkdaşlıq möhkəmləndiriləcək.", "COOPERATE", ["Azərbaycan", "Macarıstan"], "future");
  noEvent("İnanıram ki, Azərbaycan ilə Macarıstan arasında əməkdaşlıq inkişaf edəcək.", "COOPERATE");
  noEvent("Azərbaycan ilə İran arasında əməkdaşlığın inkişaf etdirilməsi yolları müzakirə edilib.", "COOPERATE");
});

test("intelligence or data shared between sides is cooperation; views or experience exchanged is not", () => {
  tellsEvent("Azərbaycan və Qazaxıstan kəşfiyyat xidmətləri məlumat mübadiləsi aparıb.", "COOPERATE", ["Azərbaycan"]);
  tellsEvent("Türkiyə İraq tərəfi ilə kəşfiyyat məlumatlarını bölüşüb.", "COOPERATE", ["Türkiyə"]);
  noEvent("Tərəflər təcrübə mübadiləsi aparıblar.", "COOPERATE");
  noEvent("Bloger izləyiciləri ilə məlumat bölüşüb.");
});

test("something built, set up or investigated jointly by sides is cooperation; a building put up at home is not", () => {
  tellsEvent("Qazaxıstan və Özbəkistan birgə su elektrik stansiyası tikəcək.", "COOPERATE", ["Qazaxıstan", "Özbəkistan"], "future");
  tellsEvent("Azərbaycan ilə Qırğızıstan arasında Ali Dövlətlərarası Şura təsis edilib.", "COOPERATE", ["Azərbaycan", "Qırğızıstan"]);
  tellsEvent("Azərbaycan və Gürcüstan prokurorluqları birgə istintaq aparır.", "COOPERATE", ["Azərbaycan"]);
  noEvent("Şəhərdə yeni su elektrik stansiyası tikiləcək.");
  noEvent("Nazirlikdə yeni ictimai şura yaradılıb.");
});

test("extradition in the passive of olunmaq, exports or imports begun, freight between sides resumed, military equipment bought", () => {
  tellsEvent("Axtarışda olan şəxs Türkiyədən Azərbaycana ekstradisiya olunub.", "COOPERATE", ["Azərbaycan"]);
  oneEvent("Azərbaycan Macarıstana qaz ixracına başlayıb.", "COOPERATE", ["Azərbaycan", "Macarıstan"]);
  oneEvent("Gürcüstan Azərbaycandan elektrik idxalına başlayıb.", "COOPERATE", ["Gürcüstan", "Azərbaycan"]);
  tellsEvent("Qazaxıstan ilə Azərbaycan arasında konteyner yükdaşımaları bərpa olunub.", "COOPERATE", ["Azərbaycan"]);
  oneEvent("Azərbaycan Pakistandan hərbi texnika alacaq.", "COOPERATE", ["Azərbaycan", "Pakistan"], "future");
  noEvent("Şirkət məhsul ixracına başlayıb.");
  noEvent("Bakı limanında yükdaşımalar başlayıb.");
  noEvent("Fermer Türkiyədən kənd təsərrüfatı texnikası alıb.");
});

test("refugees taken in, aid allotted with its giver between, dollars for a state's need, a medical unit sent: aid; the look-alikes are none", () => {
  oneEvent("Polşa Ukraynadan 1 milyon qaçqın qəbul edib.", "AID", ["Polşa", "Ukrayna"]);
  tellsEvent("Moldovaya maliyyə yardımı Dünya Bankı tərəfindən ayrılıb.", "AID", ["Moldova"]);
  oneEvent("Yaponiya Suriyanın su təchizatının bərpası üçün 3 milyon dollar ayırıb.", "AID", ["Yaponiya", "Suriya"]);
  oneEvent("Türkiyə Livana tibb briqadası göndərib.", "AID", ["Türkiyə", "Livan"]);
  noEvent("Ölkədə qaçqınların sayı azalıb.");
  noEvent("Bolqarıstan Aİ-nin miqrant kvotalarını qəbul etmir.", "AID");
  noEvent("Aztəminatlı ailələrə maliyyə yardımı ayrılıb.", "AID");
  noEvent("Prezident Qəbələnin yolları üçün 3 milyon manat ayırıb.", "AID");
  oneEvent("Almaniya Litvaya briqada göndərib.", "MOBILIZE", ["Almaniya"]);
});

// Invented breadth for accusations, rejections, threats and concessions in political and world news (helper ac24): the
// phrasings of APA, Report, Trend, Oxu.az and AzərTac the tables did not read, each with a look-alike that stays no event
// (src/lang/az/events/breadth-ac24.ts and the README's paragraph on it).
import { test } from "node:test";
import { noEvent, oneEvent, tellsEvent, pipelineEvents } from "./helpers-events.js";
import assert from "node:assert/strict";

const types = (text: string) => pipelineEvents(text).map((e) => e.type);

test("a verbless headline of a threat or an apology by who made it to whom is the act (THREATEN 130, CONCEDE 055)", () => {
  oneEvent("Kremldən Londona təhdid", "THREATEN", ["Kreml"]);
  oneEvent("Kiyevdən Varşavaya üzr", "CONCEDE", ["Ukrayna", "Polşa"]);
  // look-alikes: no source named, or no state or person as either side
  noEvent("Dünyaya yeni təhdid");
  noEvent("Aviaşirkətdən sərnişinlərə üzr");
});

test("a resolution, a pact or claims not recognised are refused (REJECT 120)", () => {
  tellsEvent("Gürcüstan hökuməti Avropa Parlamentinin qətnaməsini tanımadığını bəyan edib.", "REJECT", ["Gürcüstan", "Avropa Parlamenti"]);
  tellsEvent("Venesuela Qayananın ərazi iddialarını tanımır.", "REJECT", ["Venesuela", "Qayana"]);
  noEvent("Gürcüstan hökuməti Avropa Parlamentinin qətnaməsini tanımadığını bəyan edib.", "SUPPORT");
});

test("an act named as an idea opposed or a thing refused is no act done", () => {
  oneEvent("Kreml Ukraynada sülhməramlı qüvvələrin yerləşdirilməsi ideyasına qarşı çıxıb.", "REJECT", ["Kreml"]);
  oneEvent("Almaniya Ukraynaya \"Taurus\" raketlərinin verilməsindən imtina edib.", "REJECT", ["Almaniya"]);
  oneEvent("ABŞ Konqresi Ukraynaya yardım paketini rədd edib.", "REJECT", ["ABŞ Konqresi"]);
  // look-alike: aid given stays aid
  tellsEvent("ABŞ Ukraynaya yardım göstərib.", "AID", ["ABŞ", "Ukrayna"]);
});

test("an offer turned down, an attack or a threat in a game is play, no act between sides", () => {
  noEvent("Şahmatçı Maqnus Karlsen rəqibinin heç-heçə təklifini rədd edib.");
  noEvent("\"Neftçi\" klubu \"Sabah\"ın təklifini rədd edib və futbolçunu satmayıb.");
  oneEvent("Kreml Ukraynanın atəşkəs təklifini rədd edib.", "REJECT", ["Kreml", "Ukrayna"]);
});

test("an arrest on property lifted eases it (CONCEDE 081); an arrest made stays COERCE", () => {
  oneEvent("Moskva Finlandiya şirkətlərinin aktivləri üzərindəki həbsi götürüb.", "CONCEDE", ["Rusiya"]);
  assert.deepEqual(types("Rusiya polisi iki jurnalisti həbs edib."), ["COERCE"]);
});

test("an investigation started with the causative, a case closed in the active (ACCUSE 091/092, CONCEDE 080)", () => {
  oneEvent("Fransa prokurorluğu \"Telegram\" şirkəti barəsində cinayət işi başladıb.", "ACCUSE", ["Fransa"]);
  oneEvent("Almaniya prokurorluğu Rusiya üçün casusluq edən şəxslərə qarşı istintaq başladıb.", "ACCUSE", ["Almaniya"]);
  oneEvent("Gürcüstan hökuməti etirazçılara qarşı qaldırılmış cinayət işlərini bağlayıb.", "CONCEDE", ["Gürcüstan"]);
  oneEvent("Avropa Komissiyası \"Meta\" şirkəti barəsində araşdırma başladıb.", "ACCUSE", ["Avropa Komissiyası"]);
  noEvent("Alimlər iqlim dəyişikliyi barəsində araşdırma başladıb.");
  noEvent("Serialın yeni mövsümü başladılıb.");
  noEvent("Mağaza bayram günlərində işlərini bağlayıb.");
});

test("visa or entry rules eased, a veto withdrawn, crossings or airspace opened concede (CONCEDE 080/081)", () => {
  oneEvent("Britaniya Ermənistan vətəndaşları üçün viza tələblərini sadələşdirib.", "CONCEDE", ["Ermənistan"]);
  oneEvent("Gürcüstan Rusiya vətəndaşları üçün giriş qaydalarını sadələşdirib.", "CONCEDE", ["Gürcüstan"]);
  oneEvent("İyulun 7-də Bolqarıstan Şimali Makedoniyaya qarşı vetosunu geri götürüb.", "CONCEDE", ["Bolqarıstan", "Şimali Makedoniya"]);
  oneEvent("Türkiyə Suriya vətəndaşları üçün sərhəd keçid məntəqələrini yenidən açıb.", "CONCEDE", ["Türkiyə"]);
  oneEvent("Türkiyə Ermənistan vətəndaşları üçün hava məkanını açıb.", "CONCEDE", ["Türkiyə", "Ermənistan"]);
  // look-alikes: a bank's terms, a president's veto lifted by a parliament, a shop opened
  noEvent("Bank kredit tələblərini sadələşdirib.");
  noEvent("Bolqarıstan parlamenti prezidentin vetosunu götürüb.", "CONCEDE");
  noEvent("Bakıda yeni ticarət məkanı açılıb.");
  // (opened for no side named, a crossing or the sky reopened is no concession)
  noEvent("Litva keçid məntəqəsini yenidən açıb.");
  noEvent("Litva hava məkanını yenidən açıb.");
});

test("steps against a side promised and harm promised threaten (THREATEN 130/138)", () => {
  oneEvent("Rusiya Moldovaya qarşı sərt addımlar atacağını bildirib.", "THREATEN", ["Rusiya", "Moldova"]);
  oneEvent("Pxenyan Seula \"amansız cavab\" vəd edib.", "THREATEN", ["Şimali Koreya"]);
  // look-alikes: steps taken together, aid promised
  noEvent("Azərbaycan və Gürcüstan birgə addımlar atacaq.", "THREATEN");
  tellsEvent("Tramp Ukraynaya yardım vəd edib.", "AGREE", ["Ukrayna"]);
  noEvent("Tramp Ukraynaya yardım vəd edib.", "THREATEN");
});

test("a side called or judged by a name that charges it is accused (ACCUSE 111)", () => {
  oneEvent("Ərdoğan Netanyahunu \"müasir dövrün Hitleri\" adlandırıb.", "ACCUSE", ["Ərdoğan"]);
  oneEvent("Vaşinqton Pekinin addımlarını \"təhlükəli və təxribatçı\" adlandırıb.", "ACCUSE", ["ABŞ", "Çin"]);
  oneEvent("Ukrayna Xarici İşlər Nazirliyi Rusiyanın hərəkətlərini nüvə terrorizmi kimi qiymətləndirib.", "ACCUSE", ["Rusiya"]);
  noEvent("Ərdoğan İlham Əliyevi qardaşı adlandırıb.", "ACCUSE");
  noEvent("Ekspert vəziyyəti böhran kimi qiymətləndirib.");
});

test("a word quoted before its verb is the phrase's: a lie named, a no said (REJECT 120)", () => {
  oneEvent("Rusiya Xarici İşlər Nazirliyi Britaniya səfirliyinin bəyanatını \"yalan\" adlandırıb.", "REJECT", ["Rusiya"]);
  oneEvent("Moldova Rusiyanın qaz təklifinə \"yox\" deyib.", "REJECT", ["Moldova", "Rusiya"]);
  noEvent("Sorğuda iştirakçıların yarısı \"yox\" deyib.");
});

test("claims not accepted, said groundless or an offer not answered yes are refused (REJECT 120)", () => {
  oneEvent("Türkiyə Yunanıstanın Egey dənizindəki iddialarını qəbul etmir.", "REJECT", ["Türkiyə", "Yunanıstan"]);
  oneEvent("Azərbaycan tərəfi bu iddiaların heç bir əsası olmadığını bəyan edib.", "REJECT", ["Azərbaycan"]);
  oneEvent("Qazaxıstan Rusiyanın qaz ittifaqı yaratmaq təklifinə müsbət cavab verməyib.", "REJECT", ["Qazaxıstan", "Rusiya"]);
  noEvent("Türkiyə Yunanıstanın iddialarını qəbul edib.", "REJECT");
  noEvent("Bu layihənin əsası 2010-cu ildə qoyulub.");
  tellsEvent("Qazaxıstan Rusiyanın təklifinə müsbət cavab verib.", "AGREE", ["Qazaxıstan"]);
});

test("forgiveness asked, a fault taken on, territory not given up (CONCEDE 055/080)", () => {
  oneEvent("Britaniya hökuməti müstəmləkə dövrünə görə Keniyadan bağışlanma diləyib.", "CONCEDE", ["Keniya"]);
  oneEvent("Baş nazir İrakli Kobaxidze hökumətin səhvə yol verdiyini boynuna alıb.", "CONCEDE", ["İrakli Kobaxidze"]);
  oneEvent("Ukrayna Prezidenti Volodimir Zelenski ərazilərdən imtina etməyəcəklərini bəyan edib.", "CONCEDE", ["Volodimir Zelenski"], "negated");
  noEvent("Müğənni pərəstişkarlarından bağışlanma diləyib.");
  noEvent("Nazirlik bu öhdəliyi boynuna alıb.");
  oneEvent("Polşa Belarusla sərhədi açmaqdan imtina edib.", "REJECT", ["Polşa"]);
});

test("a plan called unacceptable, a statement called biased, a process held up, in a speaker's words", () => {
  oneEvent("Kreml: \"Zelenskinin planı qəbuledilməzdir\"", "REJECT", ["Kreml"]);
  oneEvent("Ceyhun Bayramov: \"Fransanın bəyanatı qərəzlidir\"", "ACCUSE", ["Ceyhun Bayramov", "Fransa"]);
  oneEvent("Hikmət Hacıyev bildirib ki, Ermənistan sülh prosesini ləngidir.", "ACCUSE", ["Hikmət Hacıyev", "Ermənistan"]);
  oneEvent("Sandu: \"Kreml Moldovanı sabitsizləşdirir\"", "ACCUSE", ["Kreml"]);
  // look-alikes: said by no one
  noEvent("Bu qiymətlər qəbuledilməzdir.");
  noEvent("Ermənistan sülh prosesini ləngidir.");
});

test("a label opening a headline before its colon names no doer: a notice, no act", () => {
  noEvent("Xəbərdarlıq: sabah Bakının bəzi ərazilərində qaz olmayacaq");
  tellsEvent("Kremldən Vaşinqtona ittiham: \"Danışıqları pozursunuz\"", "ACCUSE", ["Kreml"]);
});

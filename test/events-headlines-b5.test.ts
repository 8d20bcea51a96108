// Headline grammar and phrasings read from 281 invented world and regional headlines written before the tables were read
// (src/lang/az/events/headlines-b5.ts and the colon rule of src/extract/events/context.ts): a gathering's noun leading in
// before a colon leaves the clause after it its own sides, and the phrasings of the new file; each with a look-alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf, hasEvent } from "./support/events.js";

const types = (text: string) => eventsOf(text).map((e) => e.type);
const has = hasEvent;

test("a gathering's noun before a colon is the topic: the clause after it names its own sides", () => {
  has("Vaşinqton sammiti: Bakı və İrəvan birgə bəyannaməni qəbul etdi", "SUPPORT", "asserted", ["Azərbaycan", "Ermənistan"]);
  // look-alike: a role owned by a state labels the speaker, whose state stays a side
  has("Rusiya XİN-in sözçüsü: Ermənistan ilə danışıqlar davam edir", "CONSULT", "asserted", ["Rusiya", "Ermənistan"]);
});

test("money in a foreign currency allotted to a state is aid; manat allotted to a town is the budget", () => {
  has("Polşa Ukraynaya 100 milyon avro ayırıb", "AID", "asserted", ["Polşa", "Ukrayna"]);
  assert.deepEqual(types("Prezident Şuşaya 10 milyon manat ayırıb"), []);
});

test("troops called back retreat; an ambassador called back is a sanction", () => {
  has("Kanada Əfqanıstandakı hərbçilərini geri çağırır", "RETREAT", "asserted", ["Kanada"]);
  assert.deepEqual(types("Fransa Malidəki səfirini geri çağırıb"), ["SANCTION"]);
});

test("opposition told by `qarşı çıxıb` or `əleyhinədir` rejects; a speech against someone or an anti-government rally does not", () => {
  has("Macarıstan Ukraynanın NATO üzvlüyünə qarşı çıxıb", "REJECT", "asserted", ["Macarıstan", "Ukrayna"]);
  has("Slovakiya Ukraynaya silah verilməsinin əleyhinədir", "REJECT", "asserted", ["Slovakiya", "Ukrayna"]);
  assert.deepEqual(types("Deputat Rusiyaya qarşı çıxış edib"), []);
  assert.deepEqual(types("Tbilisidə hökumət əleyhinə aksiya keçirilib"), ["PROTEST"]);
});

test("protesters clashing protest; fans clashing do not", () => {
  has("Serbiyada etirazçılar polislə toqquşub", "PROTEST", "asserted", ["Serbiya"]);
  assert.deepEqual(types("Serbiyada polis ilə azarkeşlər toqquşub"), []);
});

test("a carrier sent, forces massed and a flank reinforced mobilise; a team's flank does not", () => {
  has("Çin Tayvan boğazına aviadaşıyıcı göndərib", "MOBILIZE", "asserted", ["Çin"]);
  has("Rusiya sərhədə qoşun cəmləyir", "MOBILIZE", "asserted", ["Rusiya"]);
  has("NATO Şərq cinahını gücləndirir", "MOBILIZE", "asserted", ["NATO"]);
  assert.deepEqual(types("Komanda sol cinahını gücləndirir"), []);
});

test("goods sent to a state are trade; aid sent is aid and a letter sent a consultation", () => {
  has("Azərbaycan Gürcüstana dizel yanacağı göndərib", "COOPERATE", "asserted", ["Azərbaycan", "Gürcüstan"]);
  assert.deepEqual(types("Azərbaycan Türkiyəyə humanitar yardım göndərib"), ["AID"]);
  assert.deepEqual(types("Rusiya Ermənistana məktub göndərib"), ["CONSULT"]);
});

test("transit or a shipment begun or raised is trade; transit stopped is a sanction", () => {
  has("Qazaxıstan neftinin Ermənistana tranziti başlayır", "COOPERATE", "asserted", ["Qazaxıstan", "Ermənistan"]);
  has("Qazaxıstan Azərbaycan üzərindən neft nəqlini artırıb", "COOPERATE", "asserted", ["Qazaxıstan"]);
  assert.deepEqual(types("Gürcüstan Azərbaycan yüklərinin tranzitini dayandırıb"), ["SANCTION"]);
});

test("an end put to cooperation is a sanction; an end put to a war is none", () => {
  has("Mali Fransa ilə hərbi əməkdaşlığa son qoyub", "SANCTION", "asserted", ["Mali", "Fransa"]);
  assert.deepEqual(types("Rusiya və Ukrayna müharibəyə son qoyacaq"), []);
});

test("cooperation widening, told intransitively, is cooperation; widening it agreed is the agreement", () => {
  has("Azərbaycan ilə Qazaxıstan arasında əməkdaşlıq genişlənir", "COOPERATE", "asserted", ["Azərbaycan", "Qazaxıstan"]);
  has("Türkiyə ilə Azərbaycan arasında əməkdaşlıq dərinləşir", "COOPERATE", "asserted", ["Türkiyə", "Azərbaycan"]);
  assert.deepEqual(types("Azərbaycan Çin ilə əməkdaşlığı dərinləşdirməyə razılaşıb"), ["AGREE"]);
});

test("a ballistic missile launched with no target mobilises; one launched at a state assaults it", () => {
  has("Şimali Koreya qitələrarası ballistik raket buraxıb", "MOBILIZE", "asserted", ["Şimali Koreya"]);
  assert.deepEqual(types("İran İsrailə ballistik raket buraxıb"), ["ASSAULT"]);
});

test("readiness for peace talks named by a compound is agreement; talks begun are talks", () => {
  has("Rusiya sülh danışıqlarına hazırdır", "AGREE", "asserted", ["Rusiya"]);
  assert.deepEqual(types("Rusiya sülh danışıqlarına başlayıb"), ["CONSULT"]);
});

test("tariffs aimed at a state sanction it; a state aimed at by an army is no tariff", () => {
  has("Trampın tarifləri Kanadanı hədəf aldı", "SANCTION", "asserted", ["Tramp", "Kanada"]);
  assert.ok(!types("İsrail Livanı hədəf aldı").includes("SANCTION"));
});

test("visas stopped for a state's citizens restrict; visas resumed do not", () => {
  has("Latviya Rusiya vətəndaşlarına viza verilməsini dayandırıb", "COERCE", "asserted", ["Latviya", "Rusiya"]);
  assert.ok(!types("Latviya Rusiya vətəndaşlarına viza verilməsini bərpa edib").includes("COERCE"));
});

test("a state leaving another state retreats; leaving a body is no retreat", () => {
  has("Britaniya Əfqanıstandan çıxıb", "RETREAT", "asserted", ["Əfqanıstan"]);
  assert.ok(!types("Britaniya Aİ-dən çıxıb").includes("RETREAT"));
});

test("arms given to a state are military cooperation, also denied; aid or a guarantee given is its own act", () => {
  has('Almaniya Ukraynaya "Taurus" raketləri verəcək', "COOPERATE", "future", ["Almaniya", "Ukrayna"]);
  has('ABŞ Ukraynaya "Tomahawk" verməyəcək', "COOPERATE", "negated", ["ABŞ", "Ukrayna"]);
  assert.deepEqual(types("Almaniya Ukraynaya yardım verəcək"), ["AID"]);
  assert.deepEqual(types("Almaniya Ukraynaya raketlərlə bağlı zəmanət verib"), ["AGREE"]);
});

test("sides joining hands cooperate; hands held do not", () => {
  has("Makron və Merts əl-ələ verdi", "COOPERATE", "asserted", ["Makron", "Merts"]);
  assert.deepEqual(types("Makron və Merts əl-ələ tutub"), []);
});

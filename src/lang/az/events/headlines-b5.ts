// Triggers from 281 invented headlines of world and regional politics in the style of oxu.az and apa.az, written and
// tagged before the tables were read (test/events-headlines-b5.test.ts): the phrasings a headline writer uses that no
// entry read. Money allotted to a state in a foreign currency (`Yaponiya Ukraynaya 5 milyard dollar ayırır`, AID), troops
// called back home (`hərbçilərini geri çağırır`, RETREAT), opposition told by `qarşı çıxıb` or `əleyhinədir` (REJECT),
// protesters clashing (PROTEST), a carrier sent and forces massed or a flank reinforced (MOBILIZE), goods sent to a state,
// transit and shipments begun or raised (COOPERATE), transit allowed (CONCEDE), cooperation ended (SANCTION), cooperation
// widening told intransitively (COOPERATE), a ballistic missile launched with no target (MOBILIZE).
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Arms and systems a state gives another (./headlines-b4.ts reads them sent or bought). */
const ARMS_GIVEN = ["raket", "qırıcı", "tank", "dron", "sursat", "mərmi", "zenit", "helikopter", "zirehli", "artilleriya", "sistem", "silah"];

/** Goods of trade between states: a clause naming one makes a shipment to a state trade. */
export const GOODS = ["buğda", "taxıl", "yanacaq", "benzin", "dizel", "gübrə", "elektrik", "neft", "qaz"];

export const HEADLINES_B5: TriggerEntry[] = [
  // 071 AID: money allotted to a state in a foreign currency (`Yaponiya Ukraynaya 5 milyard dollar ayırır`), as aid allotted
  // (../events.ts); manat allotted to a town or a region is the state's own budget, and the passive is ./headlines-b4.ts
  { head: "ayır", forms: "verb", type: "AID", cameo: "071", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: ["dollar", "avro", "funt"] },
  // 0871 RETREAT: troops called back (`ABŞ İraqdakı hərbçilərini geri çağırır`), as troops pulled back (`geri çəkib`,
  // ../events.ts); an ambassador called back is SANCTION (../events.ts, tried first)
  { head: "geri", forms: "noun", type: "RETREAT", cameo: "0871", plover_mode: "withdraw", needs: ["çağır"], gap: 0,
    clauseNeeds: ["hərbçi", "qoşun", "əsgər", "kontingent"] },
  // 120 REJECT: opposition to a state's act or membership (`Slovakiya Ukraynanın Aİ üzvlüyünə qarşı çıxdı`), as `əleyhinə
  // çıxıb` (./codebook-concession.ts); a speech against someone (`qarşı çıxış edib`) is no finite `çıx`
  { head: "qarşı", forms: "noun", type: "REJECT", cameo: "120", needs: ["çıxdı", "çıxıb", "çıxır", "çıxacaq", "çıxmış"], gap: 0 },
  // 120 REJECT: the same told by a predicate (`Avstriya Ukraynaya silah göndərilməsinin əleyhinədir`); a rally against a
  // government (`hökumət əleyhinə aksiya`) has no predicate `-dir`
  ...["əleyhinədir", "əleyhinədirlər"].map((head): TriggerEntry => ({ head, forms: "noun", type: "REJECT", cameo: "120" })),
  // 141 PROTEST: protesters clashing (`Fransada etirazçılar polislə toqquşub`), as protesters gathering (./codebook-conflict.ts)
  { head: "etirazçı", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["toqquş"], gap: 2 },
  // 154 MOBILIZE: a carrier or warships sent (`ABŞ Karib dənizinə aviadaşıyıcı göndərdi`), forces massed (`sərhədinə qoşun
  // cəmləyir`, as `qoşun yığır` of ./headlines-b4.ts) and an alliance's flank reinforced (`NATO Şərq cinahını gücləndirir`)
  { head: "aviadaşıyıcı", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["göndər", "yönəlt", "yerləşdir"], gap: 1 },
  { head: "qoşun", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["cəmlə"], gap: 1 },
  { head: "cinah", forms: "noun", type: "MOBILIZE", cameo: "154", plover_mode: "troops", needs: ["gücləndir"], gap: 0 },
  // 061 COOPERATE: goods of trade sent to a state (`Azərbaycan Ermənistana buğda göndərib`), as arms sent (./headlines-b4.ts,
  // tried first); aid sent is AID (../events.ts)
  { head: "göndər", forms: "verb", type: "COOPERATE", cameo: "061", plover_mode: "economic", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: GOODS, clauseNot: ["yardım"] },
  // 061 COOPERATE: transit or a shipment begun, resumed or raised (`Qazaxıstan neftinin Ermənistana tranziti başlayır`,
  // `Azərbaycan üzərindən neft nəqlini artırır`); transit stopped is SANCTION (./codebook-conflict.ts)
  ...["tranzit", "nəqli"].map((head): TriggerEntry => ({ head, forms: "noun", type: "COOPERATE", cameo: "061", plover_mode: "economic",
    needs: ["başla", "bərpa", "artır"], gap: 0 })),
  // 161 SANCTION: cooperation ended (`Niger Fransa ilə hərbi əməkdaşlığa son qoyub`), as cooperation stopped (../events.ts);
  // an end put to a war or a crisis is none
  { head: "son", forms: "noun", type: "SANCTION", cameo: "161", plover_mode: "discontinue", needs: ["qoy"], gap: 0, clauseNeeds: ["əməkdaşlığ", "əməkdaşlıq"] },
  // 060 COOPERATE: cooperation widening or deepening, told intransitively (`Azərbaycan və Çin arasında əməkdaşlıq genişlənir`),
  // as cooperation widened (`əməkdaşlığı genişləndirir`)
  { head: "əməkdaşlıq", forms: "noun", type: "COOPERATE", cameo: "060",
    needs: ["genişlənir", "genişlənib", "genişlənəcək", "dərinləşir", "dərinləşib", "dərinləşəcək"], gap: 0 },
  // 150 MOBILIZE: a ballistic missile launched (`Şimali Koreya ballistik raket buraxıb`), as a missile test (../events.ts);
  // one launched or fired at a state is ASSAULT (the entry before it, and ./codebook-conflict.ts)
  { head: "raket", forms: "noun", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["burax"], gap: 0 },
  { head: "raket", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "weapons", needs: ["burax"], gap: 0, clauseNeeds: ["ballistik", "qitələrarası"] },
  // 036 AGREE: readiness for talks named by a compound (`Zelenski: "Sülh danışıqlarına hazırıq"`, `Rusiya sülh
  // danışıqlarına hazırdır`), as readiness for talks (`danışıqlara hazırıq`, ./codebook-cooperation.ts)
  { head: "danışıqlarına", forms: "noun", type: "AGREE", cameo: "036", object: ["ins"], needs: ["razı", "hazır", "açıq"], gap: 0 },
  // 163 SANCTION: tariffs or sanctions aimed at a state (`Trampın tarifləri Braziliyanı hədəf aldı`)
  { head: "hədəf", forms: "noun", type: "SANCTION", cameo: "163", object: ["acc"], objectTypes: ["LOC"], objectRequired: true, needs: ["al"], gap: 0,
    clauseNeeds: ["tarif", "rüsum", "sanksiya"] },
  // 1721 COERCE: visas stopped for a state's citizens (`Çexiya Rusiya vətəndaşlarına viza verilməsini dayandırdı`), as
  // visas restricted (./articles-v7.ts)
  { head: "viza", forms: "noun", type: "COERCE", cameo: "1721", plover_mode: "restrict", needs: ["dayandır", "məhdudlaşdır"], gap: 1 },
  // 0872 RETREAT: a state's forces leaving another state (`Fransa Çaddan çıxıb`), as troops pulled back (../events.ts);
  // leaving a body or a treaty is SANCTION (tried first); `gətirib çıxarmaq`, to lead to a result (`danışıqlar normallaşmaya
  // gətirib çıxarmayıb`), is an idiom of cause, no force leaving
  { head: "çıx", forms: "verb", type: "RETREAT", cameo: "0872", plover_mode: "withdraw", object: ["abl"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, notAfter: ["gətirib", "gətirərək"] },
  // 062 COOPERATE: arms or systems given to a state (`Almaniya Ukraynaya yeni "Patriot" sistemləri verəcək`, `ABŞ Ukraynaya
  // "Tomahawk" verməyəcək`), as arms sent (./headlines-b4.ts); aid, support, permission or a reply given is its own entry
  { head: "ver", forms: "verb", type: "COOPERATE", cameo: "062", plover_mode: "military", object: ["dat"], objectTypes: ["LOC"], objectRequired: true,
    activeOnly: true, clauseNeeds: [...ARMS_GIVEN, "tomahawk", "patriot"],
    clauseNot: ["yardım", "dəstək", "icazə", "cavab", "zəmanət", "söz", "təminat", "qərar", "əmr", "kredit", "borc"] },
  // 030 AGREE: readiness the speaker states in the first person (`Zelenski: "Sülh danışıqlarına hazırıq"`), as a concern so
  // stated (`"… narahatıq"`, ../events.ts): only to talk, meet or make peace; ready for war or a reply is none
  ...["hazırıq", "hazıram"].map((head): TriggerEntry => ({ head, forms: "noun", type: "AGREE", cameo: "030", object: ["dat"], firstPerson: true,
    clauseNeeds: ["danışıq", "sülh", "görüş", "dialoq", "əməkdaşlıq", "əməkdaşlığ", "normallaş", "vasitəçi"],
    clauseNot: ["müharibə", "hücum", "cavab", "müdafiə", "döyüş"] })),
  // 060 COOPERATE: sides joining hands (`Makron və Merts əl-ələ verdi`), a headline's figure for acting together; hands
  // held (`əl-ələ tutub`) are none
  { head: "əl-ələ", forms: "noun", type: "COOPERATE", cameo: "060", needs: ["ver"], gap: 0 },
];

// Words of nationality and the state each stands for when it tells a side of an event: the short ethnonyms
// news writes before group and office nouns (`rus qoşunları`, `alman kansleri`), and the person and group nouns
// they qualify. Demonyms in -lı/-li/-lu/-lü of a known country (`gürcüstanlı`, `rusiyalı`) are read from the
// country names and the table's demonym endings; the few whose place is no state by its own name are listed here
// (`amerikalı`: Amerika names the continent too). None of these is an entity (GUIDELINES: `azərbaycanlı` is not).
// An ethnonym whose people have no one state (`ərəb`, `kürd`, `yəhudi`, `tatar`) is left out. Written for this
// project from knowledge of the language.
import type { NationalityTables } from "../../../extract/entities/tables.js";

/** Ethnonym (lower case) -> a known spelling of the state it stands for. */
const ETHNONYMS: Record<string, string> = {
  rus: "Rusiya", türk: "Türkiyə", alman: "Almaniya", fransız: "Fransa", amerikan: "ABŞ", amerikalı: "ABŞ",
  erməni: "Ermənistan", ingilis: "Böyük Britaniya", britaniyalı: "Böyük Britaniya", fars: "İran", gürcü: "Gürcüstan",
  italyan: "İtaliya", ispan: "İspaniya", yapon: "Yaponiya", polyak: "Polşa", macar: "Macarıstan", yunan: "Yunanıstan",
  holland: "Niderland", özbək: "Özbəkistan", qazax: "Qazaxıstan", qırğız: "Qırğızıstan", tacik: "Tacikistan",
  türkmən: "Türkmənistan", bolqar: "Bolqarıstan", rumın: "Rumıniya", serb: "Serbiya", xorvat: "Xorvatiya",
  çex: "Çexiya", slovak: "Slovakiya", alban: "Albaniya", əfqan: "Əfqanıstan", monqol: "Monqolustan", latış: "Latviya",
  eston: "Estoniya", ukrayn: "Ukrayna",
};

/** Person and group nouns (lower-case base words; the last word of a phrase is matched by its stem) that a
 *  nationality word before them makes a side of that state: officials, forces, citizens. Nouns of things
 *  (`dil`, `serial`, `avtomobil`, `şirkət`, `təyyarə`) are not here, nor are artists, sportsmen and experts. */
const HEADS: string[] = [
  // state and office
  "prezident", "baş nazir", "nazir", "xarici işlər nazir", "müdafiə nazir", "kansler", "lider", "rəhbər", "başçı",
  "rəsmi", "diplomat", "səfir", "konsul", "nümayəndə heyət", "nümayəndə", "həmkar", "deputat", "parlamentari",
  "senator", "məmur", "hökumət", "rəhbərlik", "tərəf", "polis", "danışıqçı", "müşahidəçi", "sülhməramlı",
  // forces
  "qoşun", "ordu", "hərbçi", "hərbi qulluqçu", "əsgər", "zabit", "general", "komandir", "komandan", "döyüşçü",
  "silahlı", "muzdlu", "pilot", "dənizçi", "sərhədçi", "kəşfiyyatçı", "casus", "desantçı", "snayper",
  "xüsusi təyinatlı", "hərbi birləşmə", "hərbi hissə",
  // (`erməni silahlı qüvvələri … atəşə tutub`: a state's forces)
  "silahlı qüvvə", "hərbi qüvvə", "qüvvə",
  // (`erməni silahlı bölmələri`, `erməni silahlı birləşmələri … mövqelərimizi atəşə tutub`: the same forces by their units)
  "silahlı bölmə", "silahlı birləşmə",
  // people
  "vətəndaş", "jurnalist", "tələbə", "turist", "işçi", "fəhlə", "mühacir", "miqrant", "qaçqın", "əsir", "hərbi əsir",
  "girov", "məhbus", "sərnişin", "sahibkar", "iş adam", "aktivist", "müxalifətçi", "haker",
  // (`Londonda yaşayan azərbaycanlı soydaşlarımız … aksiya keçirib`: a nation's people abroad)
  "soydaş", "həmvətən",
];

export const NATIONALITIES: NationalityTables = { ethnonyms: ETHNONYMS, heads: HEADS };

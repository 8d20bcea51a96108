// Places beyond the CLDR country list: Azerbaijani spellings in the press, capitals and large
// cities, regions, Azerbaijan's cities and districts. Facts of geography, written for this project.
import type { KnownName } from "../../../extract/entities/tables.js";

/** Extra spellings of countries, keyed by ISO code; the first is the canonical name when given. */
export const COUNTRY_SPELLINGS: Record<string, { canonical?: string; aliases: string[] }> = {
  AZ: { aliases: ["Azərbaycan Respublikası", "AR"] },
  RU: { aliases: ["Rusiya Federasiyası", "RF"] },
  US: { canonical: "ABŞ", aliases: ["Amerika Birləşmiş Ştatları", "Birləşmiş Ştatlar"] },
  GB: { canonical: "Böyük Britaniya", aliases: ["Birləşmiş Krallıq", "Britaniya", "Birləşmiş Krallığı"] },
  TR: { aliases: ["Türkiyə Respublikası", "Türkiyə Cümhuriyyəti"] },
  IR: { aliases: ["İran İslam Respublikası"] },
  CN: { aliases: ["Çin Xalq Respublikası", "ÇXR"] },
  KR: { aliases: ["Koreya Respublikası"] },
  KP: { aliases: ["KXDR"] },
  BY: { aliases: ["Belarus Respublikası", "Belorusiya"] },
  KZ: { aliases: ["Qazaxıstan Respublikası"] },
  UZ: { aliases: ["Özbəkistan Respublikası"] },
  TJ: { aliases: ["Tacikistan Respublikası"] },
  KG: { aliases: ["Qırğızıstan Respublikası", "Qırğız Respublikası"] },
  TM: { aliases: [] },
  GE: { aliases: [] },
  AM: { aliases: ["Ermənistan Respublikası"] },
  UA: { aliases: [] },
  DE: { aliases: ["Almaniya Federativ Respublikası", "AFR"] },
  FR: { aliases: ["Fransa Respublikası"] },
  AE: { aliases: ["BƏƏ"] },
  SA: { aliases: ["Səudiyyə Ərəbistanı Krallığı", "Səudiyyə"] },
  MD: { aliases: ["Moldova Respublikası"] },
  CZ: { canonical: "Çexiya", aliases: ["Çex Respublikası"] },
  NL: { aliases: ["Hollandiya"] },
  PS: { canonical: "Fələstin", aliases: [] },
  VA: { aliases: [] },
  IL: { aliases: [] },
  PK: { aliases: ["Pakistan İslam Respublikası"] },
  AF: { aliases: [] },
  MK: { aliases: ["Makedoniya"] },
  CI: { aliases: ["Kot d'İvuar"] },
  CF: { aliases: ["MAR", "CAR"] },
  // the long form names the state: `Cənubi Afrika` alone is also the region (as CF's name in CLDR)
  ZA: { canonical: "Cənubi Afrika Respublikası", aliases: ["Cənubi Afrika"] },
};

/** [Azerbaijani, English] of cities, regions and geographic names. */
const PLACES: [string, string][] = [
  // capitals and large cities abroad
  ["Moskva", "Moscow"], ["Sankt-Peterburq", "Saint Petersburg"], ["Yekaterinburq", "Yekaterinburg"],
  ["Kazan", "Kazan"], ["Soçi", "Sochi"], ["Novosibirsk", "Novosibirsk"], ["Rostov", "Rostov"],
  ["Mahaçqala", "Makhachkala"], ["Dərbənd", "Derbent"], ["Dağıstan", "Dagestan"], ["Çeçenistan", "Chechnya"],
  ["Tatarıstan", "Tatarstan"], ["Krım", "Crimea"], ["Donbas", "Donbas"], ["Kursk", "Kursk"],
  ["Ankara", "Ankara"], ["İstanbul", "Istanbul"], ["İzmir", "Izmir"], ["Antalya", "Antalya"], ["Qars", "Kars"],
  ["İğdır", "Iğdır"], ["Bursa", "Bursa"], ["Trabzon", "Trabzon"],
  ["Tehran", "Tehran"], ["Təbriz", "Tabriz"], ["Ərdəbil", "Ardabil"], ["Urmiya", "Urmia"], ["Məşhəd", "Mashhad"],
  ["Tbilisi", "Tbilisi"], ["Batumi", "Batumi"], ["Borçalı", "Borchali"], ["Marneuli", "Marneuli"],
  ["İrəvan", "Yerevan"], ["Astana", "Astana"], ["Almatı", "Almaty"], ["Aktau", "Aktau"], ["Daşkənd", "Tashkent"],
  ["Səmərqənd", "Samarkand"], ["Buxara", "Bukhara"], ["Xivə", "Khiva"], ["Aşqabad", "Ashgabat"], ["Türkmənbaşı", "Turkmenbashi"],
  ["Düşənbə", "Dushanbe"], ["Bişkek", "Bishkek"], ["Kiyev", "Kyiv"], ["Kiyiv", "Kyiv"], ["Xarkov", "Kharkiv"],
  ["Odessa", "Odesa"], ["Lvov", "Lviv"], ["Minsk", "Minsk"], ["Pekin", "Beijing"], ["Şanxay", "Shanghai"],
  ["Vaşinqton", "Washington"], ["Nyu-York", "New York"], ["Los-Anceles", "Los Angeles"], ["Texas", "Texas"],
  ["Kaliforniya", "California"], ["Florida", "Florida"], ["Alyaska", "Alaska"], ["Brüssel", "Brussels"],
  ["Paris", "Paris"], ["Berlin", "Berlin"], ["London", "London"], ["Roma", "Rome"], ["Madrid", "Madrid"],
  ["Varşava", "Warsaw"], ["Budapeşt", "Budapest"], ["Vyana", "Vienna"], ["Praqa", "Prague"], ["Buxarest", "Bucharest"],
  ["Sofiya", "Sofia"], ["Belqrad", "Belgrade"], ["Afina", "Athens"], ["Kişinyov", "Chișinău"], ["Vilnüs", "Vilnius"],
  ["Riqa", "Riga"], ["Tallin", "Tallinn"], ["Helsinki", "Helsinki"], ["Stokholm", "Stockholm"], ["Oslo", "Oslo"],
  ["Kopenhagen", "Copenhagen"], ["Amsterdam", "Amsterdam"], ["Bern", "Bern"], ["Cenevrə", "Geneva"],
  ["Davos", "Davos"], ["Münhen", "Munich"], ["Strasburq", "Strasbourg"], ["Lüksemburq", "Luxembourg"],
  ["Qahirə", "Cairo"], ["Ər-Riyad", "Riyadh"], ["Riyad", "Riyadh"], ["Dubay", "Dubai"], ["Əbu-Dabi", "Abu Dhabi"],
  ["Doha", "Doha"], ["Bağdad", "Baghdad"], ["Dəməşq", "Damascus"], ["Beyrut", "Beirut"], ["Təl-Əviv", "Tel Aviv"],
  ["Qüds", "Jerusalem"], ["Əmman", "Amman"], ["Məkkə", "Mecca"], ["Mədinə", "Medina"], ["İslamabad", "Islamabad"],
  ["Yeni Dehli", "New Delhi"], ["Dehli", "Delhi"], ["Tokio", "Tokyo"], ["Seul", "Seoul"], ["Pxenyan", "Pyongyang"],
  ["Kabul", "Kabul"], ["Ottava", "Ottawa"], ["Qəzza", "Gaza"], ["Qəzza zolağı", "Gaza Strip"], ["İdlib", "Idlib"],
  ["Hələb", "Aleppo"], ["Kərkük", "Kirkuk"], ["Ərbil", "Erbil"], ["Havana", "Havana"], ["Brazilia", "Brasília"],
  // regions and geographic names
  ["İngiltərə", "England"], ["Şotlandiya", "Scotland"], ["Uels", "Wales"], ["Kvebek", "Quebec"],
  ["Qafqaz", "Caucasus"], ["Cənubi Qafqaz", "South Caucasus"], ["Şimali Qafqaz", "North Caucasus"],
  ["Yaxın Şərq", "Middle East"], ["Orta Şərq", "Middle East"], ["Uzaq Şərq", "Far East"], ["Balkanlar", "Balkans"],
  ["Avrasiya", "Eurasia"], ["Skandinaviya", "Scandinavia"], ["Qərb", "the West"], ["Şərq", "the East"],
  ["Türk dünyası", "Turkic world"], ["İslam dünyası", "Islamic world"], ["Ərəb dünyası", "Arab world"],
  ["Zəngəzur", "Zangezur"], ["Qərbi Azərbaycan", "Western Azerbaijan"], ["Sibir", "Siberia"], ["Anadolu", "Anatolia"],
  ["Xəzər dənizi", "Caspian Sea"], ["Xəzər", "Caspian"], ["Qara dəniz", "Black Sea"], ["Aralıq dənizi", "Mediterranean Sea"],
  ["Qırmızı dəniz", "Red Sea"], ["Fars körfəzi", "Persian Gulf"], ["Hörmüz boğazı", "Strait of Hormuz"],
  ["Kür", "Kura"], ["Araz", "Aras"], ["Arktika", "Arctic"], ["Antarktida", "Antarctica"], ["Qərbi Şəriə", "West Bank"],
  ["Qolan", "Golan"], ["Dağlıq Qarabağ", "Nagorno-Karabakh"], ["Avropa", "Europe"], ["Asiya", "Asia"],
  ["Afrika", "Africa"], ["Amerika", "America"], ["Latın Amerikası", "Latin America"], ["Mərkəzi Asiya", "Central Asia"],
  ["Qlobal Cənub", "Global South"], ["Qlobal Şimal", "Global North"], ["Körfəz", "the Gulf"],
  // Azerbaijan: cities, districts, economic regions, Baku districts and settlements
  ["Bakı", "Baku"], ["Gəncə", "Ganja"], ["Sumqayıt", "Sumgait"], ["Mingəçevir", "Mingachevir"], ["Şirvan", "Shirvan"],
  ["Naxçıvan", "Nakhchivan"], ["Lənkəran", "Lankaran"], ["Şəki", "Shaki"], ["Yevlax", "Yevlakh"], ["Xankəndi", "Khankendi"],
  ["Şuşa", "Shusha"], ["Ağdam", "Aghdam"], ["Füzuli", "Fuzuli"], ["Cəbrayıl", "Jabrayil"], ["Zəngilan", "Zangilan"],
  ["Qubadlı", "Gubadli"], ["Laçın", "Lachin"], ["Kəlbəcər", "Kalbajar"], ["Xocalı", "Khojaly"], ["Xocavənd", "Khojavend"],
  ["Ağdərə", "Aghdara"], ["Tərtər", "Tartar"], ["Bərdə", "Barda"], ["Ağcabədi", "Aghjabadi"], ["Beyləqan", "Beylagan"],
  ["İmişli", "Imishli"], ["Saatlı", "Saatly"], ["Sabirabad", "Sabirabad"], ["Salyan", "Salyan"], ["Neftçala", "Neftchala"],
  ["Biləsuvar", "Bilasuvar"], ["Cəlilabad", "Jalilabad"], ["Masallı", "Masally"], ["Yardımlı", "Yardimli"],
  ["Lerik", "Lerik"], ["Astara", "Astara"], ["Quba", "Guba"], ["Qusar", "Gusar"], ["Xaçmaz", "Khachmaz"],
  ["Şabran", "Shabran"], ["Siyəzən", "Siyazan"], ["Xızı", "Khizi"], ["Abşeron", "Absheron"], ["Qobustan", "Gobustan"],
  ["Şamaxı", "Shamakhi"], ["İsmayıllı", "Ismayilli"], ["Ağsu", "Agsu"], ["Kürdəmir", "Kurdamir"], ["Ucar", "Ujar"],
  ["Zərdab", "Zardab"], ["Göyçay", "Goychay"], ["Ağdaş", "Agdash"], ["Qəbələ", "Gabala"], ["Oğuz", "Oghuz"],
  ["Qax", "Gakh"], ["Zaqatala", "Zagatala"], ["Balakən", "Balakan"], ["Şəmkir", "Shamkir"], ["Tovuz", "Tovuz"],
  ["Qazax", "Gazakh"], ["Ağstafa", "Aghstafa"], ["Gədəbəy", "Gadabay"], ["Daşkəsən", "Dashkasan"], ["Göygöl", "Goygol"],
  ["Goranboy", "Goranboy"], ["Samux", "Samukh"], ["Naftalan", "Naftalan"], ["Hacıqabul", "Hajigabul"],
  ["Şərur", "Sharur"], ["Ordubad", "Ordubad"], ["Culfa", "Julfa"], ["Babək", "Babek"], ["Şahbuz", "Shahbuz"],
  ["Kəngərli", "Kangarli"], ["Sədərək", "Sadarak"], ["Xətai", "Khatai"], ["Nəsimi", "Nasimi"], ["Yasamal", "Yasamal"],
  ["Nərimanov", "Narimanov"], ["Səbail", "Sabail"], ["Binəqədi", "Binagadi"], ["Suraxanı", "Surakhani"],
  ["Sabunçu", "Sabunchu"], ["Qaradağ", "Garadagh"], ["Pirallahı", "Pirallahi"], ["Xırdalan", "Khirdalan"],
  ["Qarabağ", "Karabakh"], ["Şərqi Zəngəzur", "East Zangezur"], ["Mil-Muğan", "Mil-Mughan"], ["Muğan", "Mughan"],
  ["Lənkəran-Astara", "Lankaran-Astara"], ["Quba-Xaçmaz", "Guba-Khachmaz"], ["Şəki-Zaqatala", "Shaki-Zagatala"],
  ["Gəncə-Daşkəsən", "Ganja-Dashkasan"], ["Qazax-Tovuz", "Gazakh-Tovuz"], ["Dağlıq Şirvan", "Mountainous Shirvan"],
  ["Mərdəkan", "Mardakan"], ["Buzovna", "Buzovna"], ["Şüvəlan", "Shuvalan"], ["Ələt", "Alat"], ["Hövsan", "Hovsan"],
];

/** Places named with an administrative word (`Naxçıvan Muxtar Respublikası`). */
const NAMED_UNITS: [string, string, ...string[]][] = [
  ["Naxçıvan Muxtar Respublikası", "Nakhchivan Autonomous Republic"],
  ["Şimali Kipr Türk Cümhuriyyəti", "Turkish Republic of Northern Cyprus", "ŞKTC", "Şimali Kipr"],
];

export function placeNames(): KnownName[] {
  return [...PLACES, ...NAMED_UNITS].map(([name, en, ...aliases]) => ({ name, en, type: "LOC" as const, aliases }));
}

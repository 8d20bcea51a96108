// Organisations known by name: international bodies, Azerbaijani state bodies, foreign state
// bodies, parties, media and large companies. [canonical, English, ...aliases]; the abbreviation
// is an alias, so `BMT` and `Birləşmiş Millətlər Təşkilatı` share one identifier.
import type { KnownName } from "../../../extract/entities/tables.js";

/** International bodies: a country before one of these is not part of its name. */
const INTERNATIONAL: [string, string, ...string[]][] = [
  ["Birləşmiş Millətlər Təşkilatı", "United Nations", "BMT"],
  ["BMT Təhlükəsizlik Şurası", "UN Security Council", "BMT TŞ"],
  ["BMT Baş Assambleyası", "UN General Assembly"],
  // a UN programme named with the genitive of its parent, one name as `ATƏT-in Minsk qrupu` (`BMT-nin İnkişaf Proqramı ANAMA-ya …`)
  ["BMT-nin İnkişaf Proqramı", "UN Development Programme", "BMT İnkişaf Proqramı", "BMTİP", "UNDP"],
  ["Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "OSCE", "ATƏT"],
  ["ATƏT-in Minsk qrupu", "OSCE Minsk Group", "Minsk qrupu"],
  ["Şimali Atlantika Müqaviləsi Təşkilatı", "NATO", "NATO", "Şimali Atlantika Alyansı"],
  ["Avropa İttifaqı", "European Union", "AB", "Aİ", "Avropa Birliyi", "Avropa Birliyi"],
  ["Avropa Komissiyası", "European Commission", "AK"],
  ["Avropa Parlamenti", "European Parliament", "AP"],
  ["Avropa Şurası", "Council of Europe"],
  ["Avropa Şurası Parlament Assambleyası", "PACE", "AŞPA"],
  ["Avropa İnsan Hüquqları Məhkəməsi", "European Court of Human Rights", "AİHM"],
  ["Avronest Parlament Assambleyası", "Euronest Parliamentary Assembly", "Avronest PA"],
  // rights groups, whose statements and calls the news reports
  ["Sərhədsiz Reportyorlar", "Reporters Without Borders", "Sərhədsiz Reportyorlar Təşkilatı", "RSF"],
  ["Human Rights Watch", "Human Rights Watch", "HRW"],
  ["Beynəlxalq Amnistiya Təşkilatı", "Amnesty International", "Amnesty International"],
  ["Müstəqil Dövlətlər Birliyi", "Commonwealth of Independent States", "MDB"],
  ["Türk Dövlətləri Təşkilatı", "Organization of Turkic States", "TDT"],
  ["Şanxay Əməkdaşlıq Təşkilatı", "Shanghai Cooperation Organisation", "ŞƏT"],
  ["İslam Əməkdaşlıq Təşkilatı", "Organisation of Islamic Cooperation", "İƏT"],
  ["Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatı", "CSTO", "KTMT"],
  ["Avrasiya İqtisadi İttifaqı", "Eurasian Economic Union", "Aİİ"],
  ["Qoşulmama Hərəkatı", "Non-Aligned Movement"],
  ["Beynəlxalq Valyuta Fondu", "International Monetary Fund", "BVF"],
  ["Dünya Bankı", "World Bank"],
  ["Ümumdünya Ticarət Təşkilatı", "World Trade Organization", "ÜTT"],
  ["Ümumdünya Səhiyyə Təşkilatı", "World Health Organization", "ÜST"],
  ["Beynəlxalq Atom Enerjisi Agentliyi", "IAEA", "MAQATE", "BAEA"],
  ["Beynəlxalq Cinayət Məhkəməsi", "International Criminal Court", "BCM"],
  ["BMT-nin Ədalət Məhkəməsi", "International Court of Justice", "Beynəlxalq Ədalət Məhkəməsi"],
  ["Avropa Yenidənqurma və İnkişaf Bankı", "EBRD", "AYİB"],
  ["Asiya İnkişaf Bankı", "Asian Development Bank", "AİB"],
  ["İslam İnkişaf Bankı", "Islamic Development Bank", "İİB"],
  ["Asiya İnfrastruktur İnvestisiya Bankı", "AIIB"],
  ["Avropa Mərkəzi Bankı", "European Central Bank", "ECB"],
  ["Neft İxrac Edən Ölkələr Təşkilatı", "OPEC", "OPEC", "OPEC+"],
  ["BRICS", "BRICS"], ["G20", "G20", "Böyük İyirmilik"], ["G7", "G7", "Böyük Yeddilik"],
  ["UNESCO", "UNESCO"], ["UNICEF", "UNICEF"], ["UEFA", "UEFA"], ["FIFA", "FIFA"],
  ["Beynəlxalq Olimpiya Komitəsi", "International Olympic Committee", "BOK"],
  ["Beynəlxalq Qırmızı Xaç Komitəsi", "International Committee of the Red Cross", "BQXK"],
  ["Qırmızı Aypara", "Red Crescent"],
  ["Human Rights Watch", "Human Rights Watch"], ["Amnesty International", "Amnesty International"],
  ["Hamas", "Hamas", "HƏMAS"], ["Hizbullah", "Hezbollah"], ["Taliban", "Taliban"], ["PKK", "PKK"],
  // (Yemen's Houthi movement, named by its followers' plural, `Husilər`, or its own name)
  ["Husilər", "Houthis", "Ənsarullah"],
  ["Körfəz Əməkdaşlıq Şurası", "Gulf Cooperation Council", "KƏŞ"],
  // (ten states of Central and West Asia, Azerbaijan among them; its summits are news: `ECO-nun Zirvə görüşü`)
  ["İqtisadi Əməkdaşlıq Təşkilatı", "Economic Cooperation Organization", "ECO"],
];

/** Presidencies by the ISO code of their state. */
const SEATS_OF_POWER: Record<string, string> = { Kremlin: "RU", "White House": "US" };

/** National bodies: a country written before one (`ABŞ Maliyyə Nazirliyi`) belongs to its name. */
const ORGS: [string, string, ...string[]][] = [
  // foreign state bodies
  ["Federal Ehtiyat Sistemi", "Federal Reserve", "FED", "FRS", "Federal Ehtiyatlar Sistemi"],
  ["Xarici Aktivlərə Nəzarət İdarəsi", "Office of Foreign Assets Control", "OFAC"],
  ["Xalq Məsləhəti", "People's Council"], ["Nazirlər Şurası", "Council of Ministers"],
  ["Milli Təhlükəsizlik Şurası", "National Security Council"],
  ["Kreml", "Kremlin"], ["Ağ Ev", "White House"], ["Pentaqon", "Pentagon"], ["Dövlət Departamenti", "US Department of State"],
  ["Konqres", "US Congress", "ABŞ Konqresi"], ["Senat", "Senate"], ["Dövlət Duması", "State Duma"],
  ["Federasiya Şurası", "Federation Council"], ["Türkiyə Böyük Millət Məclisi", "Grand National Assembly of Turkey", "TBMM"],
  ["Mossad", "Mossad"], ["MKİ", "CIA", "CIA"], ["FTB", "FBI", "FBI"], ["FTX", "FSB"], ["Knesset", "Knesset"],
  ["Bundestaq", "Bundestag"], ["Yelisey Sarayı", "Élysée Palace"], ["Dauninq-strit", "Downing Street"],
  ["İnqilab Keşikçiləri Korpusu", "IRGC", "SEPAH"],
  // Azerbaijani state bodies
  ["Prezident Administrasiyası", "Presidential Administration of Azerbaijan"],
  ["Milli Məclis", "National Assembly of Azerbaijan", "MM"],
  ["Nazirlər Kabineti", "Cabinet of Ministers of Azerbaijan", "NK"],
  ["Xarici İşlər Nazirliyi", "Ministry of Foreign Affairs", "XİN"],
  ["Daxili İşlər Nazirliyi", "Ministry of Internal Affairs", "DİN"],
  ["Müdafiə Nazirliyi", "Ministry of Defence", "MN"],
  ["Fövqəladə Hallar Nazirliyi", "Ministry of Emergency Situations", "FHN"],
  ["Ədliyyə Nazirliyi", "Ministry of Justice", "ƏN"],
  ["Maliyyə Nazirliyi", "Ministry of Finance"], ["İqtisadiyyat Nazirliyi", "Ministry of Economy"],
  ["Energetika Nazirliyi", "Ministry of Energy"], ["Səhiyyə Nazirliyi", "Ministry of Health"],
  ["Elm və Təhsil Nazirliyi", "Ministry of Science and Education", "Təhsil Nazirliyi"],
  ["Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", "Ministry of Labour and Social Protection", "ƏƏSMN"],
  ["Kənd Təsərrüfatı Nazirliyi", "Ministry of Agriculture", "KTN"],
  ["Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "Ministry of Digital Development and Transport", "RİNN"],
  ["Ekologiya və Təbii Sərvətlər Nazirliyi", "Ministry of Ecology and Natural Resources", "ETSN"],
  ["Mədəniyyət Nazirliyi", "Ministry of Culture"], ["Gənclər və İdman Nazirliyi", "Ministry of Youth and Sports"],
  // the service as news mostly writes it, without the compound's -i (`Dövlət Təhlükəsizlik Xidməti`), is the same body
  ["Dövlət Təhlükəsizliyi Xidməti", "State Security Service", "DTX", "Dövlət Təhlükəsizlik Xidməti"],
  ["Xarici Kəşfiyyat Xidməti", "Foreign Intelligence Service", "XKX"],
  ["Dövlət Sərhəd Xidməti", "State Border Service", "DSX"],
  ["Dövlət Miqrasiya Xidməti", "State Migration Service", "DMX"],
  ["Dövlət Gömrük Komitəsi", "State Customs Committee", "DGK"],
  ["Dövlət Vergi Xidməti", "State Tax Service", "DVX"],
  ["Dövlət İmtahan Mərkəzi", "State Examination Centre", "DİM"],
  ["Dövlət Statistika Komitəsi", "State Statistics Committee", "DSK"],
  ["Mərkəzi Seçki Komissiyası", "Central Election Commission", "MSK"],
  ["Mərkəzi Bank", "Central Bank of Azerbaijan", "AMB", "Azərbaycan Mərkəzi Bankı"],
  ["Baş Prokurorluq", "Prosecutor General's Office"], ["Hərbi Prokurorluq", "Military Prosecutor's Office"], ["Ali Məhkəmə", "Supreme Court"],
  ["Konstitusiya Məhkəməsi", "Constitutional Court"], ["Hesablama Palatası", "Chamber of Accounts"],
  ["Dövlət Neft Fondu", "State Oil Fund of Azerbaijan", "ARDNF"],
  ["Azərbaycan Milli Elmlər Akademiyası", "Azerbaijan National Academy of Sciences", "AMEA"],
  ["Azərbaycan Respublikasının Dövlət Neft Şirkəti", "SOCAR", "SOCAR", "ARDNŞ"],
  ["Azərbaycan Dəmir Yolları", "Azerbaijan Railways", "ADY"],
  ["Azərbaycan Hava Yolları", "Azerbaijan Airlines", "AZAL"],
  ["Heydər Əliyev Fondu", "Heydar Aliyev Foundation"],
  ["Yeni Azərbaycan Partiyası", "New Azerbaijan Party", "YAP"],
  ["Müsavat", "Musavat"], ["ASAN xidmət", "ASAN Service", "ASAN"],
  ["Təhsilin İnkişafı Fondu", "Education Development Fund", "Təhsilin İnkişaf Fondu", "TİF"],
  ["Təhsil Tələbə Krediti Fondu", "Education Student Loan Fund", "TTKF"],
  ["Minatəmizləmə Agentliyi", "Mine Action Agency of Azerbaijan", "ANAMA", "Azərbaycan Respublikasının Minatəmizləmə Agentliyi"],
  ["Peşə Təhsili üzrə Dövlət Agentliyi", "State Agency for Vocational Education"],
  ["Məktəbəqədər və Ümumi Təhsil üzrə Dövlət Agentliyi", "State Agency for Preschool and General Education", "MÜTDA"],
  ["Kiçik və Orta Biznesin İnkişafı Agentliyi", "Small and Medium Business Development Agency", "KOBİA"],
  ["TƏBİB", "TABIB"], ["İcbari Tibbi Sığorta üzrə Dövlət Agentliyi", "Compulsory Health Insurance Agency", "İTSDA"],
  // media and companies
  ["AZƏRTAC", "AZERTAC"], ["APA", "APA"], ["Trend", "Trend"], ["Report", "Report"], ["Oxu.az", "Oxu.az"],
  ["Banker.az", "Banker.az"], ["Turan", "Turan"], ["AzTV", "AzTV"], ["İTV", "ITV"], ["ARB", "ARB"],
  ["TASS", "TASS"],
  ["RİA Novosti", "RIA Novosti"], ["Anadolu Agentliyi", "Anadolu Agency"],
  // (outlets named in news of courts and rights: `"Amerikanın Səsi"nə bildirib` is the radio, no place)
  ["Amerikanın Səsi", "Voice of America"], ["Azadlıq Radiosu", "Radio Liberty"], ["BBC Azərbaycanca", "BBC Azerbaijani"],
  ["Meydan TV", "Meydan TV"], ["Abzas Media", "Abzas Media"], ["Toplum TV", "Toplum TV"],
  ["Medianın İnkişafı Agentliyi", "Media Development Agency"],
  // (Azerbaijani state bodies known by a short name: the Interior Ministry's cyber police, the road police;
  // the Russian cultural centre in Baku; the Russian agency's local outlet)
  ["Kiberpolis", "Cyber Police"], ["Yol polisi", "Road Police"], ["Dövlət Yol Polisi", "State Road Police"],
  ["Rusiya Evi", "Russian House"], ["Sputnik Azərbaycan", "Sputnik Azerbaijan"],
  ["Azercell", "Azercell"], ["Bakcell", "Bakcell"], ["Nar", "Nar"], ["Azərenerji", "Azerenerji"],
  ["Azərişıq", "Azerishiq"], ["Azərsu", "Azersu"], ["Azəriqaz", "Azerigaz"], ["Kapital Bank", "Kapital Bank"],
  ["PAŞA Bank", "PASHA Bank"], ["ABB", "ABB"], ["BP", "BP"], ["Qazprom", "Gazprom"], ["Rosneft", "Rosneft"],
  ["LUKoil", "Lukoil"], ["Apple", "Apple"], ["Google", "Google"], ["Microsoft", "Microsoft"], ["Tesla", "Tesla"],
  ["Meta", "Meta"], ["Amazon", "Amazon"], ["OpenAI", "OpenAI"], ["Boeing", "Boeing"], ["Airbus", "Airbus"],
  ["Visa", "Visa"], ["Mastercard", "Mastercard"], ["AccessBank", "AccessBank"],
  // universities known by the one word (`Harvardın tələbələri`: the university, not a place)
  ["Harvard Universiteti", "Harvard University", "Harvard"], ["Stanford Universiteti", "Stanford University", "Stanford"],
  ["Yale Universiteti", "Yale University", "Yale"], ["Prinston Universiteti", "Princeton University", "Prinston"],
  // social networks, named as where a statement was posted (`Truth Social-da yazıb`)
  ["Truth Social", "Truth Social"], ["Facebook", "Facebook"], ["Instagram", "Instagram"], ["Telegram", "Telegram"], ["YouTube", "YouTube"],
  // (`X səhifəsində`: known by name, else the letter would read as a Roman numeral)
  ["X", "X"],
  // companies whose names read as a person's (a given name and a surname)
  ["Lockheed Martin", "Lockheed Martin"], ["Northrop Grumman", "Northrop Grumman"], ["General Dynamics", "General Dynamics"],
  ["General Electric", "General Electric"], ["General Motors", "General Motors"], ["Morgan Stanley", "Morgan Stanley"],
  ["Goldman Sachs", "Goldman Sachs"], ["JPMorgan Chase", "JPMorgan Chase", "JPMorgan"], ["Berkshire Hathaway", "Berkshire Hathaway"],
  ["Johnson & Johnson", "Johnson & Johnson"], ["Procter & Gamble", "Procter & Gamble"], ["Ernst & Young", "Ernst & Young", "EY"],
  ["Raytheon", "Raytheon", "RTX"], ["Rheinmetall", "Rheinmetall"], ["BAE Systems", "BAE Systems"], ["Baykar", "Baykar"],
  ["Rosatom", "Rosatom", "Rosatom"], ["Rostex", "Rostec"], ["Huawei", "Huawei"], ["Samsung", "Samsung"],
  ["Exxon Mobil", "ExxonMobil", "ExxonMobil"], ["Chevron", "Chevron"], ["Shell", "Shell"], ["TotalEnergies", "TotalEnergies"],
];

/** Media and firms of worldwide reach: a country written right before one is a name of its own (`Hindistan BBC-yə`,
 *  `Azərbaycan Reuters-ə`), never the country's body. */
const GLOBAL: [string, string, ...string[]][] = [
  ["Reuters", "Reuters"], ["Bloomberg", "Bloomberg"], ["BBC", "BBC"], ["CNN", "CNN"], ["Financial Times", "Financial Times"],
  ["Euronews", "Euronews"],
];

/** Gatherings known by a name that holds no gathering noun (`COP29-da`), or whose noun is not last: taken part in as a
 *  summit is (the events tables read them so). */
export const NAMED_GATHERINGS: [string, string][] = [
  ["COP29", "COP29"], ["COP30", "COP30"], ["Bakı Enerji Həftəsi", "Baku Energy Week"], ["Qlobal Bakı Forumu", "Global Baku Forum"],
];

/** Named events and programmes. */
const EVENTS: [string, string][] = [
  ...NAMED_GATHERINGS,
  ["Vətən müharibəsi", "Patriotic War"], ["İkinci Qarabağ müharibəsi", "Second Karabakh War"],
  ["Böyük Qayıdış", "Great Return"], ["Breksit", "Brexit"], ["İkinci Dünya müharibəsi", "World War II"],
  ["Birinci Dünya müharibəsi", "World War I"], ["Soyuq müharibə", "Cold War"], ["Həcc", "Hajj"], ["Ümrə", "Umrah"],
];

export function organisationNames(): KnownName[] {
  return [
    ...INTERNATIONAL.map(([name, en, ...aliases]) => ({
      name, en, type: "ORG" as const, aliases: aliases.filter((a) => a !== name), international: true,
      // the European Union holds offices as a country does (its president, its foreign-policy chief)
      iso: en === "European Union" ? "EU" : undefined,
    })),
    ...GLOBAL.map(([name, en, ...aliases]) => ({ name, en, type: "ORG" as const, aliases: aliases.filter((a) => a !== name), international: true })),
    ...ORGS.map(([name, en, ...aliases]) => ({
      name, en, type: "ORG" as const, aliases: aliases.filter((a) => a !== name),
      // a presidency stands for its state's leading office (`Kreml rəhbəri`, the Kremlin's head, is Russia's president)
      iso: SEATS_OF_POWER[en],
    })),
    ...EVENTS.map(([name, en]) => ({ name, en, type: "MISC" as const })),
  ];
}

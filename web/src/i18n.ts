// Interface text in Azerbaijani (default) and English, and dates written with our own month names
// (browsers' Intl has no Azerbaijani month names everywhere).
import { createContext } from "preact";
import { useContext } from "preact/hooks";

export type Lang = "az" | "en";

const MONTHS: Record<Lang, string[]> = {
  az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const az = {
  appName: "Salnamə",
  tagline: "Azərbaycan xəbərlərinin tarixli salnaməsi",
  skip: "Məzmuna keç",
  nav: { search: "Axtarış", timeline: "Xronologiya", relations: "Münasibətlər" },
  switchLang: "English",
  switchLangLabel: "Switch the interface to English",
  search: {
    title: "Məqalələrdə axtarış", query: "Axtarış sözləri", queryHint: "məs. Əliyev, \"dövlət səfəri\", Putin*",
    from: "Tarixdən", to: "Tarixədək", entity: "Şəxs, yer və ya təşkilat", type: "Hadisə növü", anyType: "istənilən",
    sort: "Sıralama", relevance: "uyğunluq", date: "tarix (yenilər)", dateAsc: "tarix (köhnələr)", submit: "Axtar",
    found: (n: number) => `${n} məqalə tapıldı`, none: "Heç nə tapılmadı. Sözləri və ya süzgəcləri dəyişin.",
    latest: "Son məqalələr", untitled: "Başlıqsız məqalə",
  },
  pager: { prev: "Əvvəlki", next: "Növbəti", page: (a: number, b: number, n: number) => `${a}–${b} / ${n}` },
  article: {
    entities: "Adlar", dates: "Tarixlər", events: "Hadisələr", quotes: "Sitatlar", legend: "İşarələr",
    entity: "ad", timex: "tarix", trigger: "hadisə", quote: "sitat", published: "Dərc olunub", source: "Mənbə",
    byPublication: "mətndə tarix yoxdur, dərc tarixi",
    copyOf: "Bu məqalə başqasının təkrarıdır:", notFound: "Məqalə tapılmadı.", speaker: "Danışan", unknownSpeaker: "naməlum",
    resolved: "Həll olunmuş tarix", noLayers: "Bu dil üçün annotasiya yoxdur; mətn yalnız axtarış üçün saxlanılıb.",
  },
  entity: {
    aliases: "Başqa adlar", mentions: "Aylar üzrə məqalələr", cooccurring: "Birlikdə çəkilən adlar", events: "Hadisələr",
    notFound: "Belə ad tapılmadı.", total: (n: number) => `${n} məqalədə çəkilir`, timeline: "Xronologiyada göstər",
    articles: "Bu adı çəkən məqalələr",
  },
  timeline: {
    title: "Hadisələr xronologiyası", actor1: "Birinci tərəf", actor2: "İkinci tərəf", mode: "Modallıq", anyMode: "istənilən",
    submit: "Göstər", found: (n: number) => `${n} hadisə`, none: "Bu süzgəclərlə hadisə yoxdur.", sources: "Mənbələr", undated: "tarixsiz",
  },
  relations: {
    title: "İki tərəf arasında münasibətlər", a: "Birinci tərəf", b: "İkinci tərəf", by: "Dövr", month: "ay", week: "həftə",
    submit: "Göstər", chart: "Əməkdaşlıq (+) və münaqişə (−) balı dövrlər üzrə", none: "Bu iki tərəf arasında tarixli hadisə tapılmadı.",
    period: "Dövr", sum: "Cəm", count: "Hadisə sayı", cooperation: "əməkdaşlıq", conflict: "münaqişə", show: "Hadisələri göstər", hide: "Gizlət",
    clickHint: "Bir dövrün hadisələrini görmək üçün sütuna və ya cədvəldəki sətrə klikləyin.",
  },
  loading: "Yüklənir…",
  error: "Xəta",
  types: {
    AGREE: "razılaşma", CONSULT: "məsləhətləşmə", SUPPORT: "dəstək", CONCEDE: "güzəşt", COOPERATE: "əməkdaşlıq", AID: "yardım",
    RETREAT: "geri çəkilmə", REQUEST: "müraciət", ACCUSE: "ittiham", REJECT: "rədd", THREATEN: "hədə", PROTEST: "etiraz",
    SANCTION: "sanksiya", MOBILIZE: "səfərbərlik", COERCE: "məcburetmə", ASSAULT: "hücum",
  } as Record<string, string>,
  modes: { asserted: "baş verib", future: "gözlənilir", demanded: "tələb olunur", negated: "inkar olunur", possible: "mümkündür", reported: "xəbər verilir" } as Record<string, string>,
  entityTypes: { PER: "şəxs", LOC: "yer", ORG: "təşkilat", MISC: "digər" } as Record<string, string>,
};

export type Strings = typeof az;

const en: Strings = {
  appName: "Salnamə",
  tagline: "A dated chronicle of Azerbaijani news",
  skip: "Skip to content",
  nav: { search: "Search", timeline: "Timeline", relations: "Relations" },
  switchLang: "Azərbaycanca",
  switchLangLabel: "Interfeysi azərbaycan dilinə keçir",
  search: {
    title: "Search the articles", query: "Search words", queryHint: "e.g. Əliyev, \"dövlət səfəri\", Putin*",
    from: "From", to: "To", entity: "Person, place or organisation", type: "Event type", anyType: "any",
    sort: "Sort by", relevance: "relevance", date: "date (newest)", dateAsc: "date (oldest)", submit: "Search",
    found: (n: number) => `${n} article${n === 1 ? "" : "s"} found`, none: "Nothing found. Change the words or the filters.",
    latest: "Latest articles", untitled: "Untitled article",
  },
  pager: { prev: "Previous", next: "Next", page: (a: number, b: number, n: number) => `${a}–${b} of ${n}` },
  article: {
    entities: "Names", dates: "Dates", events: "Events", quotes: "Quotes", legend: "Key",
    entity: "name", timex: "date", trigger: "event", quote: "quote", published: "Published", source: "Source",
    byPublication: "no date in the text; publication date",
    copyOf: "This article is a copy of:", notFound: "Article not found.", speaker: "Speaker", unknownSpeaker: "unknown",
    resolved: "Resolved date", noLayers: "No annotation for this language; the text is kept for search only.",
  },
  entity: {
    aliases: "Other names", mentions: "Articles per month", cooccurring: "Mentioned together with", events: "Events",
    notFound: "No such name.", total: (n: number) => `mentioned in ${n} article${n === 1 ? "" : "s"}`, timeline: "Show in timeline",
    articles: "Articles mentioning it",
  },
  timeline: {
    title: "Timeline of events", actor1: "First actor", actor2: "Second actor", mode: "Mode", anyMode: "any",
    submit: "Show", found: (n: number) => `${n} event${n === 1 ? "" : "s"}`, none: "No events with these filters.", sources: "Sources", undated: "undated",
  },
  relations: {
    title: "Relations between two actors", a: "First actor", b: "Second actor", by: "Period", month: "month", week: "week",
    submit: "Show", chart: "Cooperation (+) and conflict (−) score per period", none: "No dated events between these two actors.",
    period: "Period", sum: "Sum", count: "Events", cooperation: "cooperation", conflict: "conflict", show: "Show events", hide: "Hide",
    clickHint: "Click a bar or a row of the table to see the events of that period.",
  },
  loading: "Loading…",
  error: "Error",
  types: {
    AGREE: "agree", CONSULT: "consult", SUPPORT: "support", CONCEDE: "concede", COOPERATE: "cooperate", AID: "aid",
    RETREAT: "retreat", REQUEST: "request", ACCUSE: "accuse", REJECT: "reject", THREATEN: "threaten", PROTEST: "protest",
    SANCTION: "sanction", MOBILIZE: "mobilize", COERCE: "coerce", ASSAULT: "assault",
  },
  modes: { asserted: "happened", future: "expected", demanded: "demanded", negated: "denied", possible: "possible", reported: "reported" },
  entityTypes: { PER: "person", LOC: "place", ORG: "organisation", MISC: "other" },
};

export const STRINGS: Record<Lang, Strings> = { az, en };
export const EVENT_TYPES = Object.keys(az.types);
export const EVENT_MODES = Object.keys(az.modes);

/** A TIMEX value or article date in words: 2025-10-09 -> "9 oktyabr 2025", 2025-10 -> "oktyabr 2025". */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, time] = m;
  const month = mo ? MONTHS[lang][Number(mo) - 1] : undefined;
  if (!month) return y;
  const date = d ? (lang === "en" ? `${Number(d)} ${month} ${y}` : `${Number(d)} ${month} ${y}`) : `${month} ${y}`;
  return time ? `${date}, ${time.slice(1)}` : date;
}

/** ISO week label YYYY-Www for display. */
export function formatPeriod(period: string, lang: Lang): string {
  const w = /^(\d{4})-W(\d{2})$/.exec(period);
  if (w) return lang === "az" ? `${w[1]}, həftə ${Number(w[2])}` : `${w[1]} week ${Number(w[2])}`;
  return formatDate(period, lang);
}

export const LangContext = createContext<{ lang: Lang; t: Strings; setLang(l: Lang): void }>({ lang: "az", t: az, setLang() {} });

export function useI18n() {
  return useContext(LangContext);
}

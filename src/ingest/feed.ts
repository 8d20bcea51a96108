// RSS 2.0 and Atom feeds, parsed safely: any DOCTYPE (where entity definitions live) is refused
// before parsing, and the parser (linkedom's XML mode) expands only the five predefined entities.
import { DOMParser } from "linkedom";
import { InputError, validDate } from "./decode.js";

export interface FeedItem {
  link?: string;
  title?: string;
  published: string | null;
  /** Summary or content given in the feed (text). */
  summary?: string;
}

const MONTHS: Record<string, string> = { jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12" };

/** The calendar date as written in an RFC 822 (RSS) or ISO 8601 (Atom) date. */
export function feedDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = validDate(s);
  if (iso) return iso;
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return validDate(`${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, "0")}`);
  return null;
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>][^]*?xmlns="http:\/\/www\.w3\.org\/2005\/Atom"|<rdf:RDF[\s>]|<feed[\s>]/i.test(head);
}

function textOf(el: Element | null | undefined): string | undefined {
  const t = el?.textContent?.trim();
  if (!t) return undefined;
  // summaries often carry escaped HTML: keep its text only
  return t.includes("<") ? t.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim() : t;
}

export function parseFeed(xml: string, source: string): FeedItem[] {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) throw new InputError(source, "feed declares a DOCTYPE or entities (refused)");
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const items: FeedItem[] = [];
  const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name || c.tagName === name) ?? null;
  for (const el of [...doc.getElementsByTagName("item")]) {
    items.push({
      link: textOf(child(el, "link")) ?? textOf(child(el, "guid")),
      title: textOf(child(el, "title")),
      published: feedDate(textOf(child(el, "pubDate")) ?? textOf(child(el, "dc:date"))),
      summary: textOf(child(el, "content:encoded")) ?? textOf(child(el, "description")),
    });
  }
  for (const el of [...doc.getElementsByTagName("entry")]) {
    const links = [...el.children].filter((c) => c.localName === "link" || c.tagName === "link");
    const alt = links.find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate") ?? links[0];
    items.push({
      link: alt?.getAttribute("href") ?? undefined,
      title: textOf(child(el, "title")),
      published: feedDate(textOf(child(el, "published")) ?? textOf(child(el, "updated"))),
      summary: textOf(child(el, "content")) ?? textOf(child(el, "summary")),
    });
  }
  if (!items.length && !/<(rss|feed|rdf:RDF)[\s>]/i.test(xml)) throw new InputError(source, "not an RSS or Atom feed");
  return items;
}

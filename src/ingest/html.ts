// An article out of a web page: Readability finds the body; the title, publication date,
// canonical URL and language come from the page's own metadata. Scripts are never run: linkedom
// only parses, and the stored body is text.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { validDate } from "./decode.js";

export interface ExtractedPage {
  title?: string;
  text: string;
  published: string | null;
  language?: string;
  canonical?: string;
}

type Doc = ReturnType<typeof parseHTML>["document"];

function meta(doc: Doc, selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute("content") ?? doc.querySelector(s)?.getAttribute("datetime");
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** datePublished from JSON-LD blocks (objects, arrays, @graph). */
function jsonLdDate(doc: Doc): string | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const stack = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === "object") {
        const o = x as Record<string, unknown>;
        if (typeof o.datePublished === "string") return o.datePublished;
        if (o["@graph"]) stack.push(o["@graph"]);
      }
    }
  }
  return undefined;
}

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]', 'meta[property="og:published_time"]',
];

/** Paragraph breaks kept: block elements end lines, the rest collapses to single spaces. */
function blockText(el: { querySelectorAll(s: string): Iterable<{ textContent: string | null }>; textContent: string | null }): string {
  const blocks = [...el.querySelectorAll("h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td")].map((b) => (b.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  const text = blocks.length ? blocks.join("\n\n") : (el.textContent ?? "").replace(/[ \t]+/g, " ").trim();
  return text.replace(/\n{3,}/g, "\n\n");
}

export function extractPage(html: string, url?: string): ExtractedPage {
  const { document } = parseHTML(html);
  for (const s of document.querySelectorAll("script:not([type='application/ld+json']),style,noscript,template,iframe")) s.remove();
  const published = validDate(meta(document, DATE_META) ?? jsonLdDate(document) ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, ['meta[property="og:url"]']);
  const language = document.documentElement?.getAttribute("lang") ?? meta(document, ['meta[http-equiv="content-language"]']) ?? undefined;
  const ogTitle = meta(document, ['meta[property="og:title"]']);
  let title: string | undefined;
  let text = "";
  try {
    const art = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (art?.content) {
      const { document: body } = parseHTML(`<!doctype html><html><body>${art.content}</body></html>`);
      text = blockText(body.body);
      title = art.title ?? undefined;
    }
  } catch {
    /* fall back to the page text below */
  }
  if (!text.trim()) {
    const { document: again } = parseHTML(html);
    for (const s of again.querySelectorAll("script,style,noscript,template,iframe,nav,header,footer")) s.remove();
    text = again.body ? blockText(again.body) : "";
    title ??= again.querySelector("title")?.textContent?.trim() || undefined;
  }
  let canon: string | undefined;
  try {
    canon = canonical ? new URL(canonical, url).href : undefined;
  } catch {
    canon = undefined;
  }
  return { title: (ogTitle || title)?.replace(/\s+/g, " ").trim() || undefined, text: text.trim(), published, language: language || undefined, canonical: canon };
}

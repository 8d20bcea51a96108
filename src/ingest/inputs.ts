// Everything `salname ingest` accepts, as one stream of documents: text and .jsonl files (through
// sources.ts), HTML pages, RSS/Atom feeds (each item's page fetched), directories (recursively),
// and http(s) URLs of any of these. A failure yields an error item; the stream goes on.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createHash } from "node:crypto";
import type { DocInput } from "../text/doc.js";
import { decodeBytes, InputError } from "./decode.js";
import { readSources } from "./sources.js";
import { extractPage } from "./html.js";
import { looksLikeFeed, parseFeed, type FeedItem } from "./feed.js";
import { fetchUrl, isUrl, type FetchOptions } from "./fetch.js";

export type IngestItem = { doc: DocInput; source: string; outlet?: string } | { error: InputError };

export interface InputOptions {
  /** Date for documents that carry none. */
  date?: string | null;
  fetch?: FetchOptions;
}

const TEXT_EXT = new Set([".txt", ".text"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const FEED_EXT = new Set([".xml", ".rss", ".atom"]);

export function outletOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/** A stable id for a page known by its URL. */
export function idForUrl(url: string): string {
  return `${outletOf(url) ?? "web"}-${createHash("sha1").update(url).digest("hex").slice(0, 12)}`;
}

function toError(e: unknown, source: string): InputError {
  return e instanceof InputError ? e : new InputError(source, (e as Error).message ?? String(e));
}

function pageDoc(html: string, id: string, url: string | undefined, source: string, fallbackDate?: string | null, feed?: FeedItem): IngestItem {
  const page = extractPage(html, url);
  if (page.text.length < 20) throw new InputError(source, "no article text found in the page");
  const canonical = page.canonical ?? url;
  return {
    doc: {
      id: canonical ? idForUrl(canonical) : id,
      text: page.text,
      title: page.title ?? feed?.title,
      url: canonical,
      document_date: page.published ?? feed?.published ?? fallbackDate ?? null,
      language: page.language,
    },
    source,
    outlet: outletOf(canonical),
  };
}

async function* feedItems(xml: string, source: string, opts: InputOptions): AsyncGenerator<IngestItem> {
  let items: FeedItem[];
  try {
    items = parseFeed(xml, source);
  } catch (e) {
    yield { error: toError(e, source) };
    return;
  }
  for (const item of items) {
    if (!item.link || !isUrl(item.link)) {
      yield { error: new InputError(source, `feed item "${item.title ?? "?"}" has no http(s) link`) };
      continue;
    }
    try {
      const page = await fetchUrl(item.link, opts.fetch);
      yield pageDoc(decodeBytes(page.body, item.link), idForUrl(page.url), page.url, item.link, opts.date, item);
    } catch (e) {
      // the feed's own summary stands in when the page cannot be had and says enough
      if (item.summary && item.summary.length >= 200) {
        yield { doc: { id: idForUrl(item.link), text: item.summary, title: item.title, url: item.link, document_date: item.published ?? opts.date ?? null }, source: item.link, outlet: outletOf(item.link) };
      } else yield { error: toError(e, item.link) };
    }
  }
}

async function* fromUrl(url: string, opts: InputOptions): AsyncGenerator<IngestItem> {
  let text: string, final: string, type: string;
  try {
    const r = await fetchUrl(url, opts.fetch);
    text = decodeBytes(r.body, url);
    final = r.url;
    type = r.contentType;
  } catch (e) {
    yield { error: toError(e, url) };
    return;
  }
  try {
    if (/xml|rss|atom/.test(type) && !/html/.test(type) || looksLikeFeed(text)) yield* feedItems(text, url, opts);
    else if (/html/.test(type) || /^\s*(<!doctype html|<html)/i.test(text)) yield pageDoc(text, idForUrl(final), final, url, opts.date);
    else if (/^\s*\{/.test(text)) throw new InputError(url, "JSON over HTTP is not read; save it as a .jsonl file");
    else yield { doc: { id: idForUrl(final), text, url: final, document_date: opts.date ?? null }, source: url, outlet: outletOf(final) };
  } catch (e) {
    yield { error: toError(e, url) };
  }
}

async function* fromFile(path: string, opts: InputOptions): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext) || FEED_EXT.has(ext)) {
    try {
      const text = decodeBytes(await readFile(path), path);
      if (FEED_EXT.has(ext) || looksLikeFeed(text)) yield* feedItems(text, path, opts);
      else yield pageDoc(text, basename(path, extname(path)), undefined, path, opts.date);
    } catch (e) {
      yield { error: toError(e, path) };
    }
    return;
  }
  for await (const item of readSources([path], { date: opts.date })) {
    yield "error" in item ? item : { ...item, outlet: outletOf(item.doc.url) };
  }
}

/** The files a directory holds that ingestion reads, recursively, in name order. */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (TEXT_EXT.has(ext) || JSONL_EXT.has(ext) || HTML_EXT.has(ext) || FEED_EXT.has(ext)) out.push(p);
    }
  }
  return out;
}

export async function* readInputs(args: string[], opts: InputOptions = {}): AsyncGenerator<IngestItem> {
  for (const arg of args) {
    if (isUrl(arg)) {
      yield* fromUrl(arg, opts);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      /* readSources reports a missing file */
    }
    if (isDir) {
      for (const f of await walk(arg)) yield* fromFile(f, opts);
    } else yield* fromFile(arg, opts);
  }
}

/** How many documents the inputs hold, when it can be told cheaply (for a progress ETA). */
export async function countInputs(args: string[]): Promise<number | undefined> {
  let n = 0;
  for (const arg of args) {
    if (isUrl(arg)) return undefined;
    try {
      const files = (await stat(arg)).isDirectory() ? await walk(arg) : [arg];
      for (const f of files) {
        const ext = extname(f).toLowerCase();
        if (FEED_EXT.has(ext)) return undefined;
        if (JSONL_EXT.has(ext)) {
          const buf = await readFile(f);
          let lines = 0;
          for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) lines++;
          n += lines + (buf.length && buf[buf.length - 1] !== 10 ? 1 : 0);
        } else n++;
      }
    } catch {
      n++;
    }
  }
  return n;
}

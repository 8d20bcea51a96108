// Article identity shared by every backend: the canonical URL, a content hash, and a SimHash
// fingerprint that finds syndicated copies (the same story re-published by another outlet).
import { createHash } from "node:crypto";

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|igshid)$/i;

/** The URL that identifies an article: lower-case scheme and host, no default port, no tracking
 *  parameters. The fragment is kept (some sites address distinct items by it). */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url || !url.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : "";
  return u.href;
}

/** A hash of the text with white space collapsed, so re-wrapped copies are still the same content. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex").slice(0, 32);
}

/** 32-bit FNV-1a with a seed, over a string's UTF-16 units. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** 64-bit SimHash over word 3-shingles, as 16 hex digits. Texts that share most shingles differ in
 *  few bits; copies with a changed headline or footer stay within a Hamming distance of 3. */
export function simhash(text: string): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  const v = new Int32Array(64);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const sh = words.length >= 3 ? `${words[i]} ${words[i + 1]} ${words[i + 2]}` : words.join(" ");
    const hi = fnv(sh, 0x9e3779b9), lo = fnv(sh, 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      v[b] += (hi >>> b) & 1 ? 1 : -1;
      v[32 + b] += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0, lo = 0;
  for (let b = 0; b < 32; b++) {
    if (v[b] > 0) hi |= 1 << b;
    if (v[32 + b] > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function hamming(a: string, b: string): number {
  return popcount((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) +
    popcount((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0);
}

/** The four 16-bit bands of a fingerprint, tagged with their position: two fingerprints within
 *  Hamming distance 3 share at least one band (pigeonhole), so bands index the candidates. */
export function simhashBands(h: string): number[] {
  return [0, 1, 2, 3].map((i) => i * 65536 + parseInt(h.slice(i * 4, i * 4 + 4), 16));
}

export const NEAR_DUPLICATE_BITS = 3;
/** Copies are published close together; far-apart look-alikes are templates (daily rates). */
export const NEAR_DUPLICATE_DAYS = 3;

/** The key an entity is stored under: its link id, else type and canonical name. */
export function entityKey(e: { id?: string; type: string; name: string }): string {
  return e.id || `${e.type}:${e.name}`;
}

// Fetching a page or feed: a timeout for the whole request, a cap on the body size, a bounded
// number of redirects (followed by hand, so each hop is checked), gzip/br handled by fetch.
import { InputError } from "./decode.js";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
}

export const FETCH_DEFAULTS: Required<FetchOptions> = {
  timeoutMs: 20000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: "salname/0.1 (+https://github.com/salname)",
};

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  const signal = AbortSignal.timeout(o.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(current, { redirect: "manual", signal, headers: { "user-agent": o.userAgent, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5" } });
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel();
        if (hop >= o.maxRedirects) throw new InputError(url, `more than ${o.maxRedirects} redirects`);
        const next = new URL(res.headers.get("location")!, current);
        if (next.protocol !== "http:" && next.protocol !== "https:") throw new InputError(url, `redirect to ${next.protocol} refused`);
        current = next.href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new InputError(url, `HTTP ${res.status} ${res.statusText}`.trim());
      }
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > o.maxBytes) {
        await res.body?.cancel();
        throw new InputError(url, `body of ${declared} bytes exceeds the ${o.maxBytes}-byte limit`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of res.body ?? []) {
        size += c.length;
        if (size > o.maxBytes) throw new InputError(url, `body exceeds the ${o.maxBytes}-byte limit`);
        chunks.push(Buffer.from(c));
      }
      return { url: current, contentType: (res.headers.get("content-type") ?? "").toLowerCase(), body: Buffer.concat(chunks) };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === "TimeoutError" || err.name === "AbortError") throw new InputError(url, `timed out after ${o.timeoutMs} ms`);
    throw new InputError(url, `fetch failed: ${err.cause?.code ?? err.cause?.message ?? err.message}`);
  }
}

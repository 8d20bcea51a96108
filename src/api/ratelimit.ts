// A token bucket per client address: `capacity` requests at once, refilled at `perSecond`.
// Small and in-process on purpose (one server, loopback by default); no package needed.
export interface RateLimitOptions {
  capacity: number;
  perSecond: number;
  /** Most addresses tracked; the stalest are forgotten first (a flood of addresses cannot exhaust memory). */
  maxClients?: number;
}

interface Bucket { tokens: number; at: number }

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(private opts: RateLimitOptions, private now: () => number = Date.now) {}

  /** Takes one token for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const t = this.now();
    let b = this.buckets.get(key);
    if (b) {
      b.tokens = Math.min(this.opts.capacity, b.tokens + ((t - b.at) / 1000) * this.opts.perSecond);
      b.at = t;
      this.buckets.delete(key); // re-inserted below: the Map's order is least recently used first
    } else {
      b = { tokens: this.opts.capacity, at: t };
      const max = this.opts.maxClients ?? 10_000;
      if (this.buckets.size >= max) this.buckets.delete(this.buckets.keys().next().value as string);
    }
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.opts.perSecond);
  }
}

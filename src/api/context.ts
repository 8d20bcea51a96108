// What the route modules share: the open store and the server's settings.
import type { Store } from "../store/types.js";
import type { RateLimitOptions } from "./ratelimit.js";

export interface ApiOptions {
  store: Store;
  /** Bearer token for write endpoints; without it they answer 403. */
  token?: string;
  /** Directory of the built web UI (default: web/dist of the package). */
  webRoot?: string;
  /** POST /api/annotate per client address. */
  annotateRate?: RateLimitOptions;
  /** Search answers kept in memory until the store changes (default SEARCH_CACHE_SIZE; 0: none). */
  searchCacheSize?: number;
  version?: string;
  logger?: boolean;
}

// The JSON API, typed with the store's own types (type-only imports: nothing from src/ is bundled).
import { useEffect, useState } from "preact/hooks";
import type { EntityProfile, EntitySummary, RelationsPeriod, SearchHit, StoredArticle, TimelineEvent } from "../../src/store/types";

export type { EntityProfile, EntitySummary, RelationsPeriod, SearchHit, StoredArticle, TimelineEvent };

export interface SearchPage { total: number; limit: number; offset: number; results: SearchHit[] }
export interface TimelinePage { total: number; limit: number; offset: number; events: TimelineEvent[]; actors?: string[] }
export interface RelationsPage { a: string; b: string; by: "month" | "week"; total: number; series: RelationsPeriod[] }
export interface EntityList { results: EntitySummary[]; more: boolean }

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function getJson<T>(path: string, params: Record<string, string | string[] | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === "") continue;
    for (const x of Array.isArray(v) ? v : [v]) if (x !== "") q.append(k, String(x));
  }
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url, { signal, headers: { accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error;
    throw new ApiFailure(res.status, e?.code ?? "http", e?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export type Loaded<T> = { state: "loading" } | { state: "error"; error: ApiFailure | Error } | { state: "ok"; data: T };

/** Fetches when `key` changes (null: nothing to fetch); stale answers are dropped. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> | null {
  const [value, setValue] = useState<Loaded<T> | null>(null);
  useEffect(() => {
    if (key === null) {
      setValue(null);
      return;
    }
    const ctl = new AbortController();
    setValue({ state: "loading" });
    load(ctl.signal).then(
      (data) => !ctl.signal.aborted && setValue({ state: "ok", data }),
      (error: Error) => !ctl.signal.aborted && setValue({ state: "error", error }),
    );
    return () => ctl.abort();
  }, [key]);
  return value;
}

/** The key the store files an entity under (its link id, else type and name). */
export function entityRef(e: { id?: string; type: string; name: string }): string {
  return e.id || `${e.type}:${e.name}`;
}

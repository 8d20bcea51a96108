// Reading endpoints: health, search, articles, entities, timeline, relations.
import type { EntitySummary, Store } from "../../store/types.js";
import { AnswerCache } from "../cache.js";
import { ApiError } from "../errors.js";
import { defineRoute, type AnyRoute } from "../route.js";
import * as S from "../schemas.js";

const notFound = (what: string, id: string, hint: string) => new ApiError(404, "not_found", `no ${what} "${id}"; ${hint}`);

function pageOfList<T>(got: T[], offset: number, limit: number): { page: T[]; more: boolean } {
  return { page: got.slice(offset, offset + limit), more: got.length > offset + limit };
}

/** One page of an async stream, read no further than one item past it. */
async function pageOf<T>(items: AsyncIterable<T>, offset: number, limit: number): Promise<{ page: T[]; more: boolean }> {
  const got: T[] = [];
  for await (const x of items) {
    got.push(x);
    if (got.length > offset + limit) break;
  }
  return pageOfList(got, offset, limit);
}

/** Searches answered from memory until the store changes (see cache.ts). */
export const SEARCH_CACHE_SIZE = 1000;

export function readRoutes(store: Store, version: string, writes: boolean, searchCacheSize = SEARCH_CACHE_SIZE): AnyRoute[] {
  const searchCache = AnswerCache.over<string>(store, searchCacheSize);
  return [
    defineRoute({
      method: "GET", path: "/api/health", tag: "meta", summary: "Is the server up", response: S.Health,
      handler: async () => ({ status: "ok" as const, version, store: store.kind, writes }),
    }),
    defineRoute({
      method: "GET", path: "/api/search", tag: "search", summary: "Full-text search over stored articles",
      description: "The same parameters as `salname search`. Snippets mark matched words with [[ ]].",
      query: S.SearchQuery, response: S.SearchResult, errors: [409],
      handler: async ({ query: { q, ...f }, reply }) => {
        const words = (q ?? "").trim().replace(/\s+/g, " ");
        const search = async () => {
          const res = await store.search(words, f);
          return { total: res.total, limit: f.limit, offset: f.offset, results: res.results };
        };
        if (!searchCache) return search();
        // kept as the JSON text sent: a repeated answer costs no serialisation either
        const { value, hit } = await searchCache.get(JSON.stringify([words, f]), async () => JSON.stringify(await search()));
        reply.header("x-cache", hit ? "hit" : "miss");
        return value;
      },
    }),
    defineRoute({
      method: "GET", path: "/api/articles/{id}", tag: "articles", summary: "An article's text with every annotation layer",
      params: S.IdParams, response: S.Article, errors: [404],
      handler: async ({ params }) => {
        const a = await store.getArticle(params.id);
        if (!a) throw notFound("article", params.id, "search with GET /api/search to find article ids");
        return a;
      },
    }),
    defineRoute({
      method: "GET", path: "/api/entities", tag: "entities", summary: "Find entities by name or alias, most mentioned first",
      query: S.EntitiesQuery, response: S.EntityList,
      handler: async ({ query: { q, limit, offset } }) => {
        // without a name: every entity, most mentioned first (the export's order)
        const { page, more } = q?.trim()
          ? pageOfList(await store.findEntities(q, offset + limit + 1), offset, limit)
          : await pageOf(store.export("entities") as AsyncIterable<EntitySummary>, offset, limit);
        return { limit, offset, more, results: page };
      },
    }),
    defineRoute({
      method: "GET", path: "/api/entities/{id}", tag: "entities", summary: "An entity: names, aliases, mentions per month, co-occurring entities, events",
      params: S.IdParams, response: S.EntityProfile, errors: [404, 409],
      handler: async ({ params }) => {
        const e = await store.entity(params.id);
        if (!e) throw notFound("entity", params.id, "look names up with GET /api/entities?q=");
        return e;
      },
    }),
    defineRoute({
      method: "GET", path: "/api/timeline", tag: "events", summary: "Events in date order, optionally between given actors",
      query: S.TimelineQuery, response: S.Timeline, errors: [409],
      handler: async ({ query: { actor, ...q } }) => {
        const t = await store.timeline({ ...q, actors: actor });
        return { total: t.total, limit: q.limit, offset: q.offset, events: t.events, actors: t.actors };
      },
    }),
    defineRoute({
      method: "GET", path: "/api/relations", tag: "events", summary: "Cooperation–conflict series of two actors per month or week",
      description: "Each period sums the Goldstein-like scores (−10..+10) of the events between the two actors; `events=true` adds the events behind each period.",
      query: S.RelationsQuery, response: S.Relations, errors: [409],
      handler: async ({ query }) => {
        const r = await store.relations(query.a, query.b, { by: query.by, from: query.from, to: query.to, events: query.events });
        const series = r.series.slice(query.offset, query.offset + query.limit);
        return { a: r.a, b: r.b, by: r.by, total: r.series.length, limit: query.limit, offset: query.offset, series };
      },
    }),
  ];
}

// Endpoints that do work on the caller's text: annotate (rate-limited, nothing stored) and ingest
// (token-protected; annotates on this thread, so batches are kept small by LIMITS.ingestArticles).
import { annotate } from "../../pipeline.js";
import { toOutput } from "../../output.js";
import { hasLanguage } from "../../lang/index.js";
import { prepareArticle } from "../../ingest/prepare.js";
import { outletOf } from "../../ingest/inputs.js";
import type { Store } from "../../store/types.js";
import { ApiError } from "../errors.js";
import { RateLimiter, type RateLimitOptions } from "../ratelimit.js";
import { defineRoute, type AnyRoute } from "../route.js";
import { requireToken } from "../security.js";
import * as S from "../schemas.js";

export const DEFAULT_ANNOTATE_RATE: RateLimitOptions = { capacity: 20, perSecond: 1 };

export function writeRoutes(store: Store, token: string | undefined, rate: RateLimitOptions = DEFAULT_ANNOTATE_RATE): AnyRoute[] {
  const limiter = new RateLimiter(rate);
  return [
    defineRoute({
      method: "POST", path: "/api/annotate", tag: "annotate", summary: "Annotate a text (nothing is stored)",
      description: `Answers the \`salname annotate\` JSON. Rate-limited per client address (${rate.capacity} at once, ${rate.perSecond}/s after).`,
      body: S.AnnotateBody, response: S.Annotated, errors: [413, 415, 429],
      guard: (req) => {
        const wait = limiter.take(req.ip);
        if (wait) throw new ApiError(429, "rate_limited", `too many annotate requests from this address; retry in ${wait} s`, { "Retry-After": String(wait) });
      },
      handler: async ({ body }) => {
        const language = body.language ?? "az";
        if (!hasLanguage(language)) throw new ApiError(400, "bad_request", `no language folder for "${language}"; annotate supports: az`);
        const doc = annotate({ id: body.id ?? "doc", text: body.text, document_date: body.date ?? null, title: body.title, language });
        return toOutput(doc);
      },
    }),
    defineRoute({
      method: "POST", path: "/api/ingest", tag: "ingest", summary: "Annotate and store articles",
      description: `Needs Authorization: Bearer <SALNAME_TOKEN>. Body: one article or {articles: [...]} (at most ${S.LIMITS.ingestArticles}).`,
      body: S.IngestBody, response: S.IngestResult, errors: [401, 403, 413, 415], write: true,
      guard: requireToken(token),
      handler: async ({ body }) => {
        const articles = "articles" in body ? body.articles : [body];
        const inputs = [];
        for (const a of articles) {
          const outlet = a.source ?? outletOf(a.url);
          inputs.push(await prepareArticle({
            doc: { id: a.id, text: a.text, title: a.title, url: a.url, document_date: a.published ?? null, language: a.language },
            source: "api", outlet,
          }));
        }
        const results = await store.putArticles(inputs);
        return {
          stored: results.filter((r) => r.status === "stored").length,
          duplicates: results.filter((r) => r.status === "duplicate").length,
          results,
        };
      },
    }),
  ];
}

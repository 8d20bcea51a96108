// The HTTP server: fastify with the shared error shape, security headers, the JSON API under
// /api, its OpenAPI document, and the web UI at /.
import Fastify, { type FastifyInstance } from "fastify";
import { readFileSync } from "node:fs";
import type { ApiOptions } from "./context.js";
import { ApiError, errorBody, errorHandler, sendError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { registerRoute } from "./route.js";
import { readRoutes } from "./routes/read.js";
import { writeRoutes } from "./routes/write.js";
import { LIMITS } from "./schemas.js";
import { securityHeaders } from "./security.js";
import { staticHandler } from "./static.js";

const PKG_VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

export function buildServer(opts: ApiOptions): FastifyInstance {
  const version = opts.version ?? PKG_VERSION;
  const app = Fastify({
    logger: opts.logger ? { level: "warn" } : false,
    bodyLimit: LIMITS.body,
    routerOptions: { maxParamLength: 400 },
    trustProxy: false,
    // malformed HTTP (e.g. raw non-ASCII in a URL) still gets the shared error shape
    clientErrorHandler: (err, socket) => {
      if (!socket.writable) return socket.destroy(err);
      const body = JSON.stringify(errorBody("bad_request", "the HTTP request is malformed; percent-encode non-ASCII characters in the URL"));
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    },
  });
  // JSON only: a text/plain body gets a clear 415 rather than a confusing type error
  app.removeContentTypeParser("text/plain");
  app.addHook("onRequest", securityHeaders);
  app.setErrorHandler(errorHandler);

  const routes = [...readRoutes(opts.store, version, !!opts.token, opts.searchCacheSize), ...writeRoutes(opts.store, opts.token, opts.annotateRate)];
  for (const r of routes) registerRoute(app, r);
  const doc = openApiDocument(routes, version);
  app.get("/api/openapi.json", async (_req, reply) => reply.type("application/json; charset=utf-8").send(doc));

  const web = staticHandler(opts.webRoot);
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split("?")[0];
    if (path === "/api" || path.startsWith("/api/")) {
      return sendError(reply, new ApiError(404, "not_found", `no endpoint ${req.method} ${path}; the list is at /api/openapi.json`));
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendError(reply, new ApiError(405, "method_not_allowed", `${req.method} is not served here`));
    }
    return web(req, reply);
  });
  return app;
}

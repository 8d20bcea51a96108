// Security headers on every answer, and the bearer-token check of write endpoints.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ApiError } from "./errors.js";

/** Scripts only from this origin; styles may be inline because the chart library styles its SVG. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export async function securityHeaders(_req: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.header("Content-Security-Policy", CSP);
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("Referrer-Policy", "no-referrer");
  reply.header("X-Frame-Options", "DENY");
  reply.header("Cross-Origin-Opener-Policy", "same-origin");
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** A guard for write endpoints: off (403) without a configured token, 401 without the right one. */
export function requireToken(token: string | undefined): (req: FastifyRequest) => void {
  const want = token ? digest(token) : undefined;
  return (req) => {
    if (!want) throw new ApiError(403, "writes_disabled", "write endpoints are off on this server; start it with SALNAME_TOKEN set to enable them");
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
    if (!m) throw new ApiError(401, "unauthorized", "this endpoint needs the header Authorization: Bearer <token> (the server's SALNAME_TOKEN)", { "WWW-Authenticate": "Bearer" });
    if (!timingSafeEqual(digest(m[1].trim()), want)) throw new ApiError(401, "unauthorized", "the bearer token is wrong", { "WWW-Authenticate": "Bearer" });
  };
}

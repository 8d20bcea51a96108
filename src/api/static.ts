// The built web UI (web/dist) at /, with a single-page fallback: any GET that is not an API call
// or a file answers index.html, so deep links into the UI work.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyReply, FastifyRequest } from "fastify";

/** web/dist beside the package (works from src/api under tsx and from dist/api). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8", ".map": "application/json",
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Salnamə</title>
<p>The web UI is not built. Run <code>npm run build</code>, then reload. The API answers at <a href="/api/health">/api/health</a>.</p>`;

async function fileIn(root: string, urlPath: string): Promise<string | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const path = resolve(root, "." + rel);
  if (path !== root && !path.startsWith(root + sep)) return null; // no way out of the web root
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

export function staticHandler(webRoot = DEFAULT_WEB_ROOT) {
  const root = resolve(webRoot);
  return async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const file = req.url === "/" ? null : await fileIn(root, req.url);
    if (file) {
      // hashed bundle names never change content: cache them for good
      const immutable = file.startsWith(join(root, "assets") + sep);
      reply.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      return reply.type(TYPES[extname(file)] ?? "application/octet-stream").send(createReadStream(file));
    }
    // a missing asset is a 404, a page path is the app
    if (/\.[a-z0-9]{1,5}$/i.test(req.url.split("?")[0]) && req.url !== "/index.html") {
      return reply.status(404).type("text/plain; charset=utf-8").send("not found");
    }
    let html: string;
    try {
      html = await readFile(join(root, "index.html"), "utf8");
    } catch {
      html = NOT_BUILT;
    }
    return reply.header("Cache-Control", "no-cache").type(TYPES[".html"]).send(html);
  };
}

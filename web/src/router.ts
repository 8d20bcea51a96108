// Hash routing: #/page/arg?key=value. Works from any path the server answers with index.html.
import { useEffect, useState } from "preact/hooks";

export interface Route {
  page: string;
  arg?: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, "");
  const [path, query = ""] = h.split("?", 2);
  const [page, ...rest] = path.split("/");
  const arg = rest.length ? decodeURIComponent(rest.join("/")) : undefined;
  return { page: page || "search", arg, params: new URLSearchParams(query) };
}

/** A link target: href("entity", "LOC:Rusiya") or href("search", undefined, {q: "x"}). */
export function href(page: string, arg?: string, params?: Record<string, string | string[] | number | undefined>): string {
  let h = `#/${page}`;
  if (arg !== undefined) h += `/${encodeURIComponent(arg)}`;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined || v === "") continue;
    for (const x of Array.isArray(v) ? v : [v]) if (x !== "") q.append(k, String(x));
  }
  const s = q.toString();
  return s ? `${h}?${s}` : h;
}

export function navigate(target: string): void {
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = target;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return route;
}

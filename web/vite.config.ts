// The web UI build: `vite build web` (root: web/) writes web/dist, which `salname serve` serves at /.
// Preact's JSX is compiled by Vite's own transform (Oxc, Vite 8) with the automatic runtime from
// preact/jsx-runtime; no Preact plugin (its babel and HMR helpers: see docs/performance.md, Stop 24). The
// web code imports preact, never react, so no react -> preact/compat aliases are needed. Without
// prefresh, `vite web` (npm run dev:web) reloads the page when a component changes instead of
// hot-swapping it.
import { defineConfig } from "vite";

export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  optimizeDeps: { include: ["preact", "preact/hooks", "preact/jsx-runtime", "preact/jsx-dev-runtime"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // one small chunk for the app; the chart library is loaded on the pages that draw charts
    chunkSizeWarningLimit: 600,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});

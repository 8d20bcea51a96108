// Bundles the `salname` command into dist/cli-bundle/ (run by `npm run build` after tsc; bin/salname.js runs it).
// Node's ESM loader resolved, read and compiled ~200 files of dist/ one by one on every start; a handful of
// chunks start sooner (docs/performance.md, stop 24). Code splitting keeps src/cli/main.ts's lazy commands lazy:
// each command's code is its own chunk, loaded only when that command runs. npm packages stay external.
// Two entry points: main.js (the CLI) and worker.js (the annotation thread src/ingest/pool.ts starts by
// the URL ./worker.js next to its own chunk). All files sit directly in dist/cli-bundle/, two levels below the
// package root as dist/cli/*.js are, so paths computed from import.meta.url ("../../package.json") hold.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/cli-bundle`;
rmSync(outdir, { recursive: true, force: true }); // chunk names carry hashes: drop the previous build's
await build({
  absWorkingDir: root,
  entryPoints: { main: "src/cli/main.ts", worker: "src/ingest/worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunk-[hash]",
  legalComments: "none",
  logLevel: "warning",
});

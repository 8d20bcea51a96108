// Runs every test/**/*.test.ts with node's test runner (Node 20's --test takes no globs).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

function find(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? find(p) : f.endsWith(".test.ts") ? [p] : [];
  });
}

const only = process.argv.slice(2);
const files = only.length ? only : find("test").sort();
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);

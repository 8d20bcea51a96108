// kill -9 in the middle of an ingest: no partial article, a consistent database, and a re-run
// that completes the batch with every article stored exactly once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { syntheticJsonl } from "./store/synthetic.js";

const CLI = ["--import", "tsx", new URL("./store/run-cli.ts", import.meta.url).pathname];

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, timeout: 2000 });
    try {
      return (c.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created yet
  }
}

test("ingest survives kill -9 and a re-run completes it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "salname-crash-"));
  try {
    const N = 300;
    const input = join(dir, "in.jsonl");
    writeFileSync(input, syntheticJsonl(N));
    const db = join(dir, "c.db");
    const args = [...CLI, "ingest", input, "--db", db, "--workers", "0", "--batch", "8", "--json"];
    const child = spawn(process.execPath, args, { stdio: "ignore" });
    const exited = new Promise<void>((res) => child.on("exit", () => res()));
    let seen = 0;
    for (let i = 0; i < 600 && seen < 16; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = count(db);
    }
    child.kill("SIGKILL");
    await exited;
    const mid = count(db);
    assert.ok(mid > 0 && mid < N, `killed mid-way (stored ${mid} of ${N})`);
    assert.equal(mid % 8, 0, "whole batches only");

    const rerun = spawnSync(process.execPath, args, { encoding: "utf8" });
    assert.equal(rerun.status, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout);
    assert.equal(summary.stored + summary.duplicates, N);
    assert.equal(summary.duplicates, mid);

    const c = new Database(db, { readonly: true });
    try {
      assert.equal((c.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
      assert.equal((c.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n, N);
      assert.equal((c.prepare("SELECT count(DISTINCT id) AS n FROM articles").get() as { n: number }).n, N);
      // every article has its search row
      assert.equal((c.prepare("SELECT count(*) AS n FROM article_fts").get() as { n: number }).n, N);
      assert.equal((c.prepare("SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH '\"299\"'").get() as { n: number }).n, 1);
    } finally {
      c.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { openStore } from "../src/store/index.js";
import { storeContract } from "./store/contract.js";

const dir = mkdtempSync(join(tmpdir(), "salname-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
storeContract("sqlite", () => openStore(join(dir, `t${n++}.db`)));

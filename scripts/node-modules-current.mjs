// Exits 0 when node_modules holds exactly the packages pinned by package-lock.json, 1 when `npm ci` is needed.
// Compares versions, not file times, so it holds in a fresh clone (where every file has the clone's time).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => {
  try {
    return JSON.parse(readFileSync(join(root, path), "utf8")).packages ?? {};
  } catch {
    return null;
  }
};

const wanted = read("package-lock.json");
const installed = read("node_modules/.package-lock.json");
if (wanted === null || installed === null) {
  process.exit(1);
}

for (const [path, entry] of Object.entries(wanted)) {
  if (path === "" || entry.optional) {
    continue; // the project itself; optional packages may be skipped on this platform
  }
  if (installed[path]?.version !== entry.version) {
    console.error(`${path} is ${installed[path]?.version ?? "missing"}, package-lock.json pins ${entry.version}`);
    process.exit(1);
  }
}

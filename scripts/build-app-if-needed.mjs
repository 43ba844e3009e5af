// `npm start` runs this first: it builds the web app only when a source is newer than the last build,
// so a fresh clone builds once and later starts cost nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// WEB_DIST_DIR, which the server also reads, lets one checkout keep a private build beside the default.
const outDir = path.resolve(root, process.env.WEB_DIST_DIR ?? 'dist/app');
const builtIndex = path.join(outDir, 'index.html');

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const sources = ['app', 'domain', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.join(root, p),
);
const builtAt = fs.statSync(builtIndex, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (builtAt > 0 && Math.max(...sources.map(newestMtime)) <= builtAt) process.exit(0);

console.log(
  builtAt ? 'Web app sources changed: rebuilding…' : 'Building the web app (first start only)…',
);
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--logLevel',
    'warn',
    '--outDir',
    outDir,
    '--emptyOutDir',
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);

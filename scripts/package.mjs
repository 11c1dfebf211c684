// Zips the two builds for the stores: dist/sina-clean-chrome.zip and dist/sina-clean-firefox.zip,
// each with manifest.json at the zip's root (what both stores expect). Run after `npm run build`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

function files(dir, root = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, root, out);
    else out[relative(root, path).split('\\').join('/')] = readFileSync(path);
  }
  return out;
}

for (const browser of ['chrome', 'firefox']) {
  const dir = join('dist', browser);
  const entries = files(dir);
  if (!entries['manifest.json']) throw new Error(`${dir} has no manifest.json: run npm run build first`);
  // A fixed date keeps the zip byte-identical for identical builds.
  const zip = zipSync(entries, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') });
  const out = join('dist', `sina-clean-${browser}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}  ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(entries).length} files`);
}

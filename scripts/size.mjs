// The size budget, for CI after `npm run build`: what the extension loads into an ordinary Sina
// article page (the manifest's content scripts and their static imports) must stay within 12 KB
// gzipped. Chunks loaded on demand (the panel) are listed but not counted. Deterministic: no browser.
//   node scripts/size.mjs [dist/chrome] [--json]
import { resolve } from 'node:path';
import { BUDGET, extensionSizes, kb, sizeLines } from './bench/sizes.mjs';

const dist = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const sizes = await extensionSizes(dist ? resolve(dist) : undefined);
if (sizes.error) {
  console.error(`size: ${sizes.error}`);
  process.exit(2);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
else for (const line of sizeLines(sizes)) console.log(line);
if (sizes.eagerGzip > BUDGET) {
  console.error(
    `size: over budget by ${sizes.eagerGzip - BUDGET} bytes (${kb(sizes.eagerGzip)} > ${kb(BUDGET)} gzipped)`,
  );
  process.exit(1);
}
console.log(`size: ok, ${kb(sizes.eagerGzip)} ≤ ${kb(BUDGET)} gzipped`);

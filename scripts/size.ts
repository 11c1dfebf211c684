// The size budget, for CI after `npm run build`: what the extension loads into an ordinary Sina
// article page (the manifest's content scripts and their static imports) stays within 12 KB gzipped,
// and the panel and analysis chunks loaded on demand are reported against their 20 KB target.
// Deterministic: no browser.
//   npm run size [-- dist/chrome] [-- --json]
import { resolve } from 'node:path';
import { extensionSizes, kb, lazyNote, overBudget, sizeLines } from './lib/size';

const dist = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const sizes = await extensionSizes(dist ? resolve(dist) : undefined).catch((error: Error) => {
  console.error(`size: ${error.message}`);
  process.exit(2);
});
if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
else for (const line of sizeLines(sizes)) console.log(line);
const over = overBudget(sizes);
if (over.length) {
  console.error(`size: over budget: ${over.join('; ')}`);
  process.exit(1);
}
console.log(`size: ok, page scripts ${kb(sizes.eagerGzip)} gzipped; ${lazyNote(sizes)}`);

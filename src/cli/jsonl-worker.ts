// The worker thread of `extract --jsonl` (see pool.ts): a page's file in, its line out.
import { parentPort, workerData } from 'node:worker_threads';
import type { JsonlOptions } from './line';
import { pageLine } from './page-line';
import type { PageAsked, PageDone } from './pool';
import { readPage } from './read';

const options = workerData as JsonlOptions;
parentPort?.on('message', async ({ file }: PageAsked) => {
  parentPort?.postMessage((await pageLine(file, options, readPage)) satisfies PageDone);
});

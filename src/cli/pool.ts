// The threads of `extract --jsonl` with several jobs: the main thread extracts pages itself, and
// worker threads (each with its own DOM) extract the others, so that a run uses every core and pays for
// one thread fewer to start (a worker loads the extraction and warms up from cold: more than a page's
// work). A worker is given a second page while it works on one, so that it never waits for the main
// thread to hand it the next. A worker that dies (a page that exhausts its memory) costs its page an
// error line; a fresh worker takes its place and the pages queued behind it go on.
import { Worker } from 'node:worker_threads';
import { errorLine, type JsonlOptions, type PageLine } from './line';

/** What the main thread sends a worker, and what comes back (in the order asked). */
export interface PageAsked {
  file: string;
}
export type PageDone = PageLine;

interface Task {
  file: string;
  done(line: PageLine): void;
}

/** Pages a worker holds at once: the one it works on and the next. */
const PER_WORKER = 2;

export class Pool {
  /** Each worker's pages, oldest (the one under way) first. */
  private readonly workers = new Map<Worker, Task[]>();
  private readonly waiting: Task[] = [];
  private localBusy = false;
  private closed = false;

  /**
   * `workers` threads run `script`; `local`, where given, extracts pages on this thread too, one at a
   * time, between the workers' messages.
   */
  constructor(
    private readonly script: URL,
    workers: number,
    private readonly options: JsonlOptions,
    private readonly local?: (file: string) => Promise<PageLine>,
  ) {
    for (let i = 0; i < workers; i++) this.workers.set(this.start(), []);
  }

  lineOf(file: string): Promise<PageLine> {
    return new Promise((done) => {
      this.waiting.push({ file, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers.keys()].map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: this.options });
    worker.on('message', (line: PageDone) => this.finish(worker, line));
    worker.on('error', (error) => this.replace(worker, error.message));
    worker.on('exit', (code) => this.replace(worker, `the worker stopped (exit ${code})`));
    return worker;
  }

  private dispatch(): void {
    // Workers first, up to their depth: they run while this thread extracts.
    for (let depth = 1; depth <= PER_WORKER; depth++) {
      for (const [worker, tasks] of this.workers) {
        if (!this.waiting.length) return;
        if (tasks.length >= depth) continue;
        const task = this.waiting.shift() as Task;
        tasks.push(task);
        worker.postMessage({ file: task.file } satisfies PageAsked);
      }
    }
    if (this.local && !this.localBusy && this.waiting.length) this.runLocal(this.local);
  }

  private runLocal(local: (file: string) => Promise<PageLine>): void {
    this.localBusy = true;
    const task = this.waiting.shift() as Task;
    // Started after the events already queued (workers' lines), so that they get their next pages first.
    setImmediate(async () => {
      const line = await local(task.file);
      this.localBusy = false;
      task.done(line);
      this.dispatch();
    });
  }

  private finish(worker: Worker, line: PageLine): void {
    const task = this.workers.get(worker)?.shift();
    task?.done(line);
    this.dispatch();
  }

  private replace(worker: Worker, why: string): void {
    if (this.closed) return;
    const tasks = this.workers.get(worker);
    if (!tasks) return; // already replaced ('error' is followed by 'exit')
    this.workers.delete(worker);
    const [failed, ...queued] = tasks;
    failed?.done(errorLine(failed.file, `extraction failed: ${why}`));
    this.waiting.unshift(...queued);
    this.workers.set(this.start(), []);
    this.dispatch();
  }
}

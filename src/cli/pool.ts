// Worker threads for `extract --jsonl`: each holds its own DOM and extracts one page at a time, so that
// a run uses every core. A worker that dies (a page that exhausts its memory) costs that page an error
// line, and a fresh worker takes its place.
import { Worker } from 'node:worker_threads';
import { errorLine, type JsonlOptions, type PageLine } from './line';

/** What the main thread sends a worker, and what comes back. */
export interface PageAsked {
  file: string;
}
export type PageDone = PageLine;

interface Task {
  file: string;
  done(line: PageLine): void;
}

export class Pool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];
  private closed = false;

  constructor(
    private readonly script: URL,
    size: number,
    private readonly options: JsonlOptions,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.start());
  }

  lineOf(file: string): Promise<PageLine> {
    return new Promise((done) => {
      this.waiting.push({ file, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = new Worker(this.script, { workerData: this.options });
    worker.on('message', (line: PageDone) => this.finish(worker, line));
    worker.on('error', (error) => this.replace(worker, error.message));
    worker.on('exit', (code) => this.replace(worker, `the worker stopped (exit ${code})`));
    return worker;
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop() as Worker;
      const task = this.waiting.shift() as Task;
      this.busy.set(worker, task);
      worker.postMessage({ file: task.file } satisfies PageAsked);
    }
  }

  private finish(worker: Worker, line: PageLine): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    task?.done(line);
    this.dispatch();
  }

  private replace(worker: Worker, why: string): void {
    if (this.closed) return;
    const task = this.busy.get(worker);
    const wasIdle = this.idle.indexOf(worker);
    if (!task && wasIdle < 0) return; // already replaced ('error' is followed by 'exit')
    this.busy.delete(worker);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    task?.done(errorLine(task.file, `extraction failed: ${why}`));
    this.idle.push(this.start());
    this.dispatch();
  }
}

// The extract command's arguments: one table of options, so that adding one is adding a row.

export interface ExtractArgs {
  files: string[];
  url: string | null;
  /** YYYY-MM-DD, or null for today in Beijing. */
  accessed: string | null;
  /** Several pages, one JSON object per line. */
  jsonl: boolean;
  /** Add the provenance of each document field and what each rule removed. */
  explain: boolean;
  /** Pages extracted at once with --jsonl; null for one per idle core. */
  jobs: number | null;
}

/** A mistake in the command line: the message is printed with the usage, exit status 2. */
export class UsageError extends Error {}

interface OptionSpec {
  name: string;
  /** The value's placeholder, for options that take one. */
  value?: string;
  help: string;
  apply(args: ExtractArgs, value: string): void;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists: 2026-02-30 is refused, not rolled over into March. */
function isDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: '--url',
    value: 'URL',
    help: "the page's address, where the file does not carry it",
    apply: (args, value) => {
      args.url = value;
    },
  },
  {
    name: '--accessed',
    value: 'YYYY-MM-DD',
    help: 'the access date citations carry (default: today in Beijing)',
    apply: (args, value) => {
      if (!isDate(value)) throw new UsageError(`--accessed needs a date as YYYY-MM-DD, not ${value}`);
      args.accessed = value;
    },
  },
  {
    name: '--explain',
    help: 'also say where each document field came from and what each rule removed',
    apply: (args) => {
      args.explain = true;
    },
  },
  {
    name: '--jsonl',
    help: 'several pages in one run, one JSON object per line',
    apply: (args) => {
      args.jsonl = true;
    },
  },
  {
    name: '--jobs',
    value: 'N',
    help: 'with --jsonl, pages extracted at once (default: one per idle core)',
    apply: (args, value) => {
      if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs needs a whole number from 1, not ${value}`);
      args.jobs = Number(value);
    },
  },
];

export const USAGE = `usage: extract PAGE.html [--url URL] [--accessed YYYY-MM-DD] [--explain]
       extract --jsonl PAGE.html… [--accessed YYYY-MM-DD] [--jobs N]
${OPTIONS.map((o) => `  ${`${o.name}${o.value ? ` ${o.value}` : ''}`.padEnd(26)}${o.help}`).join('\n')}`;

export function parseArgs(argv: readonly string[]): ExtractArgs {
  const args: ExtractArgs = {
    files: [],
    url: null,
    accessed: null,
    jsonl: false,
    explain: false,
    jobs: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      args.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const spec = OPTIONS.find((o) => o.name === name);
    if (!spec) throw new UsageError(`unknown option ${arg}`);
    if (!spec.value) {
      if (eq >= 0) throw new UsageError(`${name} takes no value`);
      spec.apply(args, '');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs ${spec.value}`);
    spec.apply(args, value);
  }
  if (!args.files.length) throw new UsageError('no page given');
  if (!args.jsonl && args.files.length > 1) throw new UsageError('several pages need --jsonl');
  if (args.jobs !== null && !args.jsonl) throw new UsageError('--jobs goes with --jsonl');
  if (args.url !== null && args.files.length > 1) throw new UsageError('--url names the address of one page');
  return args;
}

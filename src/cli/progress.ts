// A one-line progress bar for standard error, redrawn in place; only ever used on a terminal.

const WIDTH = 30;

export function progressLine(done: number, total: number, file: string, columns = 80): string {
  const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
  const head = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} `;
  const room = Math.max(0, columns - head.length - 1);
  const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
  return `\r${head}${name}\x1b[K`;
}

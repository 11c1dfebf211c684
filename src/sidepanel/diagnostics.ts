// 复制诊断信息 in the side panel: the tab's content script gathers the diagnostics (only it sees the
// page) and sends the text back over the port; the side panel, which has the focus, copies it.
import { isDiagnosticsToPanel } from '../common/detector-messages';

/** The tab gets this long to answer; a page still loading, or gone, does not. */
const ANSWER_MS = 5000;

let waiting: ((text: string) => void) | null = null;

/** Ask the tab (through `ask`, which posts on the port) for the diagnostics text. */
export function askDiagnostics(ask: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the page did not answer')), ANSWER_MS);
    waiting = (text) => {
      clearTimeout(timer);
      resolve(text);
    };
    ask();
  });
}

/** A message on the port: the diagnostics asked for? Returns whether it was (and delivers it). */
export function heardDiagnostics(message: unknown): boolean {
  if (!isDiagnosticsToPanel(message)) return false;
  waiting?.(message.text);
  waiting = null;
  return true;
}

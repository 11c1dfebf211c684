// The validators of the messages that correct the detector and ask for diagnostics (their types are
// in messages.ts). Apart from messages.ts because the page script carries messages.ts on every page
// and its budget has no room: these run in the content script's lazy half, the side panel and the
// background only, after a reader's click.
import type { DetectorFromPanel, DiagnosticsToPanel } from './messages';
import type { Correction } from './model';

/** Every correction, as a table so that one left out is a type error. */
const CORRECTIONS: Record<Correction, true> = {
  'clean-anyway': true,
  'stop-cleaning': true,
  'document-on': true,
  'document-off': true,
  'document-auto': true,
  undo: true,
};

export const isCorrection = (value: unknown): value is Correction =>
  typeof value === 'string' && Object.hasOwn(CORRECTIONS, value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** side panel or background → content script: a correction, or (side panel) a request for the diagnostics. */
export function isDetectorFromPanel(value: unknown): value is DetectorFromPanel {
  if (!isObject(value)) return false;
  if (value.type === 'sina-clean/diagnose') return true;
  return value.type === 'sina-clean/correct' && isCorrection(value.correction);
}

/** content script → side panel: the diagnostics text. */
export function isDiagnosticsToPanel(value: unknown): value is DiagnosticsToPanel {
  return isObject(value) && value.type === 'sina-clean/diagnostics' && typeof value.text === 'string';
}

// The validators of the messages that correct the detector and carry the diagnostics: only exactly
// these shapes pass, and none of them passes the page script's own validators (or the reverse).
import { describe, expect, it } from 'vitest';
import { isCorrection, isDetectorFromPanel, isDiagnosticsToPanel } from '../../src/common/detector-messages';
import { isCopyRequest, isFromPanel } from '../../src/common/messages';
import { isToPanel } from '../../src/common/panel-receives';

const ALL = [isDetectorFromPanel, isDiagnosticsToPanel, isCopyRequest, isFromPanel, isToPanel];

describe('detector messages', () => {
  it.each<[unknown, (value: unknown) => boolean]>([
    [{ type: 'sina-clean/correct', correction: 'clean-anyway' }, isDetectorFromPanel],
    [{ type: 'sina-clean/correct', correction: 'stop-cleaning' }, isDetectorFromPanel],
    [{ type: 'sina-clean/correct', correction: 'document-on' }, isDetectorFromPanel],
    [{ type: 'sina-clean/correct', correction: 'document-off' }, isDetectorFromPanel],
    [{ type: 'sina-clean/correct', correction: 'document-auto' }, isDetectorFromPanel],
    [{ type: 'sina-clean/diagnose' }, isDetectorFromPanel],
    [{ type: 'sina-clean/diagnostics', text: 'address: https://finance.sina.com.cn/' }, isDiagnosticsToPanel],
  ])('%j is accepted by its own validator only', (message, own) => {
    expect(ALL.filter((check) => check(message))).toEqual([own]);
  });

  it.each([
    ['null', null],
    ['a correction without one', { type: 'sina-clean/correct' }],
    ['an unknown correction', { type: 'sina-clean/correct', correction: 'delete-page' }],
    ['a correction named by a prototype key', { type: 'sina-clean/correct', correction: 'toString' }],
    ['a correction that is not a string', { type: 'sina-clean/correct', correction: ['clean-anyway'] }],
    ['diagnostics without text', { type: 'sina-clean/diagnostics' }],
    ['diagnostics whose text is not a string', { type: 'sina-clean/diagnostics', text: { html: '<b>' } }],
  ])('refuses %s', (_, message) => {
    expect(ALL.filter((check) => check(message))).toEqual([]);
  });

  it('knows exactly the six corrections', () => {
    const known = ['clean-anyway', 'stop-cleaning', 'document-on', 'document-off', 'document-auto', 'undo'];
    expect(known.every(isCorrection)).toBe(true);
    expect(['constructor', '__proto__', '', 'CLEAN-ANYWAY'].some(isCorrection)).toBe(false);
  });
});

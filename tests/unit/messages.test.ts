// The message validators: every receiver runs its own before trusting a message, so anything that is
// not exactly one of the messages it may receive (a page's look-alike, a truncated or retyped field,
// a message meant for another direction) is refused.
import { describe, expect, it } from 'vitest';
import { isCommandRequest, isCopyRequest, isCopyTextRequest, isFromPanel } from '../../src/common/messages';
import { isCopyTextReply, isToPanel } from '../../src/common/panel-receives';

/** A value is a message if the validator of its direction accepts it. */
const RECEIVERS = [isCopyRequest, isCopyTextRequest, isCommandRequest, isFromPanel, isToPanel];
const isMessage = (value: unknown) => RECEIVERS.some((check) => check(value));

const MODEL = { status: 'ready', result: null, cleaned: true, error: null };

describe('the validators', () => {
  it('accept each message in its own direction only', () => {
    const cases: [unknown, (value: unknown) => boolean][] = [
      [{ type: 'sina-clean/copy', format: 'text' }, isCopyRequest],
      [{ type: 'sina-clean/copy', format: 'default' }, isCopyRequest],
      [{ type: 'sina-clean/copy', format: 'selection' }, isCopyRequest],
      [{ type: 'sina-clean/copy', format: 'citation' }, isCopyRequest],
      [{ type: 'sina-clean/copy-text', format: 'markdown' }, isCopyTextRequest],
      [{ type: 'sina-clean/copy-text', format: 'default' }, isCopyTextRequest],
      [{ type: 'sina-clean/command', command: 'open-panel' }, isCommandRequest],
      [{ type: 'sina-clean/command', command: 'toggle-original' }, isCommandRequest],
      [{ type: 'sina-clean/toggle-original' }, isFromPanel],
      [{ type: 'sina-clean/jump', block: 0 }, isFromPanel],
      [{ type: 'sina-clean/model', model: MODEL }, isToPanel],
    ];
    for (const [message, own] of cases) {
      const accepting = RECEIVERS.filter((check) => check(message));
      expect(accepting, JSON.stringify(message)).toEqual([own]);
    }
  });

  it.each([
    ['null', null],
    ['a string', 'sina-clean/toggle-original'],
    ['an array', [{ type: 'sina-clean/toggle-original' }]],
    ['no type', { format: 'text' }],
    ['a type that is not a string', { type: ['sina-clean/toggle-original'] }],
    ['an unknown type', { type: 'sina-clean/run-script', code: 'alert(1)' }],
    ['a type without our namespace', { type: 'toggle-original' }],
    ['copy without a format', { type: 'sina-clean/copy' }],
    ['copy in an unknown format', { type: 'sina-clean/copy', format: 'html' }],
    [
      'copy with a non-string format',
      { type: 'sina-clean/copy', format: { toString: (): string => 'text' } },
    ],
    [
      'copy-text of a selection (the side panel holds none)',
      { type: 'sina-clean/copy-text', format: 'selection' },
    ],
    ['copy-text in an unknown format', { type: 'sina-clean/copy-text', format: 'html' }],
    ['a command without a name', { type: 'sina-clean/command' }],
    ['a command the manifest does not have', { type: 'sina-clean/command', command: 'copy-text' }],
    ['a browser command passed on', { type: 'sina-clean/command', command: '_execute_action' }],
    ['a command named by a non-string', { type: 'sina-clean/command', command: ['open-panel'] }],
    ['a command without our namespace', { type: 'command', command: 'open-panel' }],
    ['jump to a string', { type: 'sina-clean/jump', block: '3' }],
    ['jump to a negative block', { type: 'sina-clean/jump', block: -1 }],
    ['jump to a fraction', { type: 'sina-clean/jump', block: 1.5 }],
    ['jump to NaN', { type: 'sina-clean/jump', block: Number.NaN }],
    ['jump to Infinity', { type: 'sina-clean/jump', block: Number.POSITIVE_INFINITY }],
    ['a model message without a model', { type: 'sina-clean/model' }],
    ['a model with an unknown status', { type: 'sina-clean/model', model: { ...MODEL, status: 'pwned' } }],
    ['a model whose result is a string', { type: 'sina-clean/model', model: { ...MODEL, result: '<img>' } }],
    ['a model whose error is not text', { type: 'sina-clean/model', model: { ...MODEL, error: {} } }],
    [
      'a model without `cleaned`',
      { type: 'sina-clean/model', model: { status: 'ready', result: null, error: null } },
    ],
  ])('refuses %s', (_name, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('the copy-text reply', () => {
  it('is text or a reason, nothing else', () => {
    expect(isCopyTextReply({ ok: true, text: '正文' })).toBe(true);
    expect(isCopyTextReply({ ok: false, error: 'refused' })).toBe(true);
    for (const bad of [null, { ok: true }, { ok: true, text: 3 }, { ok: false }, { ok: 'yes', text: '' }])
      expect(isCopyTextReply(bad), JSON.stringify(bad)).toBe(false);
  });
});

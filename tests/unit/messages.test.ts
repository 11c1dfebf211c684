// The message validators: every receiver runs its own before trusting a message, so anything that is
// not exactly one of the messages it may receive (a page's look-alike, a truncated or retyped field,
// a message meant for another direction) is refused.
import { describe, expect, it } from 'vitest';
import { isCopyRequest, isFromPanel } from '../../src/common/messages';
import { isToPanel } from '../../src/sidepanel/to-panel';

/** A value is a message if the validator of its direction accepts it. */
const isMessage = (value: unknown) => isCopyRequest(value) || isFromPanel(value) || isToPanel(value);

const MODEL = { status: 'ready', result: null, cleaned: true, error: null };

describe('the validators', () => {
  it('accept each message in its own direction only', () => {
    const cases: [unknown, (value: unknown) => boolean][] = [
      [{ type: 'sina-clean/copy', format: 'text' }, isCopyRequest],
      [{ type: 'sina-clean/copy', format: 'default' }, isCopyRequest],
      [{ type: 'sina-clean/copy', format: 'selection' }, isCopyRequest],
      [{ type: 'sina-clean/copy', format: 'citation' }, isCopyRequest],
      [{ type: 'sina-clean/toggle-original' }, isFromPanel],
      [{ type: 'sina-clean/jump', block: 0 }, isFromPanel],
      [{ type: 'sina-clean/model', model: MODEL }, isToPanel],
    ];
    for (const [message, own] of cases) {
      const accepting = [isCopyRequest, isFromPanel, isToPanel].filter((check) => check(message));
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

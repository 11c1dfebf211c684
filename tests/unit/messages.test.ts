// The message validator: every receiver runs it before trusting a message, so anything that is not
// exactly one of our messages (a page's look-alike, a truncated or retyped field) is refused.
import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/common/messages';

const MODEL = { status: 'ready', result: null, cleaned: true, error: null };

describe('isMessage', () => {
  it('accepts each message of the union', () => {
    for (const message of [
      { type: 'sina-clean/get-model' },
      { type: 'sina-clean/toggle-original' },
      { type: 'sina-clean/model-changed', model: MODEL },
      { type: 'sina-clean/copy', format: 'text' },
      { type: 'sina-clean/copy', format: 'default' },
      { type: 'sina-clean/jump', block: 0 },
    ])
      expect(isMessage(message), JSON.stringify(message)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'sina-clean/get-model'],
    ['an array', [{ type: 'sina-clean/get-model' }]],
    ['no type', { format: 'text' }],
    ['a type that is not a string', { type: ['sina-clean/get-model'] }],
    ['an unknown type', { type: 'sina-clean/run-script', code: 'alert(1)' }],
    ['a type without our namespace', { type: 'get-model' }],
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
    ['model-changed without a model', { type: 'sina-clean/model-changed' }],
    [
      'a model with an unknown status',
      { type: 'sina-clean/model-changed', model: { ...MODEL, status: 'pwned' } },
    ],
    [
      'a model whose result is a string',
      { type: 'sina-clean/model-changed', model: { ...MODEL, result: '<img>' } },
    ],
    ['a model whose error is not text', { type: 'sina-clean/model-changed', model: { ...MODEL, error: {} } }],
    [
      'a model without `cleaned`',
      { type: 'sina-clean/model-changed', model: { status: 'ready', result: null, error: null } },
    ],
  ])('refuses %s', (_name, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

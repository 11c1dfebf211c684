// The reader's own rules in the settings: read leniently from storage; exported and imported as
// JSON, all or nothing, without duplicates, with a reason for a refused file.
import { describe, expect, it } from 'vitest';
import { userRules } from '../../src/common/settings';
import { EXPORT_FORMAT, exportRules, importRules, mergeRules } from '../../src/common/user-rules';
import type { UserRule } from '../../src/core/types';

const AD: UserRule = { site: 'finance.sina.com.cn', selector: '.side-ad', on: true };
const BANNER: UserRule = { site: 'news.sina.com.cn', selector: '#top-banner', on: false };
const anySelector = () => true;

describe('userRules (the settings parser)', () => {
  it('keeps well-formed rules and defaults `on` to true', () => {
    expect(userRules([AD, BANNER, { site: 'k.sina.cn', selector: '.x' }])).toEqual([
      AD,
      BANNER,
      { site: 'k.sina.cn', selector: '.x', on: true },
    ]);
  });

  it('drops what is not a rule, and reads anything else as no rules', () => {
    expect(userRules([AD, null, 'x', { site: 1, selector: '.a' }, { site: 'a.sina.cn' }, [AD]])).toEqual([
      AD,
    ]);
    expect(userRules({ rules: [AD] })).toEqual([]);
    expect(userRules(undefined)).toEqual([]);
  });

  it('keeps only the fields of a rule', () => {
    expect(userRules([{ ...AD, extra: '<b>' }])).toEqual([AD]);
  });
});

describe('export and import', () => {
  it('round-trips: what is exported imports as the same rules', () => {
    const text = exportRules([AD, BANNER]);
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
    expect(importRules(text, [], anySelector)).toEqual({
      ok: true,
      rules: [AD, BANNER],
      added: 2,
      duplicates: 0,
    });
  });

  it('adds no duplicate: a rule already there, or twice in the file, counts as a duplicate', () => {
    const text = exportRules([AD, BANNER, BANNER]);
    expect(importRules(text, [{ ...AD, on: false }], anySelector)).toEqual({
      ok: true,
      rules: [{ ...AD, on: false }, BANNER],
      added: 1,
      duplicates: 2,
    });
  });

  it('refuses text that is not JSON, or JSON that is not our export', () => {
    expect(importRules('{rules: [', [], anySelector)).toEqual({ ok: false, error: { reason: 'json' } });
    expect(importRules(JSON.stringify([AD]), [], anySelector)).toEqual({
      ok: false,
      error: { reason: 'format' },
    });
    expect(importRules(JSON.stringify({ format: 'other', rules: [AD] }), [], anySelector)).toMatchObject({
      ok: false,
    });
  });

  it('names the first bad entry: a site that is not Sina’s, a selector that is unsafe or unreadable', () => {
    const file = (rules: unknown[]) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, rules });
    expect(importRules(file([AD, { site: 'example.com', selector: '.a' }]), [], anySelector)).toEqual({
      ok: false,
      error: { reason: 'site', entry: 1 },
    });
    expect(
      importRules(file([{ site: 'sina.cn', selector: '.a{}body{display:none' }]), [], anySelector),
    ).toEqual({
      ok: false,
      error: { reason: 'selector', entry: 0 },
    });
    expect(importRules(file([AD]), [], (selector) => selector !== '.side-ad')).toEqual({
      ok: false,
      error: { reason: 'selector', entry: 0 },
    });
  });

  it('mergeRules keeps the first of two equal rules', () => {
    expect(mergeRules([AD], [{ ...AD, on: false }, BANNER])).toEqual([AD, BANNER]);
  });
});

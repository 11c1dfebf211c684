// The options page's list of the reader's own rules: per site, switched off and deleted (each change
// saved to storage.sync at once), imported from JSON without duplicates, a bad file refused whole.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { UserRule } from '../../src/core/types';

// storage.sync and i18n as the extension's pages see them; installed before the modules load.
const store = await vi.hoisted(async () => (await import('../helpers/fake-browser')).installFakeBrowser());
vi.mock('../../src/common/browser', () => ({ browser: store.api }));

const { exportRules } = await import('../../src/common/user-rules');
const { optionsPage } = await import('../helpers/options-page');

const AD: UserRule = { site: 'finance.sina.com.cn', selector: '.side-ad', on: true };
const BANNER: UserRule = { site: 'news.sina.com.cn', selector: '#top-banner', on: true };

const options = optionsPage(store.data);
let host: HTMLElement;

async function mountOptions(rules: UserRule[]): Promise<void> {
  store.data.userRules = rules;
  host = await options.mount();
}

const sites = () =>
  [...host.querySelectorAll('fieldset.user-site legend')].map((legend) => legend.textContent);
const button = (name: string) => {
  const found = [...host.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
async function importText(text: string): Promise<string> {
  const area = host.querySelector<HTMLTextAreaElement>('#import-json');
  if (!area) throw new Error('no import box');
  await act(async () => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    button('optionsImport').click();
  });
  return host.querySelector('.user-rules-said')?.textContent ?? '';
}

describe('the user rules in the options page', () => {
  it('lists the rules under their sites', async () => {
    await mountOptions([BANNER, AD]);
    expect(sites()).toEqual(['finance.sina.com.cn', 'news.sina.com.cn']);
    expect(host.textContent).toContain('.side-ad');
  });

  it('switches a rule off and deletes one, saving each change', async () => {
    await mountOptions([AD, BANNER]);
    const box = host.querySelector<HTMLInputElement>('input[aria-label="finance.sina.com.cn .side-ad"]');
    await act(async () => {
      box?.click();
    });
    expect(store.data.userRules).toEqual([{ ...AD, on: false }, BANNER]);
    await act(async () => {
      button('optionsDelete #top-banner').click();
    });
    expect(store.data.userRules).toEqual([{ ...AD, on: false }]);
    expect(sites()).toEqual(['finance.sina.com.cn']);
  });

  it('imports an export, adding only what is new', async () => {
    await mountOptions([AD]);
    const said = await importText(exportRules([AD, BANNER]));
    expect(said).toBe('optionsImported(1,1)');
    expect(store.data.userRules).toEqual([AD, BANNER]);
  });

  it('refuses a bad file whole and says which entry', async () => {
    await mountOptions([AD]);
    const bad = JSON.stringify({
      format: 'sina-clean/user-rules',
      version: 1,
      rules: [BANNER, { site: 'sina.cn' }],
    });
    expect(await importText(bad)).toBe('optionsImportSelector(2)');
    expect(await importText('not json')).toBe('optionsImportJson');
    expect(store.data.userRules).toEqual([AD]);
  });
});

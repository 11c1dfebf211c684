// The options page's citation edition: GB/T 7714-2015 unless the user chose 2025, a choice saved at
// once to storage.sync; and the settings read it leniently (a stored value that is not an edition
// falls back to 2015).
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';

// storage.sync and i18n as the extension's pages see them; installed before the modules load.
const store = await vi.hoisted(async () => (await import('../helpers/fake-browser')).installFakeBrowser());
vi.mock('../../src/common/browser', () => ({ browser: store.api }));

const { loadSettings } = await import('../../src/common/settings');
const { optionsPage } = await import('../helpers/options-page');

const options = optionsPage(store.data);
let host: HTMLElement;

async function mountOptions(): Promise<HTMLSelectElement> {
  host = await options.mount();
  const select = host.querySelector<HTMLSelectElement>('select#edition');
  if (!select) throw new Error('no edition select rendered');
  return select;
}

describe('citation edition option', () => {
  it('defaults to 2015 and offers exactly the two editions, labelled', async () => {
    const select = await mountOptions();
    expect(select.value).toBe('2015');
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['2015', 'optionsEdition2015'],
      ['2025', 'optionsEdition2025'],
    ]);
    expect(host.querySelector('label[for="edition"]')?.textContent).toBe('optionsCiteEdition');
  });

  it('saves 2025 when chosen, and the settings then read 2025', async () => {
    const select = await mountOptions();
    await act(async () => {
      select.value = '2025';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(store.data.citeEdition).toBe('2025');
    expect((await loadSettings()).citeEdition).toBe('2025');
  });

  it('shows a stored 2025, and reads a malformed stored value as 2015', async () => {
    store.data.citeEdition = '2025';
    expect((await mountOptions()).value).toBe('2025');
    store.data.citeEdition = '1987';
    expect((await loadSettings()).citeEdition).toBe('2015');
  });

  it('lists the citation formats among the shortcut’s copy choices', async () => {
    await mountOptions();
    const values = [...(host.querySelector<HTMLSelectElement>('select#copy')?.options ?? [])].map(
      (o) => o.value,
    );
    expect(values).toEqual(expect.arrayContaining(['citation', 'csl', 'ris', 'bibtex']));
  });
});

// The desktop annoyance rules (issue 10) in the options page: each is listed with its label, its
// stable name and its reason in the reader's language, and switching one off is saved at once and
// takes its selectors out of the stylesheet the page script builds from the settings, while the
// other rules keep hiding.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

// storage.sync and i18n as the extension's pages see them; installed before the modules load.
const store = await vi.hoisted(async () => (await import('../helpers/fake-browser')).installFakeBrowser());
vi.mock('../../src/common/browser', () => ({ browser: store.api }));

const { enabled, loadSettings } = await import('../../src/common/settings');
const { MATCHERS } = await import('../../src/content/rule-matchers');
const { hidingCss } = await import('../../src/content/stylesheet');
const { RULES } = await import('../../src/core/rules');
const { page } = await import('../helpers/html');
const { optionsPage } = await import('../helpers/options-page');

const DESKTOP = ['new-version-pop', 'app-promo', 'quote-bar', 'more-reading', 'side-buttons'];

const options = optionsPage(store.data);
let host: HTMLElement;
afterEach(() => {
  vi.restoreAllMocks();
});

async function mountOptions(language: string): Promise<void> {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  host = await options.mount();
}

/** The options row of one rule, found by the stable name it shows. */
function row(name: string): HTMLLabelElement {
  const found = [...host.querySelectorAll<HTMLLabelElement>('label.rule')].find(
    (label) => label.querySelector('code')?.textContent === name,
  );
  if (!found) throw new Error(`no options row for ${name}`);
  return found;
}

/** Whether `css` hides the first element of `snippet`. */
function hides(css: string, snippet: string): boolean {
  const selectors = css
    .split('}')
    .map((block) => block.split('{')[0]?.trim() ?? '')
    .filter(Boolean)
    .join(',');
  const element = page(`<!DOCTYPE html><html><body>${snippet}</body></html>`).body.firstElementChild;
  return selectors !== '' && element !== null && element.matches(selectors);
}

describe.each(DESKTOP)('desktop rule %s in the options page', (name) => {
  const rule = RULES.find((each) => each.name === name);
  if (!rule) throw new Error(`${name} is not in the rule table`);

  it('is listed, on, with its Chinese label and reason for a Chinese browser', async () => {
    await mountOptions('zh-CN');
    const label = row(name);
    expect(label.querySelector('input')?.checked).toBe(true);
    expect(label.querySelector('span')?.textContent).toContain(rule.label);
    expect(label.querySelector('small')?.textContent).toBe(rule.reasonZh);
  });

  it('is listed with its English reason for another browser', async () => {
    await mountOptions('en-GB');
    expect(row(name).querySelector('small')?.textContent).toBe(rule.reason);
  });

  it('once switched off, is saved off and no longer hidden by the page stylesheet', async () => {
    await mountOptions('en-US');
    const [example] = rule.examples.removes;
    if (!example) throw new Error(`${name} has no example`);
    expect(hides(hidingCss(enabled(await loadSettings(), MATCHERS)), example)).toBe(true);

    const box = row(name).querySelector('input');
    await act(async () => {
      box?.click();
    });
    const settings = await loadSettings();
    expect(settings.rules[name]).toBe(false);
    const css = hidingCss(enabled(settings, MATCHERS));
    expect(hides(css, example)).toBe(false);
    // The other rules still hide what they take.
    expect(hides(css, '<div class="sinaads"></div>')).toBe(true);
  });
});

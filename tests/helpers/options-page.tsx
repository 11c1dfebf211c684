// The options page rendered into a fresh element for each test of a file, storage.sync emptied first
// (the fake one of fake-browser.ts), and taken down after.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { Options } from '../../src/options/Options';

export function optionsPage(storage: Record<string, unknown>): { mount(): Promise<HTMLElement> } {
  let host: HTMLElement;
  beforeEach(() => {
    for (const key of Object.keys(storage)) delete storage[key];
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });
  return {
    /** Renders the page and lets it read the settings. */
    async mount() {
      await act(async () => {
        render(<Options />, host);
      });
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      return host;
    },
  };
}

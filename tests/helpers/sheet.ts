// A hiding sheet for content-script tests: records whether it is on the page instead of styling it.
import type { PageSheet } from '../../src/content/stylesheet';

export function fakeSheet(): { page: PageSheet; state: { attached: boolean } } {
  const state = { attached: false };
  const page: PageSheet = {
    set() {},
    attach: () => {
      state.attached = true;
    },
    detach: () => {
      state.attached = false;
    },
  };
  return { page, state };
}

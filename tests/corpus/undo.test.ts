// Clean, undo, compare: on every shared page the whole document's HTML is identical afterwards.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/pipeline';
import { HAVE_SHARED, SKIP_REASON, sharedDocument, sharedPages } from '../helpers/shared';

if (!HAVE_SHARED) console.warn(SKIP_REASON);

describe.skipIf(!HAVE_SHARED)('undo restores every shared page exactly', () => {
  it.each(sharedPages())('%s', (file) => {
    const document = sharedDocument(file);
    const before = document.documentElement.outerHTML;
    const { result, applied } = run(document);
    if (result.removed.length) expect(document.documentElement.outerHTML).not.toBe(before);
    applied?.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

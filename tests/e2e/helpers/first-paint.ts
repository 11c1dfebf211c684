// The flicker check that Chromium's and Firefox's tests share: the probe (scripts/lib/flicker.ts)
// must see the boilerplate displayed without the extension (else a blind probe would pass), and in
// no frame with it. Returns the frames recorded with the extension, for a browser's own checks.
import { expect } from 'vitest';
import { BOILERPLATE, type Frame, shownIn } from '../../../scripts/lib/flicker';

export async function expectNoBoilerplateShown(
  framesWith: (extension: boolean) => Promise<Frame[]>,
): Promise<Frame[]> {
  const without = await framesWith(false);
  // The probe works: without the extension the boilerplate is parsed and displayed.
  expect(shownIn(without), 'boilerplate displayed without the extension').toEqual([...BOILERPLATE].sort());

  const withExtension = await framesWith(true);
  expect(withExtension.length, 'frames recorded').toBeGreaterThan(0);
  const shown = withExtension
    .filter((f) => f.visible.length)
    .map((f) => `${f.t.toFixed(0)} ms: ${f.visible.join(', ')}`);
  expect(shown, 'frames in which boilerplate was displayed with the extension').toEqual([]);
  return withExtension;
}

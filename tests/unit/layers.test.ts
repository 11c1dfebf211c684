// The walls between the source's rooms, checked over every import (static, type-only and dynamic):
// the core runs on any DOM and imports nothing outside itself; the common layer (model, messages,
// settings, browser) imports only the core's types; the content script and the background never
// reach into the panel's code, except the content script's one lazy door that loads the panel to
// mount it in the page (src/content/analysis-chunk.ts, which only dynamic imports reach).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from '../helpers/source-files';

/** `from '…'`, `import '…'` and `import('…')`, with how the module is loaded. */
const IMPORT = /\b(?:from\s*|import\s*(\()?\s*)['"]([^'"]+)['"]/g;

interface Edge {
  file: string;
  /** the imported module, relative to src/ (or the package name) */
  target: string;
  dynamic: boolean;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  return Array.from(text.matchAll(IMPORT), ([, paren, spec = '']) => ({
    file: relative(SRC, file),
    target: spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec,
    dynamic: paren === '(',
  }));
}

const EDGES = sourceFiles(SRC).flatMap(importsOf);
const from = (room: string) => EDGES.filter((edge) => edge.file.startsWith(`${room}/`));
const show = (edges: Edge[]) => edges.map((edge) => `${edge.file} → ${edge.target}`);

/**
 * The one place code outside the panel may load it, to mount it into the page: the content script's
 * lazy half (with the analysis), itself only ever loaded by a dynamic import.
 */
const PANEL_DOOR = { file: 'content/analysis-chunk.ts', target: 'panel/mount', dynamic: false };
const LAZY_HALF = 'content/analysis-chunk';

describe('layers', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    expect(from('content').length).toBeGreaterThan(10);
    expect(EDGES).toContainEqual(PANEL_DOOR);
  });

  it('keeps the core free of everything outside it', () => {
    const out = from('core').filter((edge) => !edge.target.startsWith('core/'));
    expect(show(out)).toEqual([]);
  });

  it('keeps the common layer on the core alone (and its one browser API import)', () => {
    const out = from('common').filter(
      (edge) =>
        !edge.target.startsWith('common/') &&
        !edge.target.startsWith('core/') &&
        edge.target !== 'webextension-polyfill',
    );
    expect(show(out)).toEqual([]);
  });

  it('never imports the panel from the content script, the background or the common layer', () => {
    const intoPanel = ['content', 'background', 'common']
      .flatMap(from)
      .filter((edge) => edge.target.startsWith('panel/'))
      .filter(
        (edge) => !(edge.file === PANEL_DOOR.file && edge.target === PANEL_DOOR.target && !edge.dynamic),
      );
    expect(show(intoPanel)).toEqual([]);
  });

  it('reaches the door to the panel only by dynamic imports: ordinary pages never load the panel', () => {
    const intoDoor = EDGES.filter((edge) => edge.target === LAZY_HALF);
    expect(intoDoor.length).toBeGreaterThan(0);
    expect(show(intoDoor.filter((edge) => !edge.dynamic))).toEqual([]);
  });

  it('keeps the page cleaning apart from the view: no model, no panel', () => {
    const view = EDGES.filter(
      (edge) =>
        ['content/page-cleaning.ts', 'content/page-watch.ts'].includes(edge.file) &&
        (edge.target.startsWith('panel/') ||
          edge.target === 'common/model' ||
          edge.target === 'content/session'),
    );
    expect(from('content').some((edge) => edge.file === 'content/page-cleaning.ts')).toBe(true);
    expect(show(view)).toEqual([]);
  });
});

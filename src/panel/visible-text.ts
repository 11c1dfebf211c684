// Page strings go into the panel without the invisible characters that change how text around them
// reads: bidi embeddings, overrides and isolates (U+202E turns "gpj.exe" into "exe.jpg") and
// zero-width characters. The core drops them from body text; titles and sources come from the page
// as they are, so the panel drops them from every string of the model it draws.
import type { PanelModel } from '../common/model';

const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

function strip<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROLS, '') as T;
  if (Array.isArray(value)) return value.map(strip) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, strip(each)])) as T;
  return value;
}

/** The model with every string's bidi and zero-width controls removed (a copy; the model is not changed). */
export const visibleModel = (model: PanelModel): PanelModel => strip(model);

// The analyser as the content script runs it: the core's own second stage, with the document view the
// reader set for this address (这是公文 / 这不是公文) in force.
import { documentViewAt } from '../../common/overrides';
import { analyse } from '../../core/analyse';
import type { Session } from '../session';
import { overrides } from './stored-overrides';

export async function analyserFor(session: Session): Promise<typeof analyse> {
  const view = documentViewAt(await overrides(), location.href);
  // Set without publishing: the analysis that follows publishes the model with it.
  if (session.corrections.documentView === 'auto') session.corrections.documentView = view;
  return analyse;
}

// The content script's handlers (content/messages.ts) as mocks, for the tests that deliver messages
// to it: each resolves at once, and the model asked for is `model`.
import { vi } from 'vitest';
import type { CopyAsked, CopyTextRequest, FromPanel, TabCommand } from '../../src/common/messages';
import type { PanelModel } from '../../src/common/model';
import type { ContentHandlers } from '../../src/content/messages';

const LOADING: PanelModel = { status: 'loading', result: null, cleaned: false, error: null };

export function fakeHandlers(model: PanelModel = LOADING) {
  return {
    model: vi.fn(async () => model),
    copy: vi.fn(async (_format: CopyAsked) => {}),
    copyText: vi.fn(async (_format: CopyTextRequest['format']) => ''),
    command: vi.fn(async (_name: TabCommand) => {}),
    clicked: vi.fn((_message: FromPanel) => {}),
    detector: vi.fn(async (_message: unknown) => null),
  } satisfies ContentHandlers;
}

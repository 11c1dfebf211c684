// What the panel renders and what it can ask for. The panel never reads the page's DOM: it gets a
// PanelModel (strings and numbers only, so it crosses message boundaries to the side panel) and calls
// PanelActions, which the entry that mounts it wires to the page or to messages.
import type { OfficialDocument, PageInfo, Removal } from '../core/types';

export type CopyFormat = 'text' | 'markdown' | 'summary';

/** A Result without DOM nodes: safe to clone into messages. */
export interface ResultData {
  page: PageInfo;
  removed: Removal[];
  text: string;
  markdown: string;
  summary: string;
  document: OfficialDocument | null;
}

export interface PanelModel {
  /** loading: not run yet; ready: result present; not-article: nothing to show; error: our code failed (page left as it was) */
  status: 'loading' | 'ready' | 'not-article' | 'error';
  result: ResultData | null;
  /** Is the page showing the cleaned version (true) or the original (false)? */
  cleaned: boolean;
  /** A short message for the user where status is 'error'. */
  error: string | null;
}

export interface PanelActions {
  /** Copies in the given format; rejects with an Error whose message explains a refused clipboard. */
  copy(format: CopyFormat): Promise<void>;
  /** Switch between the cleaned page and the original. */
  toggleOriginal(): void;
  /** Scroll the page to the block where a clause starts and highlight it. */
  jumpTo(block: number): void;
  /** Collapse the in-page panel to its tab (absent in the native side panel). */
  collapse?(): void;
}

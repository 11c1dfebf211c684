// What the panel renders and what it can ask for, shared by every context that holds or shows a
// tab's state (content script, side panel, background). The panel never reads the page's DOM: it
// gets a PanelModel (strings and numbers only, so it crosses message boundaries to the side panel)
// and calls PanelActions, which the entry that mounts it wires to the page or to messages. Each
// closed set of names is one `as const` list, its type derived from it, so validators and menus
// read the same list.
import type { Clause, DocumentView, OfficialDocument, PageInfo, Removal } from '../core/types';
import type { PickActions } from './pick';

/**
 * What the user can copy: the result's own strings, then the citation forms, which are made from
 * the result's page and document only when copied (citation: the GB/T 7714 line; csl: CSL-JSON).
 */
export const COPY_FORMATS = ['text', 'markdown', 'summary', 'citation', 'csl', 'ris', 'bibtex'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/** The GB/T 7714 edition of the citation line. */
export const CITE_EDITIONS = ['2015', '2025'] as const;
export type CiteEdition = (typeof CITE_EDITIONS)[number];

/** loading: not run yet; ready: result present; not-article: nothing to show; error: our code failed (page left as it was) */
export const STATUSES = ['loading', 'ready', 'not-article', 'error'] as const;
export type Status = (typeof STATUSES)[number];

/** Where the in-page panel stands. */
export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

/** Is `value` one of `list`? Narrows an unknown (stored or received) value to the list's type. */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/**
 * An analysis without DOM nodes: safe to clone into messages. (The text, the summary, the Markdown and
 * the citations are made at a copy, where the analysis lives: the panel shows none of them.)
 */
export interface ResultData {
  page: PageInfo;
  removed: Removal[];
  document: OfficialDocument | null;
}

/**
 * The reader's corrections of the detector on this page: 仍然净化 (a page the detector refused is
 * cleaned all the same) and 这是公文 / 这不是公文 (the document view forced on or off).
 */
export interface Corrections {
  cleanAnyway: boolean;
  documentView: DocumentView;
}

/**
 * What the reader can ask of the detector, each with its one-click undo: 仍然净化 and back; 这是公文,
 * 这不是公文 and back to what the parser finds; and `undo`, the context menu's one item that takes
 * back whichever of them holds on the page. (No list value here: the page script carries this
 * module; the validator's table is in detector-messages.ts.)
 */
export type Correction =
  | 'clean-anyway'
  | 'stop-cleaning'
  | 'document-on'
  | 'document-off'
  | 'document-auto'
  | 'undo';

export interface PanelModel {
  status: Status;
  result: ResultData | null;
  /** Is the page showing the cleaned version (true) or the original (false)? */
  cleaned: boolean;
  /** A short message for the user where status is 'error'. */
  error: string | null;
  /** Absent where nothing was corrected (or the sender does not know). */
  corrections?: Corrections;
}

export interface PanelActions extends Partial<PickActions> {
  /** Copies in the given format; rejects with an Error whose message explains a refused clipboard. */
  copy(format: CopyFormat): Promise<void>;
  /** 复制本条: copies one clause of the document's outline with a link to it; rejects as copy does. */
  copyClause(clause: Clause): Promise<void>;
  /** Switch between the cleaned page and the original. */
  toggleOriginal(): void;
  /** Scroll the page to the block where a clause starts and highlight it. */
  jumpTo(block: number): void;
  /** Correct the detector on this page (absent where the panel cannot: the buttons are not shown). */
  correct?(correction: Correction): void;
  /** 复制诊断信息: rejects as copy does. */
  copyDiagnostics?(): Promise<void>;
  /** Collapse the in-page panel to its tab (absent in the native side panel). */
  collapse?(): void;
  /** The reader opened the in-page panel from its tab. */
  opened?(): void;
}

/** A mounted panel, as its host (the content script's panel host, the side panel page) drives it. */
export interface MountedPanel {
  update(model: PanelModel): void;
  unmount(): void;
  /**
   * Opens an in-page panel that was collapsed to its tab. Moves the focus only with `focus` (a
   * keyboard command): into the panel, remembering where it was, to give it back when the panel
   * is closed again (Esc or its collapse button).
   */
  open(focus?: boolean): void;
  /** Collapses an in-page panel to its tab where it would cover the text (does not move focus). */
  collapse(): void;
  /** Opens it and starts 隐藏此块 there (the context menu's or the shortcut's way in). */
  pick?(): void;
}

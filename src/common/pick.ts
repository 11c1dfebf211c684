// What came of 隐藏此块 (hide this block), as the panel shows it: the content script picks, checks
// and saves; the panel words the outcome and asks before a rule that would hide the article body.

export type PickOutcome =
  /** The rule is saved and in force: `count` elements hidden on this page. */
  | { status: 'saved'; selector: string; count: number }
  /** It takes the article body or what holds it: saved only once the reader confirms. */
  | { status: 'ask'; selector: string; count: number }
  /** Not saved: it misses the chosen element, or takes too many others (`count` in all). */
  | { status: 'misses' | 'too-many'; selector: string; count: number }
  /** Neither the element nor a near ancestor has an id or class name that stays from load to load. */
  | { status: 'nameless' }
  | { status: 'cancelled' }
  /** Our code or the settings failed (storage full, extension gone): nothing saved, the page as it was. */
  | { status: 'failed'; error: string };

/** What the panel can ask of the picker (in the page only: the side panel has no page to point at). */
export interface PickActions {
  /** Let the reader choose a block; a fitting choice is saved at once. */
  pickBlock(): Promise<PickOutcome>;
  /** Save a choice the reader confirmed (after `ask`). */
  confirmBlock(selector: string): Promise<PickOutcome>;
}

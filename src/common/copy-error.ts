// Why a copy failed, as the panel words it: apart from the copy path (clipboard.ts), which loads only
// at a copy, while the panel that shows the failure is already there.
/** Why a copy did not happen: nothing to copy, or the browser refused the clipboard. */
export type CopyFailure = 'nothing' | 'refused';

export class CopyError extends Error {
  constructor(
    readonly reason: CopyFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'CopyError';
  }
}

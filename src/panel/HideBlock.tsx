// 隐藏此块 (hide this block) in the panel: the button that starts the picker, the outcome said in
// Chinese with English, and the confirm step for a choice that would hide the article body itself.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PickActions, PickOutcome } from '../common/pick';
import { MAX_OTHERS } from '../core/matchers';
import { type Bilingual, PICK_WORDS as W } from './pick-strings';

type State = PickOutcome | { status: 'picking' } | null;

function say(state: State): { text: Bilingual; error: boolean } | null {
  switch (state?.status) {
    case undefined:
    case 'ask':
      return null;
    case 'picking':
      return { text: W.picking, error: false };
    case 'cancelled':
      return { text: W.cancelled, error: false };
    case 'saved':
      return { text: W.saved(state.selector, state.count), error: false };
    case 'too-many':
      return { text: W.tooMany(state.selector, state.count, MAX_OTHERS + 1), error: true };
    case 'misses':
      return { text: W.misses(state.selector), error: true };
    case 'nameless':
      return { text: W.nameless, error: true };
    case 'failed':
      return { text: W.failed(state.error), error: true };
  }
}

const Words = ({ text }: { text: Bilingual }) => (
  <>
    <span lang="zh-CN">{text.zh}</span> <span lang="en">{text.en}</span>
  </>
);

export function HideBlock({ actions, request }: { actions: PickActions; request: number }) {
  const [state, setState] = useState<State>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const busy = useRef(false);
  const run = async (step: () => Promise<PickOutcome>) => {
    // One picking at a time: a second request (the shortcut pressed twice) would draw a second outline.
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'picking' });
    try {
      setState(await step());
    } catch (error) {
      setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      busy.current = false;
    }
  };
  const pick = () => run(() => actions.pickBlock());
  // The context menu's and the shortcut's way in: each new request starts a picking.
  useEffect(() => {
    if (request > 0) void pick();
  }, [request]);
  // The question takes the focus, on the answer that keeps the article: Enter never hides it by accident.
  useEffect(() => {
    if (state?.status === 'ask') keep.current?.focus();
  }, [state?.status]);

  const said = say(state);
  return (
    <section class="sc-section sc-hide-block">
      <button type="button" class="sc-button" disabled={state?.status === 'picking'} onClick={pick}>
        <Words text={W.button} />
      </button>
      {state?.status === 'ask' ? (
        <div class="sc-ask" role="alertdialog" aria-label={`${W.confirm.zh} ${W.confirm.en}`}>
          <p class="sc-status sc-status-error">
            <Words text={W.ask(state.selector)} />
          </p>
          <button
            type="button"
            class="sc-button"
            onClick={() => run(() => actions.confirmBlock(state.selector))}
          >
            <Words text={W.confirm} />
          </button>{' '}
          <button
            type="button"
            class="sc-button sc-primary"
            ref={keep}
            onClick={() => setState({ status: 'cancelled' })}
          >
            <Words text={W.keep} />
          </button>
        </div>
      ) : null}
      <p class={said?.error ? 'sc-status sc-status-error' : 'sc-status'} aria-live="polite">
        {said ? <Words text={said.text} /> : ''}
      </p>
    </section>
  );
}

// Optional timing of the pipeline's stages, reported by the pipeline itself so that a benchmark
// never re-implements the stages to time them. Without a profile the stages run untimed.

/** The stages, in the order a run goes through them. */
export const STAGES = ['detect', 'plan', 'apply', 'blocks', 'parse', 'format'] as const;
export type Stage = (typeof STAGES)[number];

export interface Profile {
  /** The clock (`performance.now` in a page). */
  now(): number;
  /** Called once for every stage that ran, with the time it took on `now`'s scale. */
  add(stage: Stage, elapsed: number): void;
}

/** Run `work` as `stage`, timed when there is a profile. */
export function timed<T>(profile: Profile | undefined, stage: Stage, work: () => T): T {
  if (!profile) return work();
  const start = profile.now();
  const out = work();
  profile.add(stage, profile.now() - start);
  return out;
}

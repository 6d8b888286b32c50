import type { Steps } from '../../core/link/steps';
import { yieldToEventLoop } from '../../core/event-loop-turn';

/** How a relink spread over time went: what the user could feel is `longestMs`. */
export interface SliceTiming {
  /** From start to finish, other work in between included. */
  readonly wallMs: number;
  /** Time spent relinking, summed over the slices. */
  readonly busyMs: number;
  readonly slices: number;
  /** The longest slice: the longest the extension host was held at once. */
  readonly longestMs: number;
}

export interface SliceRun {
  cancelled: boolean;
}

export type SliceOutcome<T> = { readonly cancelled: true; readonly timing: SliceTiming } | { readonly cancelled: false; readonly value: T; readonly timing: SliceTiming };

/**
 * Runs `steps` a slice of about `sliceMs` at a time, giving the event loop back between
 * slices (yieldToEventLoop: pending input, editor events and requests run first), and
 * stops at the next slice boundary once `run.cancelled` is set. A worker thread was the
 * other way off the main path; it would have to receive every analysis (hundreds of MB
 * copied, or the index kept twice), where slices share the analyses already in memory.
 */
export async function runInSlices<T>(steps: Steps<T>, run: SliceRun, sliceMs: number): Promise<SliceOutcome<T>> {
  const started = performance.now();
  let busyMs = 0;
  let slices = 0;
  let longestMs = 0;
  const timing = (): SliceTiming => ({ wallMs: performance.now() - started, busyMs, slices, longestMs });
  for (;;) {
    if (run.cancelled) {
      steps.return(undefined as T);
      return { cancelled: true, timing: timing() };
    }
    const sliceStart = performance.now();
    let next = steps.next();
    while (!next.done && performance.now() - sliceStart < sliceMs) next = steps.next();
    const sliceMsTaken = performance.now() - sliceStart;
    busyMs += sliceMsTaken;
    slices++;
    longestMs = Math.max(longestMs, sliceMsTaken);
    if (next.done) return { cancelled: false, value: next.value, timing: timing() };
    await yieldToEventLoop();
  }
}

/**
 * Runs of which only the latest matters: starting one drops the one under way, as a newer
 * relink replaces an older one and a newer Problems refresh an older refresh.
 */
export class LatestRun {
  private current: SliceRun | undefined;

  /** Runs `steps` in slices (see `runInSlices`), dropping the run under way first. */
  async run<T>(steps: Steps<T>, sliceMs: number): Promise<SliceOutcome<T>> {
    this.cancel();
    const run: SliceRun = { cancelled: false };
    this.current = run;
    try {
      return await runInSlices(steps, run, sliceMs);
    } finally {
      if (this.current === run) this.current = undefined;
    }
  }

  /** Drops the run under way; true when there was one. */
  cancel(): boolean {
    const run = this.current;
    if (!run) return false;
    run.cancelled = true;
    this.current = undefined;
    return true;
  }
}

/**
 * Work that yields now and then (a generator yielding nothing), so the editor can run a
 * workspace relink in short slices between keystrokes and drop it when the user types
 * again, while the command line runs the same code straight through with `drain`.
 */
export type Steps<T> = Generator<void, T, void>;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Units of work (pairs compared, members registered, words read) between two yields: well
 * under a millisecond here, a few in an extension host sharing two cores with the editor.
 * Counting items instead let one step with a long quote or a large group stall it for 50 ms.
 */
export const STEP_WORK = 256;

/**
 * Work counted in units between two yields (`if (budget.spend(n)) yield;`), for loops whose
 * items differ widely in cost: counting items let one long item stall the editor.
 */
export class WorkBudget {
  private spent = 0;

  constructor(private readonly perStep: number) {}

  /** Counts `units`; true when a step's worth is spent, and counting starts again. */
  spend(units: number): boolean {
    this.spent += units;
    if (this.spent < this.perStep) return false;
    this.spent = 0;
    return true;
  }
}

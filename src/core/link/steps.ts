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

// A suite runner small enough to bundle for the web worker extension host, where neither mocha
// nor node:assert exists. Tests run in the order they were declared, one at a time; the last line
// is `<label>: N passed, M failed`, the summary the other tiers print, which scripts/test-all.mjs reads.
type Body = () => Promise<void> | void;

const declared: { readonly name: string; readonly body: Body }[] = [];

export function test(name: string, body: Body): void {
  declared.push({ name, body });
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Polls until `condition` holds: activation and editor events arrive asynchronously. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs every declared test; rejects when one failed or none ran, so the host exits non-zero. */
export async function runDeclared(label: string): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const { name, body } of declared) {
    const started = Date.now();
    try {
      await body();
      passed++;
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✖ ${name}\n      ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  if (passed + failed === 0) throw new Error(`no ${label} tests ran`);
  if (failed > 0) throw new Error(`${failed} ${label} test(s) failed`);
}

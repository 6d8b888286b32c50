import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Steps } from '../../src/core/link/steps';
import { LatestRun, runInSlices } from '../../src/vscode/index/relink-slices';

/** Steps that take about `msEach` each, `count` of them, returning `value`; `done` counts those taken. */
function* busySteps(count: number, msEach: number, value: string, done: { steps: number }): Steps<string> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + msEach;
    while (performance.now() < until) {
      // busy, as linking is
    }
    done.steps++;
    yield;
  }
  return value;
}

test('work runs in slices with the event loop free in between, and gives its value', async () => {
  const done = { steps: 0 };
  let ticks = 0;
  const ticking = setInterval(() => ticks++, 0);
  const outcome = await runInSlices(busySteps(40, 1, 'linked', done), { cancelled: false }, 4);
  clearInterval(ticking);
  assert.equal(outcome.cancelled, false);
  assert.equal(outcome.cancelled === false && outcome.value, 'linked');
  assert.equal(done.steps, 40);
  assert.ok(outcome.timing.slices >= 5, `${outcome.timing.slices} slices`);
  assert.ok(ticks >= 2, 'timers ran between slices');
});

test('a newer run drops the one under way at its next slice; cancel drops the latest', async () => {
  const runs = new LatestRun();
  const first = { steps: 0 };
  const second = { steps: 0 };
  const older = runs.run(busySteps(100, 1, 'old', first), 3);
  const newer = runs.run(busySteps(10, 1, 'new', second), 3);
  const [a, b] = await Promise.all([older, newer]);
  assert.equal(a.cancelled, true);
  assert.ok(first.steps < 100, `the dropped run took ${first.steps} steps`);
  assert.equal(b.cancelled === false && b.value, 'new');
  assert.equal(runs.cancel(), false, 'nothing is under way once the latest finished');

  const third = { steps: 0 };
  const last = runs.run(busySteps(100, 1, 'last', third), 3);
  assert.equal(runs.cancel(), true);
  assert.equal((await last).cancelled, true);
});

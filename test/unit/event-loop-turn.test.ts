import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { yieldToEventLoop } from '../../src/core/event-loop-turn';

/**
 * Whether a long chain of microtasks, queued after the yield began, had finished when the
 * yield resolved: a real turn of the event loop comes after every microtask, a resolved
 * promise would come in the middle of the chain.
 */
async function yieldsAfterQueuedWork(): Promise<boolean> {
  let chainDone = false;
  const yielded = yieldToEventLoop().then(() => chainDone);
  let steps = 0;
  const step = (): void => {
    if (++steps < 50) queueMicrotask(step);
    else chainDone = true;
  };
  queueMicrotask(step);
  return yielded;
}

test('with setImmediate (Node), the yield is a turn of the event loop', async () => {
  assert.equal(await yieldsAfterQueuedWork(), true);
});

test('without setImmediate (a web worker), it takes a turn through MessageChannel', async () => {
  const savedImmediate = globalThis.setImmediate;
  const RealChannel = globalThis.MessageChannel;
  let channels = 0;
  (globalThis as { setImmediate?: unknown }).setImmediate = undefined;
  globalThis.MessageChannel = class extends RealChannel {
    constructor() {
      super();
      channels++;
    }
  };
  try {
    assert.equal(await yieldsAfterQueuedWork(), true);
    assert.equal(channels, 1, 'the MessageChannel path was taken');
  } finally {
    globalThis.setImmediate = savedImmediate;
    globalThis.MessageChannel = RealChannel;
  }
});

test('with neither, it falls back to a timer', async () => {
  const savedImmediate = globalThis.setImmediate;
  const savedChannel = globalThis.MessageChannel;
  (globalThis as { setImmediate?: unknown }).setImmediate = undefined;
  (globalThis as { MessageChannel?: unknown }).MessageChannel = undefined;
  try {
    assert.equal(await yieldsAfterQueuedWork(), true);
  } finally {
    globalThis.setImmediate = savedImmediate;
    globalThis.MessageChannel = savedChannel;
  }
});

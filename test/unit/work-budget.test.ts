import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { WorkBudget } from '../../src/core/link/steps';

test('a work budget says to yield once a step is spent, then counts the next step from nothing', () => {
  const budget = new WorkBudget(10);
  assert.equal(budget.spend(4), false);
  assert.equal(budget.spend(5), false);
  assert.equal(budget.spend(1), true);
  assert.equal(budget.spend(9), false);
  // One costly item spends a step by itself.
  assert.equal(budget.spend(25), true);
  assert.equal(budget.spend(1), false);
});

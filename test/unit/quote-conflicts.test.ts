import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeText } from '../../src/core/analysis';
import { linkWorkspace } from '../../src/core/link/workspace-linking';

const QUOTE = 'We have not seen any evidence at this stage that supports the claim';

function quoteConflicts(texts: readonly string[]): number {
  const documents = texts.map((text, i) => ({ path: `doc${i}.txt`, ...analyzeText(text) }));
  return linkWorkspace(documents).discrepancies.filter((d) => d.about === 'the same quote attributed to different speakers').length;
}

const intro = 'Officials in Port Alden and Lakeview discussed the hostage video from Ridgemont on Tuesday.';

test('the same quote given to two different people in related sources is a conflict', () => {
  assert.equal(quoteConflicts([
    `${intro} "${QUOTE}," said Maria Lopez, a spokeswoman for the council.`,
    `${intro} "${QUOTE}," said Daniel Price, a spokesman for the ministry.`,
  ]), 1);
});

test('one person under two names, or an outlet as the second speaker, is no conflict', () => {
  assert.equal(quoteConflicts([
    `${intro} "${QUOTE}," said Barack Obama at the White House.`,
    `${intro} "${QUOTE}," Obama said.`,
  ]), 0);
  assert.equal(quoteConflicts([
    `${intro} "${QUOTE}," said Maria Lopez, a spokeswoman for the council.`,
    `${intro} "${QUOTE}," Maria Lopez told CNN.`,
  ]), 0);
});

test('short stock phrases and template statements naming different people are no conflict', () => {
  assert.equal(quoteConflicts([
    `${intro} "Our thoughts are with the family," said Maria Lopez.`,
    `${intro} "Our thoughts are with the family," said Daniel Price.`,
  ]), 0);
  assert.equal(quoteConflicts([
    `${intro} "We have seen a video that purports to show the murder of Peter Grant by the militants," said Maria Lopez.`,
    `${intro} "We have seen a video that purports to show the murder of Steven Hale by the militants," said Daniel Price.`,
  ]), 0);
});

test('the same given name before two surnames is taken for one person; a given name only spelt alike is not', () => {
  assert.equal(quoteConflicts([
    `${intro} "${QUOTE}," said Maria Lopez, a spokeswoman for the council.`,
    `${intro} "${QUOTE}," said Maria Castellano, a spokeswoman for the council.`,
  ]), 0);
  assert.equal(quoteConflicts([
    `${intro} "${QUOTE}," said Daniel Price, a spokesman for the ministry.`,
    `${intro} "${QUOTE}," said Danica Lopez, a spokeswoman for the council.`,
  ]), 1);
});

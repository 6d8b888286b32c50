import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { ARTICLE, EDIT } from './fixtures/annotations/edit-model';
import { runSequence, type Step } from './fixtures/annotations/edit-sequences';

// Random articles of invented words, one annotated passage (a whole sentence or a run of its
// words), and random sequences of the edits a desk makes, each applied outside the editor
// and re-anchored as `check` or the editor on open would (fixtures/annotations/edit-model.ts
// knows where the passage really is). CORROBORATE_EDIT_RUNS=5000 runs more sequences per seed.

const RUNS = Number(process.env.CORROBORATE_EDIT_RUNS ?? 60);
const SEEDS = [23, 1, 2, 3, 5, 8, 13, 21];

test(`random edit sequences (${SEEDS.length} seeds × ${RUNS} runs): never lost, never on another passage, small in-place edits fuzzy or better`, (t) => {
  const steps: Step[] = [];
  for (const seed of SEEDS) {
    fc.assert(
      fc.property(ARTICLE, fc.nat(), fc.nat(), fc.boolean(), fc.array(EDIT, { minLength: 1, maxLength: 8 }), (sentences, pick, range, whole, edits) => {
        const result = runSequence(sentences, pick, range, whole, edits);
        assert.equal(result.violation, undefined);
        steps.push(...result.steps);
      }),
      { numRuns: RUNS, seed },
    );
  }
  t.diagnostic('outcomes of each edit made while the note was placed, per edit kind (edge: at the passage\'s first or last word):');
  for (const line of rates(steps.filter((s) => s.wasPlaced))) t.diagnostic(line);
  const landings = steps.filter((s) => s.landing === 'copy' || s.landing === 'beside');
  t.diagnostic(`placed on a copy of the annotated words: ${landings.filter((s) => s.landing === 'copy').length}; on a near-copy beside the passage: ${landings.filter((s) => s.landing === 'beside').length}; of ${steps.length} edits`);
});

function rates(steps: readonly Step[]): string[] {
  const rows = new Map<string, Map<string, number>>();
  for (const step of steps) {
    const kind = step.atEdge ? `${step.kind} (edge)` : step.kind;
    const row = rows.get(kind) ?? new Map<string, number>();
    row.set(step.state, (row.get(step.state) ?? 0) + 1);
    rows.set(kind, row);
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([kind, row]) => {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    const share = (state: string): string => `${state} ${((100 * (row.get(state) ?? 0)) / total).toFixed(1)}%`;
    return `${kind.padEnd(22)} n=${String(total).padStart(6)}  ${['exact', 'shifted', 'fuzzy', 'orphaned'].map(share).join('  ')}`;
  });
}

/**
 * Worker side of the analysis pool: receives batches of articles, answers with their
 * analyses. Analysis is a pure function of the text, so the result does not depend on
 * which worker ran it or in what order.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeTexts } from '../core/analysis';
import type { AnalysisBatch, AnalysisReply } from './analysis-pool';
import { disableLinkRules } from '../core/optional-rules';

// The worker detects as the main thread does, rules left out for a measurement included.
if (process.env.CORROBORATE_WITHOUT_RULES) disableLinkRules(process.env.CORROBORATE_WITHOUT_RULES);

parentPort?.on('message', (batch: AnalysisBatch) => {
  const reply: AnalysisReply = { id: batch.id, analyses: analyzeTexts(batch.texts) };
  parentPort?.postMessage(reply);
});

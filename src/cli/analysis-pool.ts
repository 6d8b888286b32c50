import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeTexts, type DocumentAnalysis } from '../core/analysis';

/** Below this many articles, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 200;
const BATCH_SIZE = 32;
/**
 * Analysis allocates many short-lived objects; a worker's default young generation is
 * small enough that scavenges made a worker about half as fast as the main thread.
 */
const YOUNG_GENERATION_MB = 64;

export interface AnalysisBatch {
  readonly id: number;
  readonly texts: readonly string[];
}

export interface AnalysisReply {
  readonly id: number;
  readonly analyses: DocumentAnalysis[];
}

export interface PoolOptions {
  /** Worker threads beside this one; 0 analyses here alone. Default: none on two cores or fewer, else one fewer than the cores, at most 3. */
  readonly workers?: number;
  /** The compiled worker script; default: `analysis-worker.js` beside this module. */
  readonly script?: string;
  /** Articles handed out at a time (tests use 1 to spread a few articles over the pool). */
  readonly batchSize?: number;
}

/**
 * `CORROBORATE_WORKERS=N` sets the worker count for large folders (0: this thread only).
 * By default workers start only with more than two cores: on two, a worker competes with
 * V8's own garbage-collection threads, and copying its analyses back costs the main thread;
 * measured on fnc1 (2,587 articles) at a load of 3–4, one worker took 6.0 s and 340 MB
 * against 5.7 s and 300 MB without (medians of four alternating runs).
 */
export function defaultWorkers(count: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  if (count < POOL_THRESHOLD) return 0;
  const wanted = Number(env.CORROBORATE_WORKERS);
  if (env.CORROBORATE_WORKERS !== undefined && Number.isInteger(wanted) && wanted >= 0) return Math.min(wanted, 8);
  return cores <= 2 ? 0 : Math.min(3, cores - 1);
}

/**
 * Analyses texts in this thread and on worker threads at once, in batches taken as each
 * frees up. Results are stored by input position, so the output is the same as a
 * single-threaded run whoever analysed what.
 */
export async function analyzeAll(texts: readonly string[], options: PoolOptions = {}): Promise<DocumentAnalysis[]> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const workers = Math.min(options.workers ?? defaultWorkers(texts.length), Math.ceil(texts.length / batchSize) - 1);
  if (workers <= 0) return analyzeTexts(texts);
  const script = options.script ?? join(__dirname, 'analysis-worker.js');
  const results: DocumentAnalysis[] = new Array<DocumentAnalysis>(texts.length);
  let next = 0;
  const take = (): AnalysisBatch | undefined => {
    if (next >= texts.length) return undefined;
    const id = next;
    next = Math.min(texts.length, next + batchSize);
    return { id, texts: texts.slice(id, next) };
  };
  const run = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const send = (): void => {
        const batch = take();
        if (batch) worker.postMessage(batch);
        else resolve();
      };
      worker.on('message', (reply: AnalysisReply) => {
        reply.analyses.forEach((analysis, i) => (results[reply.id + i] = analysis));
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`analysis worker stopped with code ${code}`)));
      send();
    });
  const pool = Array.from({ length: workers }, () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    const done = Promise.all(pool.map(run));
    // This thread analyses too, yielding between batches so finished work from the workers comes in.
    for (let batch = take(); batch; batch = take()) {
      const { id } = batch;
      analyzeTexts(batch.texts).forEach((analysis, i) => (results[id + i] = analysis));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * The one line the mocha index prints inside the extension host when the suite ends. It travels through
 * whatever relays the host's console (code-server's automation log, or desktop VS Code's stdout), so
 * the runner learns the counts without sharing a file system or a port with the host.
 */
export const RESULT_MARKER = 'corroborate-integration-result';

export interface SuiteResult {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
}

export function formatResult(result: SuiteResult): string {
  return `${RESULT_MARKER} ${JSON.stringify(result)}`;
}

/** The last result line in `text`, if any. */
export function parseResult(text: string): SuiteResult | undefined {
  const pattern = new RegExp(`${RESULT_MARKER} (\\{[^\\n}]*\\})`, 'g');
  let last: SuiteResult | undefined;
  for (const match of text.matchAll(pattern)) last = JSON.parse(match[1]) as SuiteResult;
  return last;
}

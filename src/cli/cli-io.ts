/**
 * Where a command writes and what it runs in. Its own file so that `run.ts`, which dispatches to the
 * commands, and the command files, which take it, do not import each other.
 */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  /** Defaults to `process.env`; tests pass their own (`CORROBORATE_AUTHOR`). */
  readonly env?: NodeJS.ProcessEnv;
}

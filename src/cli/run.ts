export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
}

const USAGE = `usage: corroborate <command> [options]

commands:
  scan PATH... [--format json|markdown]   detect actors, figures and claims and print them
`;

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command] = args;
  if (!command || command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  io.stderr.write(`corroborate: unknown command '${command}'\n${USAGE}`);
  return 2;
}

import { crossSourceReport } from '../core/report/cross-source-report';
import { single, UsageError } from './args';
import type { CliIo } from './cli-io';
import { scanWorkspace, writeOutput } from './scan-command';

export const REPORT_USAGE = `usage: corroborate report PATH... [-o report.md] [--include GLOB]... [--exclude GLOB]... [--max-size BYTES]

Writes the cross-source comparison as Markdown: every discrepancy with both sides
quoted and located, each actor's names per source, each figure's value per source.
`;

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const { documents, linking, flags } = await scanWorkspace(args, io);
  for (const name of ['--pretty', '--compact']) if (flags.flags.has(name)) throw new UsageError(`${name} is for scan's JSON; report writes Markdown`);
  await writeOutput(crossSourceReport(documents, linking), single(flags, '-o') ?? single(flags, '--output'), io);
  return 0;
}

import { refShown } from '../core/annotations/decisions';
import { crossSourceReport } from '../core/report/cross-source-report';
import { single, UsageError } from './args';
import type { CliIo } from './cli-io';
import { scanWorkspace, writeOutput } from './scan-command';

export const REPORT_USAGE = `usage: corroborate report PATH... [-o report.md] [--include GLOB]... [--exclude GLOB]... [--max-size BYTES] [--detections-as-detected] [--annotations-folder FOLDER]

Writes the cross-source comparison as Markdown: every discrepancy with both sides
quoted and located, each actor's names per source, each figure's value per source.
Detections rejected in the sidecars are left out, as in the editor, unless
--detections-as-detected is given; sidecars are found as 'scan' finds them.
`;

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const { documents, linking, flags, stands } = await scanWorkspace(args, io);
  for (const name of ['--pretty', '--compact']) if (flags.flags.has(name)) throw new UsageError(`${name} is for scan's JSON; report writes Markdown`);
  const byPath = new Map(documents.map((d) => [d.path, d.mentions]));
  await writeOutput(crossSourceReport(documents, linking, refShown((path) => byPath.get(path), stands)), single(flags, '-o') ?? single(flags, '--output'), io);
  return 0;
}

import * as vscode from 'vscode';
import { isConflicting, type Discrepancy } from '../../core/link/clusters';
import { describeValue } from '../../core/report/value-text';
import type { FeatureDeps } from '../deps';
import { ChangedDiagnostics } from '../base/changed-diagnostics';
import { fromCoreRange, toUri } from '../base/convert';
import type { DiagnosticLevel } from '../base/settings';
import { addTo } from '../../core/multimap';
import { onDecisionsChange, refShownBy } from '../annotations/annotation-decisions';
import { LatestRun } from '../index/relink-slices';
import { WorkBudget, type Steps } from '../../core/link/steps';

const REFRESH_SLICE_MS = 4;
/** Problems made between two yields of a refresh: each names up to six other sources and links up to twenty places. */
const PROBLEMS_PER_STEP = 16;

const SEVERITY: Record<Exclude<DiagnosticLevel, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DISCREPANCY_SOURCE = 'Corroborate';

/**
 * Every discrepancy becomes a problem on each side, with the other sides as related
 * information, so the Problems panel lists all disagreements between sources and a click
 * on a related line opens the other source. Arithmetic matches are shown as information.
 */
export function register(context: vscode.ExtensionContext, { service, settings, reviewed, annotations }: FeatureDeps): void {
  const collection = new ChangedDiagnostics('corroborate');
  context.subscriptions.push(collection);

  // A refresh on a large workspace builds thousands of problems: it runs in slices between
  // other work, like the relink before it, and a newer refresh replaces one still running.
  const refreshes = new LatestRun();
  const refresh = (): void => void refreshes.run(refreshSteps(), REFRESH_SLICE_MS);
  function* refreshSteps(): Steps<void> {
    const level = settings.current.diagnosticLevel;
    const stands = refShownBy(service.index, annotations);
    const byPath = new Map<string, vscode.Diagnostic[]>();
    // One Uri per path for the whole refresh: toUri reads the workspace folders and joins the
    // path, and a date disputed across a thousand articles named each of them in every problem.
    const uris = new Map<string, vscode.Uri | undefined>();
    const uriOf = (path: string): vscode.Uri | undefined => {
      if (!uris.has(path)) uris.set(path, toUri(path));
      return uris.get(path);
    };
    // Yields by problems made, not only between discrepancies: one discrepancy may have a thousand sides.
    const budget = new WorkBudget(PROBLEMS_PER_STEP);
    if (level !== 'off') {
      for (const found of service.index.discrepancies) {
        yield;
        if (reviewed.has(found)) continue;
        // A side a person rejected as no mention at all disagrees with nothing.
        const discrepancy = { ...found, mentions: found.mentions.filter(stands) };
        for (const diagnostic of diagnosticsFor(discrepancy, service, SEVERITY[level], uriOf)) {
          addTo(byPath, diagnostic.path, diagnostic.diagnostic);
          if (budget.spend(1)) yield;
        }
      }
    }
    // After an edit most files' problems are unchanged; sending them all again was most of a refresh's cost.
    const byUri = new Map<vscode.Uri, vscode.Diagnostic[]>();
    for (const [path, diagnostics] of byPath) {
      const uri = uriOf(path);
      if (uri) byUri.set(uri, diagnostics);
    }
    yield* collection.replaceAllSteps(byUri);
  }
  context.subscriptions.push(
    { dispose: () => void refreshes.cancel() },
    service.onDidChange((change) => {
      if (change.relinked) refresh();
    }),
    settings.onDidChange(refresh),
    reviewed.onDidChange(refresh),
    onDecisionsChange(annotations, refresh),
  );
  refresh();
}

/** A problem names this many other sides and links to this many: beyond that a list helps nobody and costs the editor. */
const OTHERS_NAMED = 6;
const OTHERS_LINKED = 20;

function* diagnosticsFor(
  d: Discrepancy, service: FeatureDeps['service'], severity: vscode.DiagnosticSeverity, uriOf: (path: string) => vscode.Uri | undefined,
): Generator<{ path: string; diagnostic: vscode.Diagnostic }, void, void> {
  const located = d.mentions
    .map((ref) => ({ ref, doc: service.index.document(ref.path), lines: service.index.lineIndex(ref.path) }))
    .filter((x) => x.doc && x.lines && x.doc.mentions[x.ref.index])
    .map((x) => {
      const mention = x.doc!.mentions[x.ref.index];
      // A quote's side is its speaker; a figure's side is its value. Worked out once per side, not once per pair.
      const value = mention.kind === 'number' ? describeValue(mention.value, mention.type)
        : mention.kind === 'claim' && mention.type === 'quote' ? `said by ${mention.speaker ?? 'an unnamed speaker'}` : mention.text;
      return { ref: x.ref, mention, lines: x.lines!, value };
    });
  const perPath = new Map<string, number>();
  for (const side of located) perPath.set(side.ref.path, (perPath.get(side.ref.path) ?? 0) + 1);
  for (const side of located) {
    const otherCount = located.length - (perPath.get(side.ref.path) ?? 0);
    if (otherCount === 0) continue;
    const others: typeof located = [];
    for (const o of located) {
      if (others.length >= OTHERS_LINKED) break;
      if (o.ref.path !== side.ref.path) others.push(o);
    }
    const unnamed = otherCount - Math.min(OTHERS_NAMED, others.length);
    const otherValues = others.slice(0, OTHERS_NAMED).map((o) => `${o.value} (${o.ref.path})`).join('; ') + (unnamed > 0 ? vscode.l10n.t('; and {0} more', unnamed) : '');
    const message = d.relation === 'consistent-after-arithmetic'
      ? vscode.l10n.t('Consistent after arithmetic on {0}: {1} here, {2}.', d.about, side.value, otherValues)
      : side.mention.kind === 'claim' && side.mention.type === 'quote'
        ? vscode.l10n.t('Sources give this quote to different speakers: {0} here, {1}.', side.value, otherValues)
        : vscode.l10n.t('Sources disagree on {0}: this says {1}, against {2}.', d.about, side.value, otherValues);
    const diagnostic = new vscode.Diagnostic(fromCoreRange(side.lines.rangeOf(side.mention)), message, isConflicting(d.relation) ? severity : vscode.DiagnosticSeverity.Information);
    diagnostic.source = DISCREPANCY_SOURCE;
    diagnostic.code = d.relation;
    diagnostic.relatedInformation = others.flatMap((o) => {
      const uri = uriOf(o.ref.path);
      return uri ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, fromCoreRange(o.lines.rangeOf(o.mention))), `${o.ref.path}: ${o.mention.text}`)] : [];
    });
    yield { path: side.ref.path, diagnostic };
  }
}

import * as vscode from 'vscode';
import type { Discrepancy } from '../core/link/clusters';
import { describeValue } from '../core/report/value-text';
import type { FeatureDeps } from './deps';
import { fromCoreRange, toUri } from './convert';
import type { DiagnosticLevel } from './settings';
import { addTo } from '../core/multimap';
import { onDecisionsChange, rejectedBy } from './annotation-decisions';

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
  const collection = vscode.languages.createDiagnosticCollection('corroborate');
  context.subscriptions.push(collection);

  const isRejected = rejectedBy(annotations);
  const rejected = (path: string, index: number): boolean => {
    const mention = service.index.document(path)?.mentions[index];
    return mention !== undefined && isRejected(path, mention);
  };
  const refresh = (): void => {
    collection.clear();
    const level = settings.current.diagnosticLevel;
    if (level === 'off') return;
    const byPath = new Map<string, vscode.Diagnostic[]>();
    for (const found of service.index.discrepancies) {
      if (reviewed.has(found)) continue;
      // A side a person rejected as no mention at all disagrees with nothing.
      const discrepancy = { ...found, mentions: found.mentions.filter((ref) => !rejected(ref.path, ref.index)) };
      for (const diagnostic of diagnosticsFor(discrepancy, service, SEVERITY[level])) {
        addTo(byPath, diagnostic.path, diagnostic.diagnostic);
      }
    }
    for (const [path, diagnostics] of byPath) {
      const uri = toUri(path);
      if (uri) collection.set(uri, diagnostics);
    }
  };
  context.subscriptions.push(
    service.onDidChange((change) => {
      if (change.relinked) refresh();
    }),
    settings.onDidChange(refresh),
    reviewed.onDidChange(refresh),
    onDecisionsChange(annotations, refresh),
  );
  refresh();
}

function diagnosticsFor(d: Discrepancy, service: FeatureDeps['service'], severity: vscode.DiagnosticSeverity): { path: string; diagnostic: vscode.Diagnostic }[] {
  const out: { path: string; diagnostic: vscode.Diagnostic }[] = [];
  const located = d.mentions
    .map((ref) => ({ ref, doc: service.index.document(ref.path), lines: service.index.lineIndex(ref.path) }))
    .filter((x) => x.doc && x.lines && x.doc.mentions[x.ref.index]);
  for (const side of located) {
    const mention = side.doc!.mentions[side.ref.index];
    const others = located.filter((o) => o.ref.path !== side.ref.path);
    if (others.length === 0) continue;
    const range = fromCoreRange(side.lines!.rangeOf(mention));
    // A quote's side is its speaker; a figure's side is its value.
    const value = (m: typeof mention): string =>
      m.kind === 'number' ? describeValue(m.value, m.type) : m.kind === 'claim' && m.type === 'quote' ? `said by ${m.speaker ?? 'an unnamed speaker'}` : m.text;
    const otherValues = others.map((o) => `${value(o.doc!.mentions[o.ref.index])} (${o.ref.path})`).join('; ');
    const message = d.relation !== 'conflict'
      ? `Consistent after arithmetic on ${d.about}: ${value(mention)} here, ${otherValues}.`
      : mention.kind === 'claim' && mention.type === 'quote'
        ? `Sources give this quote to different speakers: ${value(mention)} here, ${otherValues}.`
        : `Sources disagree on ${d.about}: this says ${value(mention)}, against ${otherValues}.`;
    const diagnostic = new vscode.Diagnostic(range, message, d.relation === 'conflict' ? severity : vscode.DiagnosticSeverity.Information);
    diagnostic.source = DISCREPANCY_SOURCE;
    diagnostic.code = d.relation;
    diagnostic.relatedInformation = others.flatMap((o) => {
      const uri = toUri(o.ref.path);
      const m = o.doc!.mentions[o.ref.index];
      return uri ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, fromCoreRange(o.lines!.rangeOf(m))), `${o.ref.path}: ${m.text}`)] : [];
    });
    out.push({ path: side.ref.path, diagnostic });
  }
  return out;
}

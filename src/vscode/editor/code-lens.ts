import * as vscode from 'vscode';
import { membersShown, onDecisionsChange } from '../annotations/annotation-decisions';
import { crossSourceMatches, sourceVerdicts } from '../annotations/cross-source';
import type { FeatureDeps } from '../deps';
import { fromCoreRange, toUri } from '../base/convert';

/** "3 sources agree · 1 differs · 1 contradicts" above each claim other sources also make; click to peek them. */
export function register(context: vscode.ExtensionContext, { service, settings, annotations }: FeatureDeps): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    service.onDidChange((change) => {
      if (change.relinked) changed.fire();
    }),
    settings.onDidChange(() => changed.fire()),
    onDecisionsChange(annotations, () => changed.fire()),
    vscode.languages.registerCodeLensProvider([{ language: 'plaintext' }, { language: 'markdown' }], {
      onDidChangeCodeLenses: changed.event,
      provideCodeLenses(document) {
        if (!settings.current.codeLens) return [];
        const path = service.sync(document);
        const doc = path ? service.index.document(path) : undefined;
        const lines = path ? service.index.lineIndex(path) : undefined;
        if (!path || !doc || !lines || doc.text !== document.getText()) return [];
        const lenses: vscode.CodeLens[] = [];
        const membersOf = membersShown(service.index, annotations);
        doc.mentions.forEach((mention, index) => {
          if (mention.kind !== 'claim' || mention.type !== 'claim') return;
          const matches = crossSourceMatches(service.index, service.index.located(path, index), membersOf);
          if (matches.length === 0) return;
          const { agree, differ, contradict } = sourceVerdicts(matches);
          const parts = [
            agree ? (agree === 1 ? vscode.l10n.t('1 source agrees') : vscode.l10n.t('{0} sources agree', agree)) : '',
            differ ? (differ === 1 ? vscode.l10n.t('1 differs') : vscode.l10n.t('{0} differ', differ)) : '',
            contradict ? (contradict === 1 ? vscode.l10n.t('1 contradicts') : vscode.l10n.t('{0} contradict', contradict)) : '',
          ].filter(Boolean);
          const range = fromCoreRange(lines.rangeOf(mention));
          const locations = matches.flatMap((m) => {
            const uri = toUri(m.path);
            const other = service.index.lineIndex(m.path);
            return uri && other ? [new vscode.Location(uri, fromCoreRange(other.rangeOf(m.mention)))] : [];
          });
          lenses.push(new vscode.CodeLens(range, {
            title: parts.join(' · '),
            tooltip: vscode.l10n.t('Show what the other sources say'),
            command: 'editor.action.showReferences',
            arguments: [document.uri, range.start, locations],
          }));
        });
        return lenses;
      },
    }),
  );
}

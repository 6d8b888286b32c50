import * as vscode from 'vscode';
import type { LocatedMention } from '../../core/index/workspace-index';
import { membersShown } from '../annotations/annotation-decisions';
import type { FeatureDeps } from '../deps';
import { fromCoreRange, toRange, toUri } from '../base/convert';

const ARTICLES: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

/**
 * Go to Definition, Find All References, Peek, document highlights and workspace symbols,
 * all answered from the cluster of the mention under the cursor. The "definition" of an
 * actor is its first mention in the workspace that carries the canonical name.
 */
export function register(context: vscode.ExtensionContext, { service, annotations }: FeatureDeps): void {
  const at = (document: vscode.TextDocument, position: vscode.Position): LocatedMention | undefined => {
    const path = service.sync(document);
    return path ? service.index.mentionAt(path, document.offsetAt(position)) : undefined;
  };
  /** The cluster's members less rejected detections; none at all when the one under the cursor was rejected. */
  const membersAround = (located: LocatedMention | undefined): readonly LocatedMention[] => {
    if (!located?.cluster) return [];
    const members = membersShown(service.index, annotations)(located.cluster);
    return members.some((m) => m.path === located.path && m.index === located.index) ? members : [];
  };
  const locationsOf = (members: readonly LocatedMention[]): vscode.Location[] => {
    const out: vscode.Location[] = [];
    for (const member of members) {
      const uri = toUri(member.path);
      const lines = service.index.lineIndex(member.path);
      if (!uri || !lines) continue;
      out.push(new vscode.Location(uri, fromCoreRange(lines.rangeOf(member.mention))));
    }
    return out;
  };

  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ARTICLES, {
      provideDefinition(document, position) {
        const located = at(document, position);
        const members = membersAround(located);
        if (!located?.cluster || members.length === 0) return undefined;
        const label = service.index.cluster(located.cluster)?.label;
        const canonical = members.find((m) => m.mention.text === label) ?? members[0];
        return canonical ? locationsOf([canonical]) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider(ARTICLES, {
      provideReferences(document, position, refContext) {
        const located = at(document, position);
        const members = membersAround(located);
        if (!located || members.length === 0) return undefined;
        return locationsOf(refContext.includeDeclaration ? members : members.filter((m) => m.path !== located.path || m.index !== located.index));
      },
    }),
    vscode.languages.registerDocumentHighlightProvider(ARTICLES, {
      provideDocumentHighlights(document, position) {
        const located = at(document, position);
        const members = membersAround(located);
        if (!located || members.length === 0) return undefined;
        return members
          .filter((m) => m.path === located.path)
          .map((m) => new vscode.DocumentHighlight(toRange(document, m.mention), vscode.DocumentHighlightKind.Text));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const needle = query.toLowerCase();
        const symbols: vscode.SymbolInformation[] = [];
        const membersOf = membersShown(service.index, annotations);
        for (const cluster of service.index.linking.clusters.values()) {
          if (cluster.kind !== 'actor' || !cluster.label.toLowerCase().includes(needle)) continue;
          const first = membersOf(cluster.id)[0];
          if (!first) continue;
          const [location] = locationsOf([first]);
          if (location) symbols.push(new vscode.SymbolInformation(cluster.label, symbolKind(cluster.actorType), cluster.actorType ?? '', location));
          if (symbols.length >= 200) break;
        }
        return symbols;
      },
    }),
  );
}

function symbolKind(type: string | undefined): vscode.SymbolKind {
  return type === 'person' ? vscode.SymbolKind.Object : type === 'organization' ? vscode.SymbolKind.Module : vscode.SymbolKind.Namespace;
}

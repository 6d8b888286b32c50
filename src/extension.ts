import * as vscode from 'vscode';
import { analyzeText } from './core/analysis';
import type { DiskReader } from './vscode/index/article-files';
import type { Feature, FeatureDeps } from './vscode/deps';
import { createLog, register as output } from './vscode/base/output';
import { register as openMention } from './vscode/base/open-mention';
import { SettingsCache } from './vscode/base/settings';
import { IndexService } from './vscode/index/index-service';
import { AnnotationStore } from './vscode/annotations/annotation-store';
import { SidecarLocation } from './vscode/annotations/sidecar-location';
import { ReviewedDiscrepancies } from './vscode/annotations/reviewed';
import { register as annotationCommands } from './vscode/annotations/annotation-commands';
import { register as annotationDecorations } from './vscode/annotations/annotation-decorations';
import { register as annotationProblems } from './vscode/annotations/annotation-problems';
import { register as annotationSync } from './vscode/annotations/annotation-sync';
import { register as actorsFile } from './vscode/actors/actor-commands';
import { register as findActor } from './vscode/actors/find-actor';
import { register as codeLens } from './vscode/editor/code-lens';
import { register as commands } from './vscode/editor/commands';
import { register as decorations } from './vscode/editor/decorations';
import { register as diagnostics } from './vscode/editor/diagnostics';
import { register as hover } from './vscode/editor/hover';
import { register as navigation } from './vscode/editor/navigation';
import { register as quickFixes } from './vscode/editor/quick-fixes';
import { register as statusBar } from './vscode/editor/status-bar';
import { register as views } from './vscode/views/views';
import { register as annotationView } from './vscode/views/annotation-view';
import { register as stories } from './vscode/stories/story-commands';

const features: Readonly<Record<string, Feature>> = { output, annotationSync, annotationProblems, openMention, statusBar, decorations, hover, navigation, diagnostics, quickFixes, codeLens, views, commands, findActor, actorsFile, annotationCommands, annotationDecorations, annotationView, stories };

/** What the extension exposes to other extensions and to its own integration tests. */
export interface CorroborateApi {
  readonly service: IndexService;
  readonly trees: FeatureDeps['trees'];
  readonly annotations: AnnotationStore;
  /** What each open article was last painted with: `uri` for detections, `annotations:uri` for annotations. */
  readonly highlights: FeatureDeps['highlights'];
}

/** What differs between the extension hosts: the Node one can read `file:` articles itself. */
export interface ExtensionHost {
  readonly readFromDisk?: DiskReader;
}

/** Activation shared by the Node entry (src/node/extension.ts) and the web one (src/web/extension.ts). */
export function activateCorroborate(context: vscode.ExtensionContext, host: ExtensionHost): CorroborateApi {
  const started = Date.now();
  const log = createLog(context);
  const settings = new SettingsCache();
  const service = new IndexService((text) => analyzeText(text), settings, log, host.readFromDisk);
  context.subscriptions.push(settings, service);
  const readArticle = async (uri: vscode.Uri): Promise<string | undefined> => {
    const decoded = await service.files.read(uri);
    return decoded.ok ? decoded.text : undefined;
  };
  const annotations = new AnnotationStore(new SidecarLocation(settings.current.annotationsFolder), readArticle, log);
  const reviewed = new ReviewedDiscrepancies(context.workspaceState, service, annotations);
  context.subscriptions.push(annotations, reviewed);
  const deps: FeatureDeps = { log, settings, service, reviewed, annotations, trees: {}, highlights: new Map() };
  const setUp = Date.now() - started;
  // Each feature's registration is timed, so a slow start reported from the log shows its cause.
  const costs: [string, number][] = [];
  for (const [name, register] of Object.entries(features)) {
    const before = performance.now();
    register(context, deps);
    costs.push([name, performance.now() - before]);
  }
  // Indexing is deferred past activation so the editor is never held up by it.
  setTimeout(() => void service.rebuild(), 0);
  const slowest = costs.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`);
  log.info(`Corroborate activated in ${Date.now() - started} ms (services ${setUp} ms; slowest features: ${slowest.join(', ')})`);
  return { service, trees: deps.trees, annotations, highlights: deps.highlights };
}

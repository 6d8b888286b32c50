// base/ — what every editor part stands on: settings, the log, span <-> range conversion, atomic writes,
// per-key queues, context keys, the open-mention command, Problems diffing. Imports only src/core and
// deps.ts (types); nothing here knows about a feature.
import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../core/glob';

export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Every setting Corroborate reads, typed. Documented in package.json and the README. */
export interface Settings {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileBytes: number;
  /** `highlight.enabled`: off, Corroborate paints nothing at all (detections and annotations); the kinds below follow it. */
  readonly colouring: boolean;
  readonly highlightActors: boolean;
  readonly highlightNumbers: boolean;
  readonly highlightClaims: boolean;
  readonly codeLens: boolean;
  readonly diagnosticLevel: DiagnosticLevel;
  readonly hoverMaxMatches: number;
  /** Workspace folder that holds the sidecars, mirroring article paths; empty keeps each beside its article. */
  readonly annotationsFolder: string;
}

const SECTION = 'corroborate';

function read(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const colouring = c.get<boolean>('highlight.enabled', true);
  return {
    colouring,
    include: c.get<string[]>('files.include', DEFAULT_INCLUDE),
    exclude: c.get<string[]>('files.exclude', DEFAULT_EXCLUDE),
    maxFileBytes: Math.max(1, c.get<number>('files.maxSizeKB', 2048)) * 1024,
    highlightActors: colouring && c.get<boolean>('highlight.actors', true),
    highlightNumbers: colouring && c.get<boolean>('highlight.numbers', true),
    highlightClaims: colouring && c.get<boolean>('highlight.claims', true),
    codeLens: c.get<boolean>('codeLens.enabled', true),
    diagnosticLevel: c.get<DiagnosticLevel>('diagnostics.severity', 'warning'),
    hoverMaxMatches: Math.max(1, c.get<number>('hover.maxMatches', 8)),
    annotationsFolder: c.get<string>('annotations.folder', '').trim(),
  };
}

/**
 * A cached view of the settings, refreshed only when the user changes one of ours, so the
 * hot paths (hover, decorations, typing) never call getConfiguration.
 */
export class SettingsCache implements vscode.Disposable {
  private value = read();
  private readonly emitter = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.emitter.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(SECTION)) return;
    this.value = read();
    this.emitter.fire(this.value);
  });

  get current(): Settings {
    return this.value;
  }

  /** Writes a setting for the workspace (or globally when no folder is open). */
  async update(key: string, value: unknown): Promise<void> {
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration(SECTION).update(key, value, target);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}

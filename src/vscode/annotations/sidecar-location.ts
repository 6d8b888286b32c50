import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, articlePathOf, sidecarPathFor } from '../../core/annotations';

/**
 * Maps articles to their sidecars and back, honouring `corroborate.annotations.folder`:
 * empty keeps each sidecar beside its article, a folder name mirrors the article's path
 * inside that folder of the article's own workspace folder.
 */
export class SidecarLocation {
  constructor(private folder: string) {}

  reconfigure(folder: string): void {
    this.folder = folder;
  }

  get glob(): string {
    return `**/*${SIDECAR_SUFFIX}`;
  }

  sidecarOf(article: vscode.Uri): vscode.Uri {
    const root = vscode.workspace.getWorkspaceFolder(article);
    if (!this.folder.trim() || !root) return article.with({ path: article.path + SIDECAR_SUFFIX });
    const relative = article.path.slice(root.uri.path.replace(/\/$/, '').length + 1);
    return vscode.Uri.joinPath(root.uri, ...sidecarPathFor(relative, this.folder).split('/'));
  }

  /** With a sidecar folder, the folder in it that mirrors `articleFolder`; undefined when sidecars sit beside their articles. */
  mirrorOf(articleFolder: vscode.Uri): vscode.Uri | undefined {
    if (!this.folder.trim()) return undefined;
    const mirrored = this.sidecarOf(articleFolder);
    return mirrored.with({ path: mirrored.path.slice(0, -SIDECAR_SUFFIX.length) });
  }

  /** The article a sidecar names in its `article` field (relative to the sidecar's folder). */
  articleOf(sidecar: vscode.Uri, articleField: string): vscode.Uri {
    return sidecar.with({ path: '/' + articlePathOf(sidecar.path.replace(/^\//, ''), articleField) });
  }
}

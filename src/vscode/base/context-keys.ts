import * as vscode from 'vscode';

/**
 * A typed `when`-clause context key that only talks to VS Code when its value changes.
 * Menus and welcome views in package.json read these names.
 */
export class ContextKey<V> {
  private value: V | undefined;

  constructor(readonly name: string) {}

  set(value: V): void {
    if (this.value === value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', this.name, value);
  }
}

/** Indexing is running: the views show a "working" welcome instead of "nothing found". */
export const indexingKey = new ContextKey<boolean>('corroborate.indexing');
/** Some discrepancy is open in Problems: discrepancy navigation appears in the editor title. */
export const hasDiscrepanciesKey = new ContextKey<boolean>('corroborate.hasDiscrepancies');

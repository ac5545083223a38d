import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import type { ProblemState } from '../core/progress/problemProgress';
import { CatalogTreeProvider, DifficultyDecorations, type CatalogNode } from './catalogTree';

export const CATALOG_VIEW_ID = 'aiInterviewStudio.catalog';

/** Registers the sidebar tree and its filter commands. */
export function registerCatalogView(
  catalog: Catalog,
  problemState: (id: string) => ProblemState | undefined,
): { provider: CatalogTreeProvider; view: vscode.TreeView<CatalogNode>; disposables: vscode.Disposable[] } {
  const provider = new CatalogTreeProvider(catalog, problemState);
  const view = vscode.window.createTreeView<CatalogNode>(CATALOG_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  async function applyFilter(text: string) {
    provider.setFilter(text);
    view.message = provider.filter ? `Filtered by "${provider.filter}"` : undefined;
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.filtered', Boolean(provider.filter));
  }

  const disposables = [
    view,
    vscode.window.registerFileDecorationProvider(new DifficultyDecorations()),
    vscode.commands.registerCommand('aiInterviewStudio.filter', async (text?: string) => {
      const value =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: 'Filter questions',
              prompt: 'Words to match in titles, ids, tags, kind (coding, design, concept) or difficulty (easy, medium, hard)',
              value: provider.filter,
              placeHolder: 'e.g. rag medium',
            });
      if (value !== undefined) await applyFilter(value);
    }),
    vscode.commands.registerCommand('aiInterviewStudio.clearFilter', () => applyFilter('')),
  ];
  return { provider, view, disposables };
}

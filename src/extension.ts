import * as vscode from 'vscode';
import { loadCatalog } from './core/catalog/load';
import type { Catalog } from './core/catalog/types';
import { reportContentErrors } from './content/contentProblems';
import { ITEM_SCHEME, ItemDocumentProvider, showItemPage } from './content/itemDocuments';
import { registerCatalogView } from './tree/catalogView';
import type { CatalogTreeProvider } from './tree/catalogTree';

/** What activate() returns: used by the integration tests and by companion extensions. */
export interface StudioApi {
  catalog: Catalog;
  tree: CatalogTreeProvider;
}

export function activate(context: vscode.ExtensionContext): StudioApi {
  const output = vscode.window.createOutputChannel('AI Interview Studio', { log: true });
  const catalog = loadCatalog(vscode.Uri.joinPath(context.extensionUri, 'content').fsPath);
  const { provider: tree, disposables: treeDisposables } = registerCatalogView(catalog);

  context.subscriptions.push(
    output,
    ...treeDisposables,
    vscode.workspace.registerTextDocumentContentProvider(ITEM_SCHEME, new ItemDocumentProvider(() => catalog)),
    vscode.commands.registerCommand('aiInterviewStudio.openItem', async (id: string) => {
      const item = catalog.find(id);
      if (!item) return void vscode.window.showErrorMessage(`AI Interview Studio: no question with id "${id}".`);
      await showItemPage(item);
    }),
    vscode.commands.registerCommand('aiInterviewStudio.showContentErrors', () => output.show(true)),
  );
  void reportContentErrors(catalog.errors, output);
  return { catalog, tree };
}

export function deactivate(): void {}

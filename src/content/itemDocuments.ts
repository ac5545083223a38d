import * as vscode from 'vscode';
import { itemMarkdown } from '../core/catalog/render';
import type { Catalog, CatalogItem } from '../core/catalog/types';
import { Disposable, registered } from '../disposable';
import { registerCommand } from '../userError';

export const ITEM_SCHEME = 'ai-interview-studio';

export const itemUri = (item: CatalogItem) => vscode.Uri.from({ scheme: ITEM_SCHEME, path: `/${item.kind}/${item.id}.md` });

/** Serves read-only markdown pages for items, so statements open in VS Code's own preview. */
class ItemDocumentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly getCatalog: () => Catalog) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const answer = /^\/design\/(.+)\.answer\.mmd$/.exec(uri.path);
    if (answer) {
      const design = this.getCatalog().find(answer[1]!);
      return design?.kind === 'design' ? `%% Model answer: ${design.title}\n${design.modelAnswer}` : `%% No design question "${answer[1]}"\nflowchart LR\n`;
    }
    const id = uri.path.replace(/^.*\//, '').replace(/\.md$/, '');
    const item = this.getCatalog().find(id);
    return item ? itemMarkdown(item) : `# Not found\n\nNo question with id \`${id}\` is in the bank.`;
  }
}

/** The markdown preview names its tab after the file: "Preview <id>.md". */
const previewLabel = (item: CatalogItem) => `Preview ${item.id}.md`;

/**
 * Closes the previews of other item pages: the markdown preview opens one tab per document, so
 * opening statement after statement would otherwise pile them up beside the editor.
 */
async function closeOtherItemPreviews(catalog: Catalog, item: CatalogItem): Promise<void> {
  const labels = new Set(catalog.categories.flatMap((category) => category.items.filter((other) => other.id !== item.id).map(previewLabel)));
  const stale = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('markdown.preview') && labels.has(tab.label));
  if (stale.length) await vscode.window.tabGroups.close(stale, true);
}

/** Opens an item's page in the markdown preview (one at a time), or as plain text where no preview exists. */
export async function showItemPage(catalog: Catalog, item: CatalogItem, column?: vscode.ViewColumn): Promise<void> {
  const uri = itemUri(item);
  await closeOtherItemPreviews(catalog, item);
  try {
    // Executing the command activates the built-in markdown extension if needed.
    await vscode.commands.executeCommand(column === vscode.ViewColumn.Beside ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true, ...(column ? { viewColumn: column } : {}) });
  }
}

/** Item pages: the read-only documents and the command that opens any item from the tree. */
export class ItemPages extends Disposable {
  static register(context: vscode.ExtensionContext, deps: { catalog: Catalog }) {
    return registered(context, new ItemPages(deps.catalog));
  }

  private constructor(catalog: Catalog) {
    super();
    this.own(
      vscode.workspace.registerTextDocumentContentProvider(ITEM_SCHEME, new ItemDocumentProvider(() => catalog)),
      registerCommand('aiInterviewStudio.openItem', async (id: string) => {
        const item = catalog.find(id);
        if (!item) return void vscode.window.showErrorMessage(`AI Interview Studio: no question with id "${id}".`);
        if (item.kind === 'concept') return void (await vscode.commands.executeCommand('aiInterviewStudio.openCard', id));
        await showItemPage(catalog, item);
      }),
    );
  }
}

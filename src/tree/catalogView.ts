import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import type { StudyStore } from '../core/progress/studyStore';
import { Disposable, registered } from '../disposable';
import type { ProblemProgressStore } from '../problems/progressStore';
import { CatalogTreeProvider, type CatalogNode } from './catalogTree';
import { registerCommand } from '../userError';

export const CATALOG_VIEW_ID = 'aiInterviewStudio.catalog';

/** The sidebar tree, its filter commands, and its refresh on every study-state change. */
export class CatalogView extends Disposable {
  readonly provider: CatalogTreeProvider;
  readonly view: vscode.TreeView<CatalogNode>;

  static register(context: vscode.ExtensionContext, deps: { catalog: Catalog; study: StudyStore; progress: ProblemProgressStore }) {
    return registered(context, new CatalogView(deps.catalog, deps.study, deps.progress));
  }

  private constructor(catalog: Catalog, study: StudyStore, progress: ProblemProgressStore) {
    super();
    this.provider = new CatalogTreeProvider(catalog, (id) => progress.stateOf(id));
    this.view = this.own(
      vscode.window.createTreeView<CatalogNode>(CATALOG_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true }),
    );
    this.own(
      this.provider,
      study.onChange(() => this.provider.refresh()),
      registerCommand('aiInterviewStudio.filter', async (text?: string) => {
        const value =
          typeof text === 'string'
            ? text
            : await vscode.window.showInputBox({
                title: 'Filter questions',
                prompt: 'Words to match in titles, ids, tags, kind (coding, design, concept) or difficulty (easy, medium, hard)',
                value: this.provider.filter,
                placeHolder: 'e.g. rag medium',
              });
        if (value !== undefined) await this.applyFilter(value);
      }),
      registerCommand('aiInterviewStudio.clearFilter', () => this.applyFilter('')),
    );
  }

  private async applyFilter(text: string): Promise<void> {
    this.provider.setFilter(text);
    this.view.message = this.provider.filter ? `Filtered by "${this.provider.filter}"` : undefined;
    await vscode.commands.executeCommand('setContext', 'aiInterviewStudio.filtered', Boolean(this.provider.filter));
  }
}

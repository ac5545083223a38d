import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import { detectProblemId } from '../core/problems/problemFiles';
import type { ProblemProgressStore } from '../problems/progressStore';

/** "Run hidden tests", "Statement" and, once solved, "Editorial" above a problem file. */
export class HiddenTestLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly catalog: Catalog,
    progress: ProblemProgressStore,
  ) {
    progress.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const id = detectProblemId(document.getText(new vscode.Range(0, 0, 20, 0)));
    const problem = id ? this.catalog.find(id) : undefined;
    if (problem?.kind !== 'coding') return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, {
        title: '$(beaker) Run hidden tests',
        command: 'aiInterviewStudio.runHiddenTests',
        arguments: [document.uri],
      }),
      ...(document.languageId === 'python'
        ? []
        : [
            new vscode.CodeLens(top, {
              title: '$(debug-alt) Debug',
              command: 'aiInterviewStudio.debugHiddenTests',
              arguments: [document.uri],
            }),
          ]),
      new vscode.CodeLens(top, { title: '$(book) Statement', command: 'aiInterviewStudio.openItem', arguments: [problem.id] }),
      new vscode.CodeLens(top, { title: '$(lightbulb) Editorial', command: 'aiInterviewStudio.showEditorial', arguments: [problem.id] }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/types';
import { detectProblemId } from '../core/problems/problemFiles';
import type { StudyStore } from '../core/progress/studyStore';
import { Disposable, registered } from '../disposable';

const PROBLEM_FILES: vscode.DocumentSelector = [
  { scheme: 'file', language: 'typescript' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'python' },
];

/** "Run hidden tests", "Statement" and, once solved, "Editorial" above a problem file. */
export class HiddenTestLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  static register(context: vscode.ExtensionContext, deps: { catalog: Catalog; study: StudyStore }) {
    return registered(context, new HiddenTestLensProvider(deps.catalog, deps.study));
  }

  private constructor(
    private readonly catalog: Catalog,
    study: StudyStore,
  ) {
    super();
    this.own(
      study.onChange(() => this.changed.fire()),
      // VS Code drops a pending lens request when its editor loses the focus and asks again only on focus
      // or onDidChangeCodeLenses. A new problem file loses it at once to its statement opened beside, so
      // without this its lens could wait for a click into the file.
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
      vscode.languages.registerCodeLensProvider(PROBLEM_FILES, this),
    );
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
      // Python debugging goes through debugpy; without it the command says what to install.
      new vscode.CodeLens(top, { title: '$(debug-alt) Debug', command: 'aiInterviewStudio.debugHiddenTests', arguments: [document.uri] }),
      new vscode.CodeLens(top, { title: '$(book) Statement', command: 'aiInterviewStudio.openItem', arguments: [problem.id] }),
      new vscode.CodeLens(top, { title: '$(lightbulb) Editorial', command: 'aiInterviewStudio.showEditorial', arguments: [problem.id] }),
    ];
  }
}

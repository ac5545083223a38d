import * as vscode from 'vscode';
import { loadCatalog } from './core/catalog/load';
import type { Catalog } from './core/catalog/types';
import { registerDesignCommands } from './canvas/designCommands';
import { CANVAS_VIEW_TYPE, DesignCanvasProvider } from './canvas/designCanvasProvider';
import { MockInterviewController } from './canvas/mockInterviewController';
import { reportContentErrors } from './content/contentProblems';
import { CardReviewController } from './cards/cardReviewController';
import { StudyStore } from './core/progress/studyStore';
import { ProgressPanel } from './progress/progressPanel';
import { ApiKeyStore } from './critique/apiKeyStore';
import { CritiqueController } from './critique/critiqueController';
import { ITEM_SCHEME, ItemDocumentProvider, showItemPage } from './content/itemDocuments';
import { registerProblemCommands } from './problems/problemCommands';
import { ProblemProgressStore } from './problems/progressStore';
import { HiddenTestController } from './testing/hiddenTestController';
import { HiddenTestLensProvider } from './testing/hiddenTestLens';
import { registerCatalogView } from './tree/catalogView';
import type { CatalogTreeProvider } from './tree/catalogTree';

/** What activate() returns: used by the integration tests and by companion extensions. */
export interface StudioApi {
  catalog: Catalog;
  tree: CatalogTreeProvider;
  hiddenTests: HiddenTestController;
  progress: ProblemProgressStore;
  canvases: DesignCanvasProvider;
  mockInterview: MockInterviewController;
  critique: CritiqueController;
  cards: CardReviewController;
  study: StudyStore;
}

const PROBLEM_FILES: vscode.DocumentSelector = [
  { scheme: 'file', language: 'typescript' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'python' },
];

export function activate(context: vscode.ExtensionContext): StudioApi {
  const output = vscode.window.createOutputChannel('AI Interview Studio', { log: true });
  const catalog = loadCatalog(vscode.Uri.joinPath(context.extensionUri, 'content').fsPath);
  const study = new StudyStore(vscode.Uri.joinPath(context.globalStorageUri, 'study.json').fsPath);
  if (study.recoveredFrom) output.warn(`The progress file was unreadable; it was kept as ${study.recoveredFrom} and a new one started.`);
  const progress = new ProblemProgressStore(study);
  const { provider: tree, view: treeView, disposables: treeDisposables } = registerCatalogView(catalog, (id) => progress.stateOf(id));
  const hiddenTests = new HiddenTestController(catalog, vscode.Uri.joinPath(context.extensionUri, 'dist', 'harness').fsPath, progress);
  const lenses = new HiddenTestLensProvider(catalog, progress);
  const canvases = new DesignCanvasProvider(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'));
  const mockInterview = new MockInterviewController(canvases);
  const apiKey = new ApiKeyStore(context.secrets);
  const critique = new CritiqueController(catalog, vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, canvases, apiKey, study);
  const cards = new CardReviewController(
    catalog,
    study,
    vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'),
    treeView,
    apiKey,
    vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath,
  );

  context.subscriptions.push(
    output,
    progress,
    hiddenTests,
    lenses,
    ...treeDisposables,
    progress.onDidChange(() => tree.refresh()),
    vscode.languages.registerCodeLensProvider(PROBLEM_FILES, lenses),
    vscode.workspace.registerTextDocumentContentProvider(ITEM_SCHEME, new ItemDocumentProvider(() => catalog)),
    ...registerProblemCommands(catalog, progress),
    canvases,
    mockInterview,
    critique,
    cards,
    new ProgressPanel(catalog, study, vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')),
    ...apiKey.register(),
    vscode.commands.registerCommand('aiInterviewStudio.exportProgress', async () => {
      const target = await vscode.window.showSaveDialog({
        filters: { JSON: ['json'] },
        defaultUri: vscode.Uri.file('ai-interview-studio-progress.json'),
      });
      if (target) study.exportTo(target.fsPath);
    }),
    vscode.commands.registerCommand('aiInterviewStudio.importProgress', async () => {
      const [source] = (await vscode.window.showOpenDialog({ filters: { JSON: ['json'] }, canSelectMany: false })) ?? [];
      if (!source) return;
      try {
        study.importFrom(source.fsPath);
        tree.refresh();
        void vscode.window.showInformationMessage('AI Interview Studio: progress imported.');
      } catch (error) {
        void vscode.window.showErrorMessage(`AI Interview Studio: ${(error as Error).message}. Nothing was changed.`);
      }
    }),
    vscode.window.registerCustomEditorProvider(CANVAS_VIEW_TYPE, canvases, {
      webviewOptions: { retainContextWhenHidden: true },
      supportsMultipleEditorsPerDocument: true,
    }),
    ...registerDesignCommands(catalog, canvases, mockInterview),
    vscode.commands.registerCommand('aiInterviewStudio.openItem', async (id: string) => {
      const item = catalog.find(id);
      if (!item) return void vscode.window.showErrorMessage(`AI Interview Studio: no question with id "${id}".`);
      if (item.kind === 'concept') return void (await vscode.commands.executeCommand('aiInterviewStudio.openCard', id));
      await showItemPage(item);
    }),
    vscode.commands.registerCommand('aiInterviewStudio.runHiddenTests', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const result = target && (await hiddenTests.runFile(target));
      if (!result)
        void vscode.window.showWarningMessage(
          'This file is not an AI Interview Studio problem (no "ai-interview-studio problem:" header).',
        );
      return result;
    }),
    vscode.commands.registerCommand('aiInterviewStudio.debugHiddenTests', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      return target && hiddenTests.runFile(target, 'debug');
    }),
    vscode.commands.registerCommand('aiInterviewStudio.showContentErrors', () => output.show(true)),
  );
  void reportContentErrors(catalog.errors, output);
  return { catalog, tree, hiddenTests, progress, canvases, mockInterview, critique, cards, study };
}

export function deactivate(): void {}

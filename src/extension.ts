import * as vscode from 'vscode';
import { loadCatalog } from './core/catalog/load';
import type { Catalog } from './core/catalog/types';
import { registerDesignCommands } from './canvas/designCommands';
import { CANVAS_VIEW_TYPE, DesignCanvasProvider } from './canvas/designCanvasProvider';
import { MockInterviewController } from './canvas/mockInterviewController';
import { reportContentErrors } from './content/contentProblems';
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
}

const PROBLEM_FILES: vscode.DocumentSelector = [
  { scheme: 'file', language: 'typescript' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'python' },
];

export function activate(context: vscode.ExtensionContext): StudioApi {
  const output = vscode.window.createOutputChannel('AI Interview Studio', { log: true });
  const catalog = loadCatalog(vscode.Uri.joinPath(context.extensionUri, 'content').fsPath);
  const progress = new ProblemProgressStore(context.globalState);
  const { provider: tree, disposables: treeDisposables } = registerCatalogView(catalog, (id) => progress.stateOf(id));
  const hiddenTests = new HiddenTestController(catalog, vscode.Uri.joinPath(context.extensionUri, 'dist', 'harness').fsPath, progress);
  const lenses = new HiddenTestLensProvider(catalog, progress);
  const canvases = new DesignCanvasProvider(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'));
  const mockInterview = new MockInterviewController(canvases);
  const apiKey = new ApiKeyStore(context.secrets);
  const critique = new CritiqueController(catalog, vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, canvases, apiKey);

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
    ...apiKey.register(),
    vscode.window.registerCustomEditorProvider(CANVAS_VIEW_TYPE, canvases, {
      webviewOptions: { retainContextWhenHidden: true },
      supportsMultipleEditorsPerDocument: true,
    }),
    ...registerDesignCommands(catalog, canvases, mockInterview),
    vscode.commands.registerCommand('aiInterviewStudio.openItem', async (id: string) => {
      const item = catalog.find(id);
      if (!item) return void vscode.window.showErrorMessage(`AI Interview Studio: no question with id "${id}".`);
      await showItemPage(item);
    }),
    vscode.commands.registerCommand('aiInterviewStudio.runHiddenTests', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const result = target && (await hiddenTests.runFile(target));
      if (!result) void vscode.window.showWarningMessage('This file is not an AI Interview Studio problem (no "ai-interview-studio problem:" header).');
      return result;
    }),
    vscode.commands.registerCommand('aiInterviewStudio.showContentErrors', () => output.show(true)),
  );
  void reportContentErrors(catalog.errors, output);
  return { catalog, tree, hiddenTests, progress, canvases, mockInterview, critique };
}

export function deactivate(): void {}

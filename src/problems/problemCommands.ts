import * as vscode from 'vscode';
import type { Catalog, CodingProblem, Language } from '../core/catalog/types';
import { editorialPath, LANGUAGES, scaffoldProblem } from '../core/problems/problemFiles';
import { showItemPage } from '../content/itemDocuments';
import type { ProblemProgressStore } from './progressStore';

function config() {
  return vscode.workspace.getConfiguration('aiInterviewStudio');
}

async function pickLanguage(problem: CodingProblem): Promise<Language | undefined> {
  const preferred = config().get<string>('defaultLanguage', 'ask');
  if (preferred === 'ts' || preferred === 'js' || preferred === 'py') return preferred;
  const picked = await vscode.window.showQuickPick(
    (Object.keys(LANGUAGES) as Language[]).map((language) => ({ label: LANGUAGES[language].label, language })),
    { title: `Start "${problem.title}" in...`, placeHolder: 'Language (set aiInterviewStudio.defaultLanguage to skip this)' },
  );
  return picked?.language;
}

function practiceFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, config().get<string>('practiceFolder', 'interview-practice'));
}

/** Commands that open coding problems as files in the workspace, and their editorials. */
export function registerProblemCommands(catalog: Catalog, progress: ProblemProgressStore): vscode.Disposable[] {
  const problemById = (id: unknown): CodingProblem | undefined => {
    const item = typeof id === 'string' ? catalog.find(id) : undefined;
    if (item?.kind === 'coding') return item;
    void vscode.window.showErrorMessage(`AI Interview Studio: "${String(id)}" is not a coding problem.`);
    return undefined;
  };
  // Tree context menus pass the tree node; commands and links pass the id.
  const idOf = (arg: unknown) =>
    arg && typeof arg === 'object' && 'item' in arg ? (arg as { item: { id: string } }).item.id : arg;

  return [
    vscode.commands.registerCommand('aiInterviewStudio.startProblem', async (arg: unknown, language?: Language) => {
      const problem = problemById(idOf(arg));
      if (!problem) return undefined;
      const folder = practiceFolder();
      if (!folder) {
        const choice = await vscode.window.showWarningMessage('Open a folder to practise in: problems are written as files into it.', 'Open Folder...');
        if (choice) await vscode.commands.executeCommand('vscode.openFolder');
        return undefined;
      }
      const chosen = language ?? (await pickLanguage(problem));
      if (!chosen) return undefined;
      const { path, created } = scaffoldProblem(problem, chosen, folder.fsPath);
      const uri = vscode.Uri.file(path);
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
      await showItemPage(problem, vscode.ViewColumn.Beside);
      if (!created) void vscode.window.setStatusBarMessage(`Opened your existing attempt at ${problem.title}.`, 4000);
      return uri;
    }),

    vscode.commands.registerCommand('aiInterviewStudio.showEditorial', async (arg: unknown) => {
      const problem = problemById(idOf(arg));
      if (!problem) return;
      if (progress.stateOf(problem.id) !== 'solved') {
        const reveal = await vscode.window.showWarningMessage(
          `You have not solved "${problem.title}" yet. Reveal the editorial anyway?`,
          { modal: true },
          'Reveal Editorial',
        );
        if (!reveal) return;
      }
      await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(editorialPath(problem)));
    }),
  ];
}

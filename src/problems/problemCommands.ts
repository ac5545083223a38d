import * as vscode from 'vscode';
import type { Catalog, CodingProblem, Language } from '../core/catalog/types';
import { editorialPath, LANGUAGES, scaffoldProblem } from '../core/problems/problemFiles';
import { itemArgument, practiceFolder } from '../content/commandArgs';
import { showItemPage } from '../content/itemDocuments';
import { Disposable, registered } from '../disposable';
import type { ProblemProgressStore } from './progressStore';
import { registerCommand } from '../userError';

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

/** Commands that open coding problems as files in the workspace, and their editorials. */
export class ProblemCommands extends Disposable {
  static register(context: vscode.ExtensionContext, deps: { catalog: Catalog; progress: ProblemProgressStore }) {
    return registered(context, new ProblemCommands(deps.catalog, deps.progress));
  }

  private constructor(catalog: Catalog, progress: ProblemProgressStore) {
    super();
    this.own(
      registerCommand('aiInterviewStudio.startProblem', async (arg: unknown, language?: Language) => {
        const problem = itemArgument(catalog, arg, 'coding');
        if (!problem) return undefined;
        const folder = await practiceFolder('practiceFolder', 'interview-practice', 'problems');
        if (!folder) return undefined;
        const chosen = language ?? (await pickLanguage(problem));
        if (!chosen) return undefined;
        const { path, created } = scaffoldProblem(problem, chosen, folder.fsPath);
        const uri = vscode.Uri.file(path);
        // A normal tab, not a preview: the file is the user's work, and a preview tab would be replaced by the next one opened.
        await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preview: false });
        await showItemPage(catalog, problem, vscode.ViewColumn.Beside);
        if (!created) void vscode.window.setStatusBarMessage(`Opened your existing attempt at ${problem.title}.`, 4000);
        return uri;
      }),

      registerCommand('aiInterviewStudio.showEditorial', async (arg: unknown) => {
        const problem = itemArgument(catalog, arg, 'coding');
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
    );
  }
}

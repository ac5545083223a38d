import * as vscode from 'vscode';
import type { StudyData, StudyStore } from '../core/progress/studyStore';
import { Disposable, registered } from '../disposable';
import { registerCommand } from '../userError';

export const WALKTHROUGH_ID = 'ai-interview-studio.ai-interview-studio#aiInterviewStudio.gettingStarted';

/** Nothing practised yet: no run, no critique, no review. */
export function isFirstRun(data: StudyData): boolean {
  return Object.keys(data.problems).length === 0 && data.critiques.length === 0 && data.reviews.length === 0;
}

/**
 * The first-run guide: the "Get Started" view (only welcome content, shown until something has
 * been practised) and the command that opens the walkthrough.
 */
export class Onboarding extends Disposable {
  static register(context: vscode.ExtensionContext, deps: { study: StudyStore }) {
    return registered(context, new Onboarding(deps.study));
  }

  private constructor(private readonly study: StudyStore) {
    super();
    // An empty tree: VS Code shows the view's welcome content (package.json viewsWelcome) instead.
    this.own(
      vscode.window.registerTreeDataProvider<never>('aiInterviewStudio.welcome', { getTreeItem: (item) => item, getChildren: () => [] }),
      registerCommand('aiInterviewStudio.openWalkthrough', () =>
        vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false),
      ),
      study.onChange(() => this.updateContext()),
    );
    this.updateContext();
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'aiInterviewStudio.firstRun', isFirstRun(this.study.snapshot));
  }
}

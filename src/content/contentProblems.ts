import * as vscode from 'vscode';
import type { ContentError } from '../core/catalog/types';
import { Disposable, registered } from '../disposable';
import { plural } from '../core/plural';
import { registerCommand } from '../userError';

/** Broken content files: reported once, with the details in the log channel and a command to show them. */
export class ContentProblems extends Disposable {
  static register(context: vscode.ExtensionContext, deps: { errors: ContentError[]; log: vscode.LogOutputChannel }) {
    const feature = registered(context, new ContentProblems(deps.log));
    void feature.report(deps.errors);
    return feature;
  }

  private constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this.own(registerCommand('aiInterviewStudio.showContentErrors', () => log.show(true)));
  }

  private async report(errors: ContentError[]): Promise<void> {
    if (!errors.length) return;
    for (const error of errors) this.log.error(`[content] ${error.message}`);
    const files = new Set(errors.map((error) => error.file)).size;
    const choice = await vscode.window.showWarningMessage(
      `AI Interview Studio: ${plural(files, 'content file')} could not be loaded and were skipped; the rest of the question bank is available.`,
      'Show Details',
    );
    if (choice === 'Show Details') this.log.show(true);
  }
}

import * as vscode from 'vscode';
import type { ContentError } from '../core/catalog/types';

/** Reports broken content files once, with the details in the output channel. */
export async function reportContentErrors(errors: ContentError[], output: vscode.OutputChannel): Promise<void> {
  if (!errors.length) return;
  for (const error of errors) output.appendLine(`[content] ${error.message}`);
  const files = new Set(errors.map((error) => error.file)).size;
  const choice = await vscode.window.showWarningMessage(
    `AI Interview Studio: ${files} content file(s) could not be loaded and were skipped; the rest of the question bank is available.`,
    'Show Details',
  );
  if (choice === 'Show Details') output.show(true);
}

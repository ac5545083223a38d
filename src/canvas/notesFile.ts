import * as vscode from 'vscode';
import { notesPathOf } from '../core/design/designFile';

export const notesUri = (diagram: vscode.Uri) => diagram.with({ path: notesPathOf(diagram.path) });

/** The notes file's text, or '' when there is none yet. */
export async function readNotes(diagram: vscode.Uri): Promise<string> {
  try {
    return (await vscode.workspace.openTextDocument(notesUri(diagram))).getText();
  } catch {
    return '';
  }
}

/** Writes the whole notes text, as the canvas's notes box holds it. */
export const replaceNotes = (diagram: vscode.Uri, text: string) =>
  changeNotes(diagram, text, (edit, document) =>
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text),
  );

/** Adds text at the end of the notes, as the mock interview does at each phase. */
export const appendNotes = (diagram: vscode.Uri, text: string, header: string) =>
  changeNotes(diagram, header + text, (edit, document) => edit.insert(document.uri, document.positionAt(document.getText().length), text));

/**
 * Changes the notes beside a diagram through a WorkspaceEdit (an open editor on the file
 * shows the change and undo works), creating the file with `initial` on first use, then
 * saves it. A failure says so; the caller still holds the text.
 */
async function changeNotes(
  diagram: vscode.Uri,
  initial: string,
  change: (edit: vscode.WorkspaceEdit, document: vscode.TextDocument) => void,
): Promise<boolean> {
  const uri = notesUri(diagram);
  const edit = new vscode.WorkspaceEdit();
  let document: vscode.TextDocument | undefined;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    document = undefined;
  }
  if (document) change(edit, document);
  else edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(initial) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(
      `AI Interview Studio: could not write ${vscode.workspace.asRelativePath(uri)}; your text is still in the canvas.`,
    );
    return false;
  }
  await (await vscode.workspace.openTextDocument(uri)).save();
  return true;
}

import * as vscode from 'vscode';
import type { Catalog, CatalogItem, ItemKind } from '../core/catalog/types';

const KIND_NAMES: Record<ItemKind, string> = { coding: 'coding problem', design: 'design question', concept: 'concept card' };

/**
 * The catalog item a command was invoked for: tree menus pass the tree node, commands and
 * links pass the id. Shows an error and returns undefined when it is not of the wanted kind.
 */
export function itemArgument<K extends ItemKind>(catalog: Catalog, arg: unknown, kind: K): Extract<CatalogItem, { kind: K }> | undefined {
  const id = arg && typeof arg === 'object' && 'item' in arg ? (arg as { item: { id: string } }).item.id : arg;
  const item = typeof id === 'string' ? catalog.find(id) : undefined;
  if (item?.kind === kind) return item as Extract<CatalogItem, { kind: K }>;
  void vscode.window.showErrorMessage(`AI Interview Studio: "${String(id)}" is not a ${KIND_NAMES[kind]}.`);
  return undefined;
}

/**
 * A folder under the first workspace folder, named by a setting. Without an open folder it
 * offers to open one and returns undefined.
 */
export async function practiceFolder(setting: string, fallback: string, what: string): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0];
  if (root) return vscode.Uri.joinPath(root.uri, vscode.workspace.getConfiguration('aiInterviewStudio').get<string>(setting, fallback));
  const choice = await vscode.window.showWarningMessage(`Open a folder to practise in: ${what} are saved as files into it.`, 'Open Folder...');
  if (choice) await vscode.commands.executeCommand('vscode.openFolder');
  return undefined;
}

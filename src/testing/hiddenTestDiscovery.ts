import * as vscode from 'vscode';
import type { Catalog, CodingProblem, Language } from '../core/catalog/types';
import { detectProblemId, entryLine, LANGUAGES, languageOf, loadHiddenSuite } from '../core/problems/problemFiles';
import { Disposable } from '../disposable';

/** A scaffolded problem file in the Test Explorer. */
export interface TrackedFile {
  item: vscode.TestItem;
  problem: CodingProblem;
  language: Language;
}

const SOURCE_GLOB = '**/*.{ts,mts,cts,js,mjs,cjs,py}';
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out,.venv,venv,__pycache__}/**';

/**
 * Finds problem files (by their header) in the workspace and open editors and keeps their
 * test items in step: one item per file, one child per hidden case, the range at the entry.
 */
export class HiddenTestDiscovery extends Disposable {
  private readonly files = new Map<string, TrackedFile>();

  constructor(
    private readonly controller: vscode.TestController,
    private readonly catalog: Catalog,
  ) {
    super();
    controller.resolveHandler = async (item) => {
      if (!item) await this.discoverWorkspace();
    };
    controller.refreshHandler = () => this.discoverWorkspace();
    const watcher = this.own(vscode.workspace.createFileSystemWatcher(SOURCE_GLOB));
    this.own(
      watcher.onDidCreate((uri) => this.syncFile(uri)),
      watcher.onDidChange((uri) => this.syncFile(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.syncDocument(document.uri, document.getText())),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.syncDocument(document.uri, document.getText())),
    );
    for (const document of vscode.workspace.textDocuments) this.syncDocument(document.uri, document.getText());
  }

  /** The test item of a scaffolded file, discovering it first if needed. */
  async itemFor(uri: vscode.Uri): Promise<vscode.TestItem | undefined> {
    if (!this.files.has(uri.toString())) await this.syncFile(uri);
    return this.files.get(uri.toString())?.item;
  }

  /** The file a file item or case item belongs to. */
  fileOf(item: vscode.TestItem): TrackedFile | undefined {
    return this.files.get((item.parent ?? item).id);
  }

  trackedAt(uri: vscode.Uri): TrackedFile | undefined {
    return this.files.get(uri.toString());
  }

  all(): TrackedFile[] {
    return [...this.files.values()];
  }

  private async discoverWorkspace(): Promise<void> {
    const uris = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB, 5_000);
    await Promise.all(uris.map((uri) => this.syncFile(uri)));
  }

  private async syncFile(uri: vscode.Uri): Promise<void> {
    if (!languageOf(uri.path)) return;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.syncDocument(uri, open.getText());
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.syncDocument(uri, new TextDecoder().decode(bytes.subarray(0, 4_096)));
    } catch {
      this.forget(uri);
    }
  }

  private syncDocument(uri: vscode.Uri, text: string): void {
    if (uri.scheme !== 'file') return;
    const language = languageOf(uri.path);
    const id = language && detectProblemId(text);
    const item = id ? this.catalog.find(id) : undefined;
    if (!language || item?.kind !== 'coding') return this.forget(uri);
    const key = uri.toString();
    const known = this.files.get(key);
    const line = entryLine(text, item, language);
    const range = new vscode.Range(line, 0, line, 0);
    if (known && known.problem.id === item.id && known.language === language) {
      known.item.range = range;
      return;
    }
    const fileItem = this.controller.createTestItem(key, item.title, uri);
    fileItem.description = `${LANGUAGES[language].label} · ${vscode.workspace.asRelativePath(uri)}`;
    fileItem.range = range;
    fileItem.tags = [new vscode.TestTag(item.category)];
    loadHiddenSuite(item).cases.forEach((testCase, index) => {
      const caseItem = this.controller.createTestItem(`${key}::${testCase.name}`, testCase.name, uri);
      caseItem.sortText = String(index).padStart(4, '0'); // keep the suite's order: simple cases first
      fileItem.children.add(caseItem);
    });
    this.controller.items.add(fileItem);
    this.files.set(key, { item: fileItem, problem: item, language });
    this.publishProblemFiles();
  }

  private forget(uri: vscode.Uri): void {
    if (!this.files.delete(uri.toString())) return;
    this.controller.items.delete(uri.toString());
    this.publishProblemFiles();
  }

  /** Lets menus (the editor's run button) show only on problem files. */
  private publishProblemFiles(): void {
    const paths = this.all().map((file) => file.item.uri!.path);
    void vscode.commands.executeCommand('setContext', 'aiInterviewStudio.problemFiles', paths);
  }
}

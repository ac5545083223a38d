import * as vscode from 'vscode';

/** Where the extension's shipped files are, computed once at activation. */
export interface ExtensionPaths {
  /** The question bank. */
  content: string;
  /** dist/: the lazily loaded critic bundle lives here. */
  bundleDir: string;
  /** dist/harness: the child-process harnesses for solutions. */
  harnessDir: string;
  /** dist/webview: the browser bundles, the webviews' only local resource root. */
  webviewRoot: vscode.Uri;
}

export function extensionPaths(extensionUri: vscode.Uri): ExtensionPaths {
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  return {
    content: vscode.Uri.joinPath(extensionUri, 'content').fsPath,
    bundleDir: dist.fsPath,
    harnessDir: vscode.Uri.joinPath(dist, 'harness').fsPath,
    webviewRoot: vscode.Uri.joinPath(dist, 'webview'),
  };
}

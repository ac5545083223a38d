import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * A webview page for one bundle of dist/webview (`<name>.js` and `<name>.css`) with a strict
 * CSP: scripts only by nonce from the bundle folder, no remote assets. Mermaid needs inline
 * styles inside the SVGs it renders, so pages can opt into them.
 */
export function webviewPage(options: {
  webview: vscode.Webview;
  bundleRoot: vscode.Uri;
  name: string;
  title: string;
  body: string;
  inlineStyles?: boolean;
  images?: boolean;
  /** Codicons for vscode-elements' icons, which find the stylesheet by this link's id. */
  codicons?: boolean;
}): string {
  const { webview, bundleRoot, name } = options;
  const nonce = randomBytes(16).toString('base64');
  // Uri.with rather than Uri.joinPath: no runtime vscode, so the benchmark builds the same page.
  const asset = (file: string) => webview.asWebviewUri(bundleRoot.with({ path: `${bundleRoot.path.replace(/\/$/, '')}/${file}` }));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' ${webview.cspSource}`,
    `style-src ${webview.cspSource}${options.inlineStyles ? " 'unsafe-inline'" : ''}`,
    ...(options.images ? [`img-src ${webview.cspSource} data:`] : []),
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  ${options.codicons ? `<link id="vscode-codicon-stylesheet" rel="stylesheet" href="${asset('codicons/codicon.css')}">\n  ` : ''}<link rel="stylesheet" href="${asset(`${name}.css`)}">
  <title>${options.title}</title>
</head>
<body>
${options.body}
  <script type="module" nonce="${nonce}" src="${asset(`${name}.js`)}"></script>
</body>
</html>`;
}

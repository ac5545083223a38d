import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The canvas page: a strict CSP (scripts only by nonce), assets only from dist/webview. */
export function canvasHtml(webview: vscode.Webview, bundleRoot: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(bundleRoot, name));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' ${webview.cspSource}`,
    // Mermaid puts a <style> element inside each SVG it renders.
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset('canvas.css')}">
  <title>Design canvas</title>
</head>
<body>
  <div id="toolbar" role="toolbar" aria-label="Canvas">
    <vscode-button id="zoom-out" secondary title="Zoom out">−</vscode-button>
    <vscode-button id="zoom-in" secondary title="Zoom in">+</vscode-button>
    <vscode-button id="fit" secondary title="Fit the diagram to the view">Fit</vscode-button>
    <vscode-button id="connect" secondary title="Connect two nodes: click the source, then the target">Connect</vscode-button>
    <vscode-button id="critique" secondary title="Review the diagram for missing failure modes and evaluation">Critique</vscode-button>
    <span class="spacer"></span>
    <vscode-button id="mock-start" title="Start a timed mock interview on this diagram">Mock interview</vscode-button>
  </div>
  <div id="mock" hidden aria-live="polite">
    <span id="mock-time"></span><span id="mock-phase"></span><span id="mock-prompt"></span>
    <vscode-button id="mock-pause" secondary>Pause</vscode-button>
    <vscode-button id="mock-stop" secondary>Stop</vscode-button>
  </div>
  <div id="stage"><div id="viewport" aria-label="Diagram"></div><div id="error" role="alert" hidden></div></div>
  <aside id="palette" aria-label="Components"></aside>
  <div id="status" aria-live="polite"></div>
  <script type="module" nonce="${nonce}" src="${asset('canvas.js')}"></script>
</body>
</html>`;
}

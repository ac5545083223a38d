import type * as vscode from 'vscode';
import { webviewPage } from '../webviewPage';

/** The canvas page. Mermaid puts a <style> element inside each SVG, hence inline styles. */
export function canvasHtml(webview: vscode.Webview, bundleRoot: vscode.Uri): string {
  return webviewPage({
    webview,
    bundleRoot,
    name: 'canvas',
    title: 'Design canvas',
    inlineStyles: true,
    images: true,
    body: `
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
  <div id="status" aria-live="polite"></div>`,
  });
}

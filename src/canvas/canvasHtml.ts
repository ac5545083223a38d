import type * as vscode from 'vscode';
import { webviewPage } from '../webviewPage';
import { CANVAS_BODY } from './canvasBody';

/** The canvas page. Mermaid puts a <style> element inside each SVG, hence inline styles. */
export function canvasHtml(webview: vscode.Webview, bundleRoot: vscode.Uri): string {
  return webviewPage({
    webview,
    bundleRoot,
    name: 'canvas',
    title: 'Design canvas',
    inlineStyles: true,
    images: true,
    codicons: true,
    body: CANVAS_BODY,
  });
}

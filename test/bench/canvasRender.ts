// Canvas render benchmark: the webview's whole render path (message in, parse, render,
// insert, wire nodes, `rendered` out) against a bare `mermaid.render` of the same 40-node
// flowchart, alternating in the same Chromium page. Reported as a ratio of medians.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type * as vscode from 'vscode';
import { canvasHtml } from '../../src/canvas/canvasHtml';
import { launchChromium } from '../support/codeServer';
import { median } from '../support/median';
import { repoRoot } from '../support/paths';

const MIME: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/** A 40-node AI-system flowchart: a layered pipeline with cross links and a subgraph. */
export function fortyNodeFlowchart(): string {
  const lines = ['flowchart LR'];
  for (let i = 0; i < 40; i++) lines.push(`    n${i}[Component ${i}]`);
  for (let i = 0; i < 39; i++) lines.push(`    n${i} --> n${i + 1}`);
  for (let i = 0; i < 30; i += 3) lines.push(`    n${i} -.-> n${i + 7}`);
  lines.push('    subgraph ingest [Ingestion]', '        n35', '        n36', '    end');
  return lines.join('\n');
}

// Runs in the page: times the canvas (message in, 'rendered' out) and a bare mermaid.render
// of the same text, alternating so both see the same conditions.
const PAGE_SCRIPT = `
import mermaid from '/node_modules/mermaid/dist/mermaid.esm.mjs';
const config = { startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { htmlLabels: false }, suppressErrorRendering: true };
let version = 0;
const viaCanvas = (text) => new Promise((resolve) => {
  const target = ++version;
  const started = performance.now();
  const poll = () => window.posted.some((m) => m.type === 'rendered' && m.version === target) ? resolve(performance.now() - started) : requestAnimationFrame(poll);
  window.postMessage({ type: 'update', text, version: target, immediate: true }, '*');
  poll();
});
let bareId = 0;
const bare = async (text) => {
  const started = performance.now();
  mermaid.initialize(config);
  const { svg } = await mermaid.render('bare-' + ++bareId, text);
  document.getElementById('bare').innerHTML = svg;
  return performance.now() - started;
};
window.runBench = async (text, rounds) => {
  await viaCanvas(text);
  await bare(text);
  const canvas = [], plain = [];
  for (let i = 0; i < rounds; i++) {
    canvas.push(await viaCanvas(text));
    plain.push(await bare(text));
  }
  return { canvas, plain };
};
window.benchReady = true;
`;

interface FakeUri {
  path: string;
  with(change: { path: string }): FakeUri;
  toString(): string;
}

/**
 * The canvas page exactly as the extension builds it (canvasHtml, with its CSP), served from
 * `base` instead of a webview origin, plus a stand-in for acquireVsCodeApi that records what
 * the canvas posts and the timing script, both under the page's nonce.
 */
export function benchPage(base: string): string {
  const uri = (path: string): FakeUri => ({ path, with: (change) => uri(change.path), toString: () => `${base}${path}` });
  const webview = { cspSource: base, asWebviewUri: (target: FakeUri) => target };
  const html = canvasHtml(webview as unknown as vscode.Webview, uri('/dist/webview') as unknown as vscode.Uri);
  const nonce = /nonce="([^"]+)"/.exec(html)![1]!;
  return html
    .replace(
      '<body>',
      `<body class="vscode-light">
<div id="bare" style="position:absolute;left:-9999px"></div>
<script nonce="${nonce}">window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => undefined, setState: () => undefined });</script>`,
    )
    .replace('</body>', `<script type="module" nonce="${nonce}">${PAGE_SCRIPT}</script>\n</body>`);
}

function serveRepo(): Promise<{ server: Server; base: string }> {
  let page = '';
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    if (path === '/bench.html') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const body = readFileSync(join(repoRoot, path));
      response.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      const base = `http://127.0.0.1:${address.port}`;
      page = benchPage(base);
      resolve({ server, base });
    }),
  );
}

export async function benchCanvasRender(rounds: number): Promise<{ canvasMs: number; bareMs: number }> {
  const { server, base } = await serveRepo();
  const browser = await launchChromium();
  try {
    // Playwright evaluates string expressions with eval, which the page's strict CSP (kept as built) forbids.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${base}/bench.html`);
    await page.waitForFunction('window.benchReady && window.posted.some((m) => m.type === "ready")');
    const timings = (await page.evaluate(`runBench(${JSON.stringify(fortyNodeFlowchart())}, ${rounds})`)) as {
      canvas: number[];
      plain: number[];
    };
    const canvasMs = median(timings.canvas);
    const bareMs = median(timings.plain);
    return { canvasMs, bareMs };
  } finally {
    await browser.close();
    server.close();
  }
}

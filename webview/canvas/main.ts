// The design canvas: renders the Mermaid text the host sends, lets the user pan, zoom,
// click nodes, insert palette components and connect nodes. The document in the host is
// the only source of truth: every change goes back as a message, never edited here.
import './canvas.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import {
  isHostToCanvas,
  type CanvasTheme,
  type CanvasToHost,
  type HostToCanvas,
  type MockInterviewView,
  type PaletteEntry,
} from '../../src/protocol/canvas';
import { sourceLineOfParserLine } from '../../src/core/design/sourceLines';
import { createRenderer, type Renderer } from './render';
import { PanZoom } from './panZoom';

declare function acquireVsCodeApi(): { postMessage(message: CanvasToHost): void };
const vscode = acquireVsCodeApi();
const post = (message: CanvasToHost) => vscode.postMessage(message);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stage = $('stage');
const viewport = $('viewport');
const errorBanner = $('error');
const status = $('status');
const palette = $('palette');
const mockBar = $('mock');

const RENDER_DEBOUNCE_MS = 300;
let renderer: Renderer | undefined;
let latest: { text: string; version: number } | undefined;
let debounce: ReturnType<typeof setTimeout> | undefined;
let themeOverride: CanvasTheme | null = null;
let connectFrom: string | null = null;
let highlighted: string[] = [];
const panZoom = new PanZoom(stage, viewport);

function vscodeTheme(): CanvasTheme {
  const classes = document.body.classList;
  if (classes.contains('vscode-high-contrast')) return 'dark';
  if (classes.contains('vscode-high-contrast-light')) return 'neutral';
  return classes.contains('vscode-dark') ? 'dark' : 'default';
}

async function render(): Promise<void> {
  if (!latest) return;
  const { text, version } = latest;
  renderer ??= await createRenderer();
  const outcome = await renderer.render(text, themeOverride ?? vscodeTheme());
  // A newer text arrived while this one rendered: drop the stale result.
  if (!latest || latest.version !== version) return;
  if (outcome.kind === 'error') {
    const line = outcome.line === null ? null : sourceLineOfParserLine(text, outcome.line);
    errorBanner.textContent = line ? `Line ${line}: ${outcome.message}` : outcome.message;
    errorBanner.hidden = false;
    post({ type: 'parseError', version, message: outcome.message, line });
    return; // the last good render stays on screen
  }
  errorBanner.hidden = true;
  viewport.replaceChildren(outcome.svg);
  panZoom.contentChanged();
  wireNodes(outcome.nodes);
  applyHighlight();
  status.textContent = `${outcome.nodes.size} nodes`;
  post({ type: 'rendered', version, nodeIds: [...outcome.nodes.keys()], durationMs: outcome.durationMs });
}

function scheduleRender(immediate = false): void {
  clearTimeout(debounce);
  debounce = setTimeout(() => void render(), immediate ? 0 : RENDER_DEBOUNCE_MS);
}

function wireNodes(nodes: Map<string, Element>): void {
  for (const [nodeId, element] of nodes) {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', `Node ${nodeId}`);
    const activate = () => {
      if (panZoom.wasDragged()) return;
      if (connectFrom === null) return post({ type: 'revealNode', nodeId });
      if (connectFrom === '') {
        connectFrom = nodeId;
        element.classList.add('connect-source');
        status.textContent = `Connect ${nodeId} to... (click the target node, Esc to cancel)`;
        return;
      }
      if (connectFrom !== nodeId) post({ type: 'connect', from: connectFrom, to: nodeId });
      endConnect();
    };
    element.addEventListener('click', activate);
    element.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') activate();
    });
  }
}

function applyHighlight(): void {
  for (const element of viewport.querySelectorAll('.node.highlighted')) element.classList.remove('highlighted');
  for (const nodeId of highlighted) renderer?.nodeElement(viewport, nodeId)?.classList.add('highlighted');
}

function endConnect(): void {
  connectFrom = null;
  $('connect').removeAttribute('pressed');
  for (const element of viewport.querySelectorAll('.connect-source')) element.classList.remove('connect-source');
  status.textContent = '';
}

function showPalette(entries: PaletteEntry[]): void {
  const groups = new Map<string, PaletteEntry[]>();
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  palette.replaceChildren(
    ...[...groups].map(([group, items]) => {
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = group;
      section.append(heading);
      for (const item of items) {
        const button = document.createElement('vscode-button');
        button.setAttribute('secondary', '');
        button.setAttribute('title', item.description);
        button.dataset.component = item.id;
        button.textContent = item.label;
        button.addEventListener('click', () => post({ type: 'insertComponent', componentId: item.id }));
        section.append(button);
      }
      return section;
    }),
  );
}

function showMock(view: MockInterviewView | null): void {
  mockBar.hidden = view === null;
  if (!view) return;
  const seconds = Math.max(0, Math.ceil(view.remainingMs / 1000));
  $('mock-time').textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  $('mock-phase').textContent = view.phase;
  $('mock-prompt').textContent = view.prompt;
  $('mock-pause').textContent = view.running ? 'Pause' : 'Resume';
}

async function exportDiagram(format: 'svg' | 'png', requestId: number): Promise<void> {
  const svg = viewport.querySelector('svg');
  if (!svg) return post({ type: 'exportFailed', requestId, message: 'Nothing is rendered yet.' });
  const markup = new XMLSerializer().serializeToString(svg);
  if (format === 'svg') return post({ type: 'exported', requestId, format, data: markup });
  try {
    post({ type: 'exported', requestId, format, data: await rasterize(svg, markup) });
  } catch (error) {
    post({ type: 'exportFailed', requestId, message: `PNG export failed: ${String(error)}` });
  }
}

/** Draws the SVG onto a canvas at 2x and returns the PNG as base64. */
function rasterize(svg: SVGSVGElement, markup: string): Promise<string> {
  const box = svg.viewBox.baseVal;
  const width = Math.ceil(box?.width || svg.getBoundingClientRect().width);
  const height = Math.ceil(box?.height || svg.getBoundingClientRect().height);
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d')!;
      context.fillStyle = getComputedStyle(document.body).getPropertyValue('--vscode-editor-background') || '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''));
    };
    image.onerror = () => reject(new Error('the SVG could not be drawn'));
    image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(markup)))}`;
  });
}

function handle(message: HostToCanvas): void {
  switch (message.type) {
    case 'init':
      showPalette(message.palette);
      themeOverride = message.themeOverride;
      return;
    case 'update':
      latest = { text: message.text, version: message.version };
      return scheduleRender(message.immediate);
    case 'theme':
      themeOverride = message.themeOverride;
      return scheduleRender(true);
    case 'highlight':
      highlighted = message.nodeIds;
      return applyHighlight();
    case 'mock':
      return showMock(message.view);
    case 'export':
      return void exportDiagram(message.format, message.requestId);
    case 'critiqueStatus':
      status.textContent = message.text;
      return;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  if (isHostToCanvas(event.data)) handle(event.data);
  else console.warn('design canvas: ignored a malformed message', event.data);
});

$('zoom-in').addEventListener('click', () => panZoom.zoomBy(1.25));
$('zoom-out').addEventListener('click', () => panZoom.zoomBy(0.8));
$('fit').addEventListener('click', () => panZoom.fit());
$('connect').addEventListener('click', () => {
  if (connectFrom !== null) return endConnect();
  connectFrom = '';
  $('connect').setAttribute('pressed', '');
  status.textContent = 'Connect: click the source node';
});
$('mock-pause').addEventListener('click', () =>
  post({ type: 'mockControl', action: $('mock-pause').textContent === 'Pause' ? 'pause' : 'resume' }),
);
$('mock-stop').addEventListener('click', () => post({ type: 'mockControl', action: 'stop' }));
$('mock-start').addEventListener('click', () => post({ type: 'mockControl', action: 'start' }));
$('critique').addEventListener('click', () => post({ type: 'critique' }));
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && connectFrom !== null) endConnect();
});
// Follow VS Code theme switches (the body's classes change).
new MutationObserver(() => themeOverride === null && scheduleRender(true)).observe(document.body, {
  attributes: true,
  attributeFilter: ['class'],
});

post({ type: 'ready' });

// The design canvas: renders the Mermaid text the host sends, lets the user pan, zoom,
// click nodes, insert palette components and connect nodes. The document in the host is
// the only source of truth: every change goes back as a message, never edited here.
import './canvas.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import {
  isHostToCanvas,
  type CanvasQuestion,
  type CanvasTheme,
  type CanvasToHost,
  type HostToCanvas,
  type MockInterviewView,
  type PaletteEntry,
} from '../../src/protocol/canvas';
import { sourceLineOfParserLine } from '../../src/core/design/sourceLines';
import { explainSyntaxError } from '../../src/core/design/syntaxHelp';
import { createRenderer, type Renderer } from './render';
import { PanZoom } from './panZoom';

/** What the webview remembers across reloads and tab switches (VS Code keeps it per editor). */
interface ViewState {
  paletteCollapsed?: boolean;
  questionOpen?: boolean;
}
declare function acquireVsCodeApi(): {
  postMessage(message: CanvasToHost): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
};
const vscode = acquireVsCodeApi();
const post = (message: CanvasToHost) => vscode.postMessage(message);
const viewState: ViewState = vscode.getState() ?? {};
const remember = (change: ViewState) => vscode.setState(Object.assign(viewState, change));
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const stage = $('stage');
const viewport = $('viewport');
const errorBanner = $('error');
const status = $('status');
const paletteItems = $('palette-items');
const mockBar = $('mock');
const notes = $<HTMLTextAreaElement>('notes');
/** The drag payload type for palette components. */
const COMPONENT_MIME = 'application/x-ais-component';

const RENDER_DEBOUNCE_MS = 300;
let renderer: Renderer | undefined;
let latest: { text: string; version: number } | undefined;
let debounce: ReturnType<typeof setTimeout> | undefined;
let themeOverride: CanvasTheme | null = null;
let connectFrom: string | null = null;
let highlighted: string[] = [];
/** The node new palette components connect from; set by a click or by the last insert. */
let selected: string | null = null;
let nodeCount = 0;
/** Whether the mock interview has moved past the requirements phase (or finished). */
let detailsUnlocked = false;
const panZoom = new PanZoom(stage, viewport);

function vscodeTheme(): CanvasTheme {
  const classes = document.body.classList;
  if (classes.contains('vscode-high-contrast')) return 'dark';
  if (classes.contains('vscode-high-contrast-light')) return 'neutral';
  return classes.contains('vscode-dark') ? 'dark' : 'default';
}

/** The banner: a plain sentence, and Mermaid's own message behind "Show parser message". */
function showSyntaxError(text: string, line: number | null, parserMessage: string): void {
  const plain = explainSyntaxError(parserMessage, text, line);
  const sentence = document.createElement('p');
  sentence.textContent = line ? `Line ${line}: ${plain}` : plain.charAt(0).toUpperCase() + plain.slice(1);
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Show parser message';
  const raw = document.createElement('pre');
  raw.textContent = parserMessage;
  details.append(summary, raw);
  errorBanner.replaceChildren(sentence, details);
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
    showSyntaxError(text, line, outcome.message);
    errorBanner.hidden = false;
    post({ type: 'parseError', version, message: outcome.message, line });
    return; // the last good render stays on screen
  }
  errorBanner.hidden = true;
  viewport.replaceChildren(outcome.svg);
  panZoom.contentChanged();
  wireNodes(outcome.nodes);
  if (selected !== null && !outcome.nodes.has(selected)) selected = null;
  applyHighlight();
  nodeCount = outcome.nodes.size;
  if (connectFrom === null) showCount();
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
    element.setAttribute('data-node', nodeId);
    const activate = () => {
      if (panZoom.wasDragged()) return;
      if (connectFrom === null) {
        select(nodeId);
        return post({ type: 'revealNode', nodeId });
      }
      if (connectFrom === '') return startConnectFrom(nodeId);
      if (connectFrom !== nodeId) post({ type: 'connect', from: connectFrom, to: nodeId });
      endConnect();
    };
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      activate();
    });
    element.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') activate();
    });
  }
}

function markNodes(className: string, nodeIds: readonly string[]): void {
  for (const element of viewport.querySelectorAll(`.node.${className}`)) element.classList.remove(className);
  for (const nodeId of nodeIds) renderer?.nodeElement(viewport, nodeId)?.classList.add(className);
}

function applyHighlight(): void {
  markNodes('highlighted', highlighted);
  markNodes('selected', selected === null ? [] : [selected]);
  markNodes('connect-source', connectFrom ? [connectFrom] : []);
}

function showCount(): void {
  const hint = panZoom.overflows() ? ' · scroll to pan, Ctrl+scroll to zoom' : '';
  const selection = selected === null ? '' : ` · new components connect from ${selected} (Esc clears)`;
  status.textContent = `${plural(nodeCount, 'node')}${selection}${hint}`;
}

function select(nodeId: string | null): void {
  selected = nodeId;
  applyHighlight();
  showCount();
}

function startConnectFrom(nodeId: string): void {
  connectFrom = nodeId;
  applyHighlight();
  status.textContent = `Connect ${nodeId} to... (click the target node, Esc to cancel)`;
}

function endConnect(): void {
  connectFrom = null;
  $('connect').removeAttribute('checked');
  applyHighlight();
  showCount();
}

function insert(componentId: string, from: string | null): void {
  post({ type: 'insertComponent', componentId, from });
}

function showPalette(entries: PaletteEntry[]): void {
  const groups = new Map<string, PaletteEntry[]>();
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  paletteItems.replaceChildren(
    ...[...groups].map(([group, items]) => {
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = group;
      section.append(heading);
      for (const item of items) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'component';
        button.draggable = true;
        button.title = `${item.label}: ${item.description}. Click to add (connected from the selected node) or drag onto a node.`;
        button.setAttribute('aria-label', item.label);
        button.dataset.component = item.id;
        const glyph = document.createElement('span');
        glyph.className = `glyph ${item.shape}`;
        glyph.textContent = item.short;
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = item.label;
        button.append(glyph, label);
        button.addEventListener('click', () => insert(item.id, selected));
        button.addEventListener('dragstart', (event) => {
          event.dataTransfer?.setData(COMPONENT_MIME, item.id);
          if (event.dataTransfer) event.dataTransfer.effectAllowed = 'copy';
        });
        section.append(button);
      }
      return section;
    }),
  );
}

/** Below these widths the panels fold away unless the user has opened them. */
const PALETTE_AUTO_COLLAPSE_PX = 640;
const QUESTION_AUTO_HIDE_PX = 960;

function setPaletteCollapsed(collapsed: boolean, chosen: boolean): void {
  document.body.classList.toggle('palette-collapsed', collapsed);
  const toggle = $('palette-toggle');
  toggle.textContent = collapsed ? '«' : '»';
  toggle.title = collapsed ? 'Expand the palette' : 'Collapse the palette to icons';
  toggle.setAttribute('aria-expanded', String(!collapsed));
  if (chosen) remember({ paletteCollapsed: collapsed });
}

function setQuestionOpen(open: boolean, chosen: boolean): void {
  $('question').hidden = !open || $('question-title').textContent === '';
  $('question-toggle').toggleAttribute('checked', !$('question').hidden);
  if (chosen) remember({ questionOpen: open });
}

/**
 * Below these widths the toolbar keeps to one row as VS Code's own editor toolbars do: icons
 * only, their names in the tooltip and the accessible name; the mock interview goes last.
 */
const TOOLBAR_ICONS_ONLY_PX = 760;
const MOCK_ICON_ONLY_PX = 480;
const toolbarCaptions = new Map(
  [...document.querySelectorAll<HTMLElement>('#toolbar [icon]')].map((button) => [button, button.textContent ?? '']),
);

function fitToolbarToWidth(): void {
  for (const [button, caption] of toolbarCaptions) {
    const iconOnly = window.innerWidth < (button.id === 'mock-start' ? MOCK_ICON_ONLY_PX : TOOLBAR_ICONS_ONLY_PX);
    // An empty slot, not a hidden caption: the button then draws as a square icon.
    button.textContent = iconOnly ? '' : caption;
    button.toggleAttribute('icon-only', iconOnly);
  }
}

/** Panels the user has not opened or closed themselves follow the width of the editor. */
function fitPanelsToWidth(): void {
  setPaletteCollapsed(viewState.paletteCollapsed ?? window.innerWidth < PALETTE_AUTO_COLLAPSE_PX, false);
  setQuestionOpen(viewState.questionOpen ?? window.innerWidth >= QUESTION_AUTO_HIDE_PX, false);
  fitToolbarToWidth();
}

const fillList = (id: string, lines: string[]) =>
  $(id).replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );

function showQuestion(question: CanvasQuestion | null): void {
  $('question-toggle').hidden = question === null;
  $('model-answer').hidden = question === null;
  $('question-title').textContent = question?.title ?? '';
  if (!question) return void ($('question').hidden = true);
  $('question-prompt').textContent = question.prompt;
  fillList('clarifying-list', question.clarifyingQuestions);
  fillList('functional-list', question.requirements.functional);
  fillList('non-functional-list', question.requirements.nonFunctional);
  $('notes-label').textContent = `Your requirements and notes (${question.notesPath})`;
  fitPanelsToWidth();
}

/** Once the mock moves past requirements, the interviewer's answers are fair to show. */
function unlockDetails(): void {
  if (detailsUnlocked) return;
  detailsUnlocked = true;
  $<HTMLDetailsElement>('clarifying').open = true;
  $<HTMLDetailsElement>('requirements').open = true;
}

const NOTES_SAVE_MS = 600;
let notesTimer: ReturnType<typeof setTimeout> | undefined;
let notesSent: string | undefined;
function saveNotes(): void {
  clearTimeout(notesTimer);
  if (notes.value === notesSent) return;
  notesSent = notes.value;
  post({ type: 'saveNotes', text: notes.value });
  $('notes-status').textContent = 'Saved to the notes file';
}

function showMock(view: MockInterviewView | null): void {
  mockBar.hidden = view === null;
  if (!view) return;
  const seconds = Math.max(0, Math.ceil(view.remainingMs / 1000));
  $('mock-time').textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  $('mock-paused').hidden = view.running;
  mockBar.classList.toggle('paused', !view.running);
  $('mock-phase').textContent = view.phase;
  $('mock-prompt').textContent = view.prompt;
  $('mock-pause').textContent = view.running ? 'Pause' : 'Resume';
  if (view.phaseIndex > 0) unlockDetails();
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
    case 'highlight': {
      highlighted = message.nodeIds;
      applyHighlight();
      // A finding picked in Problems or the findings view may be about a node scrolled out of view.
      const first = highlighted[0] === undefined ? null : renderer?.nodeElement(viewport, highlighted[0]);
      if (first) panZoom.bringIntoView(first.getBoundingClientRect());
      return;
    }
    case 'mock':
      return showMock(message.view);
    case 'export':
      return void exportDiagram(message.format, message.requestId);
    case 'critiqueStatus':
      status.textContent = message.text;
      return;
    case 'select':
      return select(message.nodeId);
    case 'question':
      return showQuestion(message.question);
    case 'notes':
      // Never overwrite what the user is typing; their next save carries it.
      if (document.activeElement === notes && notes.value !== message.text) return;
      notes.value = message.text;
      notesSent = message.text;
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
  $('connect').setAttribute('checked', '');
  if (selected !== null) return startConnectFrom(selected);
  connectFrom = '';
  status.textContent = 'Connect: click the source node';
});
$('palette-toggle').addEventListener('click', () => setPaletteCollapsed(!document.body.classList.contains('palette-collapsed'), true));
$('question-toggle').addEventListener('click', () => setQuestionOpen($('question').hidden, true));
window.addEventListener('resize', fitPanelsToWidth);
$('model-answer').addEventListener('click', () => post({ type: 'showModelAnswer' }));
notes.addEventListener('input', () => {
  clearTimeout(notesTimer);
  $('notes-status').textContent = 'Editing...';
  notesTimer = setTimeout(saveNotes, NOTES_SAVE_MS);
});
notes.addEventListener('blur', saveNotes);
// Focusing a node would scroll the stage to it behind the pan/zoom transform's back.
stage.addEventListener('scroll', () => stage.scrollTo(0, 0));
// A click on empty canvas (not the end of a pan) clears the selection.
stage.addEventListener('click', () => {
  if (!panZoom.wasDragged() && selected !== null && connectFrom === null) select(null);
});
// Drop a palette component onto a node to connect it from that node, or anywhere else to
// connect it from the selected node.
const dropTarget = (event: DragEvent) => (event.target as Element | null)?.closest?.('g.node') ?? null;
stage.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes(COMPONENT_MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  const target = dropTarget(event);
  for (const element of viewport.querySelectorAll('.drop-target')) if (element !== target) element.classList.remove('drop-target');
  target?.classList.add('drop-target');
});
stage.addEventListener('dragleave', () => {
  for (const element of viewport.querySelectorAll('.drop-target')) element.classList.remove('drop-target');
});
stage.addEventListener('drop', (event) => {
  const componentId = event.dataTransfer?.getData(COMPONENT_MIME);
  if (!componentId) return;
  event.preventDefault();
  const target = dropTarget(event);
  target?.classList.remove('drop-target');
  insert(componentId, target?.getAttribute('data-node') ?? selected);
});
$('mock-pause').addEventListener('click', () =>
  post({ type: 'mockControl', action: $('mock-pause').textContent === 'Pause' ? 'pause' : 'resume' }),
);
$('mock-stop').addEventListener('click', () => post({ type: 'mockControl', action: 'stop' }));
$('mock-start').addEventListener('click', () => post({ type: 'mockControl', action: 'start' }));
$('critique').addEventListener('click', () => post({ type: 'critique' }));
window.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  if (connectFrom !== null) endConnect();
  else if (selected !== null) select(null);
});
// Follow VS Code theme switches (the body's classes change).
new MutationObserver(() => themeOverride === null && scheduleRender(true)).observe(document.body, {
  attributes: true,
  attributeFilter: ['class'],
});

fitPanelsToWidth();
post({ type: 'ready' });

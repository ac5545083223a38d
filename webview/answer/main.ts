// The model answer, read-only: the rendered reference diagram (pan, zoom, fit), its prose,
// the rubric, and your diagram beside it concern by concern. Nothing here edits anything:
// nodes are not clickable and the page sends nothing but `ready`.
import './answer.css';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { isHostToAnswer, type AnswerComparisonView, type AnswerToHost, type HostToAnswer } from '../../src/protocol/answer';
import type { CanvasTheme } from '../../src/protocol/canvas';
import { createRenderer } from '../canvas/render';
import { PanZoom } from '../canvas/panZoom';
import { renderMarkdown } from './markdown';

declare function acquireVsCodeApi(): { postMessage(message: AnswerToHost): void };
const vscode = acquireVsCodeApi();
const $ = (id: string) => document.getElementById(id)!;
const stage = $('stage');
const viewport = $('viewport');
const panZoom = new PanZoom(stage, viewport);
let shown: HostToAnswer | undefined;

function vscodeTheme(): CanvasTheme {
  const classes = document.body.classList;
  if (classes.contains('vscode-high-contrast')) return 'dark';
  if (classes.contains('vscode-high-contrast-light')) return 'neutral';
  return classes.contains('vscode-dark') ? 'dark' : 'default';
}

async function drawDiagram(): Promise<void> {
  if (!shown) return;
  const renderer = await createRenderer();
  const outcome = await renderer.render(shown.diagram, shown.themeOverride ?? vscodeTheme());
  if (outcome.kind === 'error') return void ($('diagram-error').textContent = `The model answer does not render: ${outcome.message}`);
  viewport.replaceChildren(outcome.svg);
  panZoom.contentChanged();
  $('diagram-status').textContent = `${outcome.nodes.size} nodes · drag or scroll to pan, Ctrl+scroll to zoom`;
}

const STATUS_TEXT = { both: ['✓', '✓'], missed: ['—', '✓'], extra: ['✓', '—'], neither: ['—', '—'] } as const;
const STATUS_LABEL = { both: 'covered by both', missed: 'you missed it', extra: 'only in yours', neither: 'in neither' } as const;

function cell(tag: keyof HTMLElementTagNameMap, text: string, className = ''): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function showComparison(comparison: AnswerComparisonView | null, note: string): void {
  const section = $('comparison');
  if (!comparison) {
    section.replaceChildren(cell('p', note, 'note'));
    return;
  }
  const heading = document.createElement('p');
  heading.className = 'summary';
  const missed = comparison.rows.filter((row) => row.status === 'missed').length;
  heading.textContent = `${comparison.yoursPath} covers ${Math.round(comparison.matched * 100)}% of what the model answer covers${missed ? `; ${missed} to add` : ''}.`;
  const table = document.createElement('table');
  const head = document.createElement('tr');
  head.append(cell('th', 'Concern'), cell('th', 'Your diagram'), cell('th', 'Model answer'));
  table.append(head);
  for (const row of comparison.rows) {
    const line = document.createElement('tr');
    line.className = row.status;
    line.title = STATUS_LABEL[row.status];
    const [yours, model] = STATUS_TEXT[row.status];
    line.append(cell('td', row.name), cell('td', yours, 'mark'), cell('td', model, 'mark'));
    table.append(line);
  }
  const components = document.createElement('div');
  components.className = 'components';
  for (const [title, names] of [
    ['Your components', comparison.yourComponents],
    ['Model answer components', comparison.modelComponents],
  ] as const) {
    const column = document.createElement('div');
    const list = document.createElement('ul');
    list.append(...names.map((name) => cell('li', name)));
    column.append(cell('h3', title), list);
    components.append(column);
  }
  section.replaceChildren(heading, table, components);
}

function show(message: HostToAnswer): void {
  shown = message;
  $('title').textContent = message.title;
  showComparison(message.comparison, message.comparisonNote);
  $('sections').replaceChildren(
    ...message.sections.map((section) => {
      const block = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = section.title;
      block.append(heading, ...renderMarkdown(section.markdown));
      return block;
    }),
  );
  void drawDiagram();
}

window.addEventListener('message', (event: MessageEvent) => {
  if (isHostToAnswer(event.data)) show(event.data);
});
$('zoom-in').addEventListener('click', () => panZoom.zoomBy(1.25));
$('zoom-out').addEventListener('click', () => panZoom.zoomBy(0.8));
$('fit').addEventListener('click', () => panZoom.fit());
// Focusing inside the stage must not scroll it behind the pan/zoom transform.
stage.addEventListener('scroll', () => stage.scrollTo(0, 0));
new MutationObserver(() => shown?.themeOverride === null && void drawDiagram()).observe(document.body, {
  attributes: true,
  attributeFilter: ['class'],
});
vscode.postMessage({ type: 'ready' });

// The progress view: practice at a glance, rendered from the summary the host sends.
import './progress.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import { isHostToProgress, type ProgressSummary, type ProgressToHost } from '../../src/protocol/progress';

declare function acquireVsCodeApi(): { postMessage(message: ProgressToHost): void };
const vscode = acquireVsCodeApi();
const $ = (id: string) => document.getElementById(id)!;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) =>
  Object.assign(document.createElement(tag), { ...(text !== undefined ? { textContent: text } : {}), ...(className ? { className } : {}) });
const SVG = 'http://www.w3.org/2000/svg';

function bar(label: string, value: number, total: number, extra = ''): HTMLElement {
  const row = element('div', undefined, 'bar-row');
  const track = element('div', undefined, 'bar-track');
  const fill = element('div', undefined, 'bar-fill');
  fill.style.width = `${total ? Math.round((value / total) * 100) : 0}%`;
  track.append(fill);
  track.setAttribute('role', 'img');
  track.setAttribute('aria-label', `${label}: ${value} of ${total}${extra}`);
  row.append(element('span', label, 'bar-label'), track, element('span', `${value}/${total}${extra}`, 'bar-value'));
  return row;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const percent = (coverage: number) => `${Math.round(coverage * 100)}%`;
const shortDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/**
 * Coverage of each critique over time: a line chart with a 0-100% axis, the critiques' dates
 * along the bottom, and each point's value (the latest always, the others while they fit).
 */
function coverageChart(points: ProgressSummary['critiques']): Element {
  if (points.length === 0) return element('p', 'No critiques yet: run one from the design canvas.', 'empty');
  const width = 560;
  const height = 190;
  const left = 44;
  const right = 16;
  const top = 18;
  const bottom = 34;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (i: number) => (points.length === 1 ? left + plotWidth / 2 : left + (i * plotWidth) / (points.length - 1));
  const y = (coverage: number) => top + (1 - coverage) * plotHeight;
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'coverage-chart' });
  svg.setAttribute(
    'aria-label',
    `Critique coverage over ${points.length} critiques, latest ${percent(points[points.length - 1]!.coverage)}`,
  );
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    svg.append(
      svgElement('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: tick === 0 ? 'axis' : 'grid' }),
      svgElement('text', { x: left - 6, y: y(tick) + 4, class: 'tick', 'text-anchor': 'end' }, percent(tick)),
    );
  }
  svg.append(svgElement('line', { x1: left, x2: left, y1: top, y2: top + plotHeight, class: 'axis' }));
  // Dates under the first, the last and, when there is room, evenly spaced points between.
  const dateEvery = Math.max(1, Math.ceil(points.length / 6));
  points.forEach((point, i) => {
    if (i % dateEvery === 0 || i === points.length - 1) {
      if (i !== points.length - 1 && points.length - 1 - i < dateEvery / 2) return;
      svg.append(svgElement('text', { x: x(i), y: height - bottom + 18, class: 'tick', 'text-anchor': 'middle' }, shortDate(point.at)));
    }
  });
  svg.append(
    svgElement('polyline', { points: points.map((point, i) => `${x(i)},${y(point.coverage)}`).join(' '), class: 'coverage-line' }),
  );
  const labelEvery = Math.max(1, Math.ceil(points.length / 10));
  points.forEach((point, i) => {
    const dot = svgElement('circle', { cx: x(i), cy: y(point.coverage), r: 3.5, class: 'coverage-dot' });
    dot.append(svgElement('title', {}, `${point.title}: ${percent(point.coverage)} (${new Date(point.at).toLocaleString()})`));
    svg.append(dot);
    if (i % labelEvery === 0 || i === points.length - 1) {
      svg.append(
        svgElement('text', { x: x(i), y: y(point.coverage) - 8, class: 'point-value', 'text-anchor': 'middle' }, percent(point.coverage)),
      );
    }
  });
  svg.append(svgElement('text', { x: 4, y: 10, class: 'axis-title' }, 'coverage'));
  return svg;
}

function render(summary: ProgressSummary): void {
  $('streak').textContent = String(summary.streak);
  $('active-days').textContent = String(summary.activeDays);
  $('cards-due').textContent = String(summary.cards.due);
  $('cards-learned').textContent = `${summary.cards.learned}/${summary.cards.total}`;
  $('designs-attempted').textContent = `${summary.designs.attempted}/${summary.designs.total}`;
  $('mock-interviews').textContent = String(summary.mocks.count);
  $('mock-minutes').textContent = `${summary.mocks.count === 1 ? 'mock interview' : 'mock interviews'}, ${summary.mocks.minutes} min`;
  $('problems').replaceChildren(
    ...summary.problems.map((p) => bar(p.title, p.solved, p.total, p.attempted ? ` (+${p.attempted} attempted)` : '')),
  );
  $('coverage').replaceChildren(coverageChart(summary.critiques));
  const rows = summary.recentRuns.map((run) => {
    const tr = element('tr');
    tr.append(
      element('td', new Date(run.at).toLocaleString()),
      element('td', run.title),
      element('td', run.language),
      element('td', `${run.passed}/${run.total}`, run.passed === run.total ? 'pass' : 'fail'),
    );
    return tr;
  });
  $('runs').replaceChildren(...rows);
  $('runs-empty').hidden = rows.length > 0;
}

window.addEventListener('message', (event: MessageEvent) => {
  if (isHostToProgress(event.data)) render(event.data.summary);
  else console.warn('progress: ignored a malformed message', event.data);
});
for (const command of ['export', 'import', 'review'] as const) {
  $(command).addEventListener('click', () => vscode.postMessage({ type: 'command', command }));
}
vscode.postMessage({ type: 'ready' });

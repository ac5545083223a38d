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

/** Coverage of each critique over time as a small line chart, 0 to 100%. */
function coverageChart(points: ProgressSummary['critiques']): Element {
  if (points.length === 0) return element('p', 'No critiques yet: run one from the design canvas.', 'empty');
  const width = 480;
  const height = 120;
  const x = (i: number) => (points.length === 1 ? width / 2 : 10 + (i * (width - 20)) / (points.length - 1));
  const y = (coverage: number) => height - 10 - coverage * (height - 20);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute(
    'aria-label',
    `Critique coverage over ${points.length} critiques, latest ${Math.round(points[points.length - 1]!.coverage * 100)}%`,
  );
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.map((point, i) => `${x(i)},${y(point.coverage)}`).join(' '));
  line.setAttribute('class', 'coverage-line');
  svg.append(line);
  points.forEach((point, i) => {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', String(x(i)));
    dot.setAttribute('cy', String(y(point.coverage)));
    dot.setAttribute('r', '3');
    dot.setAttribute('class', 'coverage-dot');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${point.design ?? 'diagram'}: ${Math.round(point.coverage * 100)}% (${new Date(point.at).toLocaleString()})`;
    dot.append(title);
    svg.append(dot);
  });
  return svg;
}

function render(summary: ProgressSummary): void {
  $('streak').textContent = String(summary.streak);
  $('active-days').textContent = String(summary.activeDays);
  $('cards-due').textContent = String(summary.cards.due);
  $('cards-learned').textContent = `${summary.cards.learned}/${summary.cards.total}`;
  $('problems').replaceChildren(
    ...summary.problems.map((p) => bar(p.title, p.solved, p.total, p.attempted ? ` (+${p.attempted} attempted)` : '')),
  );
  $('coverage').replaceChildren(coverageChart(summary.critiques));
  const rows = summary.recentRuns.map((run) => {
    const tr = element('tr');
    tr.append(
      element('td', new Date(run.at).toLocaleString()),
      element('td', run.problem),
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

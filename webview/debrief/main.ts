// The mock-interview debrief: time per phase, the rubric's concerns, the critique and your
// notes, rendered from what the host sends; its two buttons ask the host for the model answer
// or for a drill of the cards about what was missed.
import './debrief.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import { isHostToDebrief, type DebriefToHost, type DebriefView } from '../../src/protocol/debrief';

declare function acquireVsCodeApi(): { postMessage(message: DebriefToHost): void };
const vscode = acquireVsCodeApi();
const $ = (id: string) => document.getElementById(id)!;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) =>
  Object.assign(document.createElement(tag), { ...(text !== undefined ? { textContent: text } : {}), ...(className ? { className } : {}) });

const minutes = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

function show(view: DebriefView): void {
  $('title').textContent = `Debrief: ${view.title}`;
  const spent = view.phases.reduce((sum, phase) => sum + phase.spentMs, 0);
  $('subtitle').textContent = `${view.endedBy === 'time' ? 'Time is up' : 'Stopped'} after ${minutes(spent)} · ${view.diagramPath}`;

  const head = element('tr');
  head.append(element('th', 'Phase'), element('th', 'Spent'), element('th', 'Planned'), element('th', ''));
  $('phases').replaceChildren(
    head,
    ...view.phases.map((phase) => {
      const row = element('tr', undefined, phase.spentMs === 0 ? 'skipped' : '');
      const track = element('td');
      const fill = element('div', undefined, 'fill');
      fill.style.width = `${phase.plannedMs ? Math.min(100, Math.round((phase.spentMs / phase.plannedMs) * 100)) : 0}%`;
      track.append(element('div', undefined, 'track'));
      track.firstElementChild!.append(fill);
      row.append(element('td', phase.title), element('td', minutes(phase.spentMs)), element('td', minutes(phase.plannedMs)), track);
      return row;
    }),
  );

  const missed = view.rubric.filter((concern) => !concern.covered).length;
  $('coverage').textContent = view.critique
    ? `${Math.round(view.critique.coverage * 100)}% of the rubric covered${missed ? `; ${missed} concern${missed === 1 ? '' : 's'} missed` : ''}.`
    : view.critiqueNote;
  $('rubric').replaceChildren(
    ...view.rubric.map((concern) => {
      const item = element('li', undefined, concern.covered ? 'covered' : 'missed');
      item.append(element('span', concern.covered ? '✓' : '✗', 'mark'), element('span', concern.name));
      item.title = concern.covered ? 'Covered by your diagram' : 'Missing from your diagram';
      return item;
    }),
  );

  const findings = view.critique?.findings ?? [];
  $('findings').replaceChildren(
    ...(findings.length
      ? findings.map((finding) => {
          const item = element('li');
          item.append(element('span', finding.severity, `severity ${finding.severity}`), element('strong', finding.title));
          if (finding.evidence) item.append(element('div', finding.evidence, 'evidence'));
          return item;
        })
      : [element('li', view.critique ? 'No findings: the critic has nothing to add.' : view.critiqueNote, 'note')]),
  );

  $('notes-path').textContent = view.notesPath;
  $('notes').textContent = view.notes || 'No notes were written during this interview.';

  const answer = $('model-answer') as HTMLElement & { disabled: boolean };
  answer.disabled = !view.hasModelAnswer;
  answer.title = view.hasModelAnswer ? 'The model answer beside your diagram, read-only' : 'This diagram is not a question of the bank';
  const drill = $('drill') as HTMLElement & { disabled: boolean };
  drill.disabled = view.drillCards === 0;
  drill.textContent = view.drillCards ? `Drill missed concepts (${view.drillCards} cards)` : 'Drill missed concepts';
  drill.title = view.drillCards ? 'Review the concept cards about the concerns you missed' : 'Nothing missed: no cards to drill';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isHostToDebrief(event.data)) show(event.data.debrief);
});
$('model-answer').addEventListener('click', () => vscode.postMessage({ type: 'openModelAnswer' }));
$('drill').addEventListener('click', () => vscode.postMessage({ type: 'drill' }));
vscode.postMessage({ type: 'ready' });

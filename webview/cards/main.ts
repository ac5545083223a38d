// Card review: the question first, an optional typed answer, then the reveal and the grade.
import './cards.css';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import { isHostToCards, type CardsToHost, type CardView, type GradeName, type HostToCards } from '../../src/protocol/cards';

declare function acquireVsCodeApi(): { postMessage(message: CardsToHost): void };
const vscode = acquireVsCodeApi();
const post = (message: CardsToHost) => vscode.postMessage(message);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let current: CardView | undefined;

function list(id: string, items: string[]): void {
  $(id).replaceChildren(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
}

function show(message: Extract<HostToCards, { type: 'show' }>): void {
  current = message.card;
  $('done').hidden = true;
  $('card').hidden = false;
  $('answer-side').hidden = true;
  $('category').textContent = `${message.card.category} · ${message.remaining} left in this session`;
  $('title').textContent = message.card.title;
  $('question').textContent = message.card.question;
  ($('typed') as HTMLTextAreaElement).value = '';
  $('testing').textContent = message.card.testing;
  $('strong').textContent = message.card.strongAnswer;
  $('story').textContent = message.card.exampleStory ?? '';
  $('story-section').hidden = message.card.exampleStory === null;
  list('weak', message.card.weakAnswers);
  list('follow-ups', message.card.followUps);
  for (const grade of ['again', 'hard', 'good', 'easy'] as GradeName[]) $(`when-${grade}`).textContent = message.intervals[grade];
  $('ask-grade').hidden = !message.canGrade;
  $('llm-grade').hidden = true;
  $('grades').hidden = true;
  $('reveal').hidden = false;
  $('reveal').focus();
}

function reveal(): void {
  if (!current) return;
  const typed = ($('typed') as HTMLTextAreaElement).value.trim();
  $('your-answer').textContent = typed || '(no answer typed)';
  $('answer-side').hidden = false;
  // Revealed once: the button goes, and the grades stay in view at the bottom while reading.
  $('reveal').hidden = true;
  $('grades').hidden = false;
  $('grade-good').focus();
}

function handle(message: HostToCards): void {
  if (message.type === 'show') return show(message);
  if (message.type === 'answerGrade' || message.type === 'answerGradeFailed') {
    if (message.cardId !== current?.id) return;
    $('llm-grade').hidden = false;
    $('ask-grade').removeAttribute('disabled');
    if (message.type === 'answerGradeFailed') {
      $('llm-suggested').textContent = 'unavailable';
      $('llm-feedback').textContent = message.message;
      return list('llm-gaps', []);
    }
    $('llm-suggested').textContent = message.suggested;
    $('llm-feedback').textContent = message.feedback;
    list(
      'llm-gaps',
      message.gaps.map((gap) => `Missing: ${gap}`),
    );
    reveal();
    return;
  }
  current = undefined;
  $('card').hidden = true;
  $('done').hidden = false;
  $('next-due').textContent = message.nextDue ? `Next card due ${new Date(message.nextDue).toLocaleString()}.` : 'No cards scheduled yet.';
}

window.addEventListener('message', (event: MessageEvent) => {
  if (isHostToCards(event.data)) handle(event.data);
  else console.warn('card review: ignored a malformed message', event.data);
});
$('reveal').addEventListener('click', reveal);
$('ask-grade').addEventListener('click', () => {
  const answer = ($('typed') as HTMLTextAreaElement).value.trim();
  if (!current || !answer) return;
  $('ask-grade').setAttribute('disabled', '');
  post({ type: 'gradeAnswer', cardId: current.id, answer });
});
for (const grade of ['again', 'hard', 'good', 'easy'] as GradeName[]) {
  $(`grade-${grade}`).addEventListener('click', () => current && post({ type: 'grade', cardId: current.id, grade }));
}
window.addEventListener('keydown', (event) => {
  if ($('answer-side').hidden || !current || (event.target as HTMLElement).tagName === 'VSCODE-TEXTAREA') return;
  const grade = ({ '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' } as Record<string, GradeName>)[event.key];
  if (grade) post({ type: 'grade', cardId: current.id, grade });
});
post({ type: 'ready' });

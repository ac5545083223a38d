import type * as vscode from 'vscode';
import { webviewPage } from '../webviewPage';

/** The review page. */
export function cardsHtml(webview: vscode.Webview, bundleRoot: vscode.Uri): string {
  const gradeButton = (grade: string, label: string, key: number, secondary = true) =>
    `<vscode-button id="grade-${grade}" class="grade"${secondary ? ' secondary' : ''} title="Key ${key}">${label}<small id="when-${grade}"></small></vscode-button>`;
  return webviewPage({
    webview,
    bundleRoot,
    name: 'cards',
    title: 'Review cards',
    body: `
  <main id="card" hidden>
    <div id="category"></div>
    <h1 id="title"></h1>
    <div id="question" role="heading" aria-level="2"></div>
    <vscode-textarea id="typed" rows="5" placeholder="Answer as you would in the interview (optional), then reveal." aria-label="Your answer"></vscode-textarea>
    <div class="actions"><vscode-button id="reveal">Reveal answer</vscode-button><vscode-button id="ask-grade" secondary hidden title="An LLM grades your typed answer against this card's rubric">Grade my answer</vscode-button></div>
    <section id="llm-grade" hidden aria-live="polite"><h2>Suggested grade: <span id="llm-suggested"></span></h2><p id="llm-feedback"></p><ul id="llm-gaps"></ul></section>
    <section id="answer-side" hidden aria-live="polite">
      <h2>Your answer</h2><div id="your-answer"></div>
      <h2>What the interviewer is testing</h2><p id="testing"></p>
      <h2>A strong answer</h2><p id="strong"></p>
      <section id="story-section" hidden><h2>A worked example</h2><p id="story"></p></section>
      <h2>Common weak answers</h2><ul id="weak"></ul>
      <h2>Follow-ups</h2><ul id="follow-ups"></ul>
    </section>
    <footer id="grades" class="actions grade-bar" role="group" aria-label="How well did you answer?" hidden>
      ${gradeButton('again', 'Again', 1)}${gradeButton('hard', 'Hard', 2)}${gradeButton('good', 'Good', 3, false)}${gradeButton('easy', 'Easy', 4)}
    </footer>
  </main>
  <main id="done" hidden><h1>All caught up</h1><p id="next-due"></p></main>`,
  });
}

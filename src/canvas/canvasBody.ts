// The canvas page's markup, apart from the webview wrapper so the render benchmark serves
// the very same page (it runs outside VS Code, without the vscode module).
export const CANVAS_BODY = `
  <div id="toolbar" role="toolbar" aria-label="Canvas">
    <vscode-button id="question-toggle" secondary title="Show or hide the question and your notes">Question</vscode-button>
    <vscode-button id="zoom-out" secondary title="Zoom out (Ctrl+scroll)">−</vscode-button>
    <vscode-button id="zoom-in" secondary title="Zoom in (Ctrl+scroll)">+</vscode-button>
    <vscode-button id="fit" secondary title="Fit the diagram to the view, never below a readable size (scroll for the rest)">Fit</vscode-button>
    <vscode-button id="connect" secondary title="Connect two nodes: the selected node (or the one you click first), then the target">Connect</vscode-button>
    <vscode-button id="critique" secondary title="Review the diagram for missing failure modes and evaluation">Critique</vscode-button>
    <span class="spacer"></span>
    <vscode-button id="model-answer" secondary hidden title="Open the model answer beside your diagram, read-only">Model answer</vscode-button>
    <vscode-button id="mock-start" title="Start a timed mock interview on this diagram">Mock interview</vscode-button>
  </div>
  <div id="mock" hidden aria-live="polite">
    <span id="mock-time"></span><span id="mock-paused" hidden>Paused</span><span id="mock-phase"></span><span id="mock-prompt"></span>
    <vscode-button id="mock-pause" secondary>Pause</vscode-button>
    <vscode-button id="mock-stop" secondary>Stop</vscode-button>
  </div>
  <aside id="question" aria-label="Question" hidden>
    <h2 id="question-title"></h2>
    <p id="question-prompt"></p>
    <details id="clarifying">
      <summary>Clarifying questions <span class="hint">(ask your own first)</span></summary>
      <ul id="clarifying-list"></ul>
    </details>
    <details id="requirements">
      <summary>Requirements <span class="hint">(what the interviewer would answer)</span></summary>
      <h3>Functional</h3><ul id="functional-list"></ul>
      <h3>Non-functional</h3><ul id="non-functional-list"></ul>
    </details>
    <label for="notes" id="notes-label">Your requirements and notes</label>
    <textarea id="notes" spellcheck="true" placeholder="Users, scale, latency, what a wrong answer costs..."></textarea>
    <div id="notes-status" aria-live="polite"></div>
  </aside>
  <div id="stage"><div id="viewport" aria-label="Diagram"></div><div id="error" role="alert" hidden></div></div>
  <aside id="palette" aria-label="Components">
    <div class="palette-head">
      <span class="palette-title">Components</span>
      <button id="palette-toggle" type="button" title="Collapse the palette to icons" aria-expanded="true">»</button>
    </div>
    <div id="palette-items"></div>
  </aside>
  <div id="status" aria-live="polite"></div>`;

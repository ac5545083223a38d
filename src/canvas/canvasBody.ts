// The canvas page's markup, apart from the webview wrapper so the render benchmark serves
// the very same page (it runs outside VS Code, without the vscode module).

/** Zoom and fit as VS Code toolbar icons, shared by the canvas and the model answer. */
export const ZOOM_BUTTONS = `<vscode-toolbar-button id="zoom-out" icon="zoom-out" label="Zoom out" title="Zoom out (Ctrl+scroll)"></vscode-toolbar-button>
    <vscode-toolbar-button id="zoom-in" icon="zoom-in" label="Zoom in" title="Zoom in (Ctrl+scroll)"></vscode-toolbar-button>
    <vscode-toolbar-button id="fit" icon="screen-full" label="Fit" title="Fit the diagram to the view, never below a readable size (scroll for the rest)">Fit</vscode-toolbar-button>`;

export const CANVAS_BODY = `
  <div id="toolbar" role="toolbar" aria-label="Canvas">
    <vscode-toolbar-button id="question-toggle" icon="book" label="Question" toggleable title="Show or hide the question and your notes">Question</vscode-toolbar-button>
    <span class="separator" role="separator"></span>
    ${ZOOM_BUTTONS}
    <span class="separator" role="separator"></span>
    <vscode-toolbar-button id="connect" icon="arrow-right" label="Connect" toggleable title="Connect two nodes: the selected node (or the one you click first), then the target">Connect</vscode-toolbar-button>
    <vscode-toolbar-button id="critique" icon="checklist" label="Critique" title="Review the diagram for missing failure modes and evaluation">Critique</vscode-toolbar-button>
    <span class="spacer"></span>
    <vscode-toolbar-button id="model-answer" icon="eye" label="Model answer" hidden title="Open the model answer beside your diagram, read-only">Model answer</vscode-toolbar-button>
    <vscode-button id="mock-start" icon="clock" aria-label="Mock interview" title="Start a timed mock interview on this diagram">Mock interview</vscode-button>
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

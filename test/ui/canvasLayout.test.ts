import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import {
  closeAllEditors,
  newestWebview,
  revealTreeItem,
  runCommand,
  screenshotInBothThemes,
  setColorTheme,
  startDesign,
  useWorkbench,
} from '../support/workbench';

/** A ten-node design for the RAG chatbot, as a user might have drawn it. */
const TEN_NODES = `%% ai-interview-studio design: rag-support-chatbot
%% RAG customer-support chatbot
flowchart LR
    client([Customer]) --> apiGateway[API gateway]
    apiGateway --> inputGuardrail[/Input guardrail\\]
    inputGuardrail --> cache[(Semantic cache)]
    cache -->|miss| retriever[Hybrid retriever]
    retriever --> vectorDb[(Vector DB)]
    retriever --> reranker[Reranker]
    reranker --> llm{{LLM}}
    llm --> outputGuardrail[/Output guardrail\\]
    outputGuardrail --> client
    outputGuardrail -->|low confidence| humanReview([Human hand-off])
`;

/** A sixteen-node answer to the refund-agent question, as a candidate might draw it in 30 minutes. */
const SIXTEEN_NODES = `%% ai-interview-studio design: refund-support-agent
%% Support agent that issues refunds
flowchart TB
    customer([Customer]) --> gateway[API gateway]
    gateway --> limiter[Rate limiter]
    limiter --> inputGuard[/Input guardrail: injection, PII\\]
    inputGuard --> agent{{Refund agent, max 8 steps}}
    agent <--> llm{{LLM}}
    llm -.->|on 5xx or timeout| fallbackModel{{Fallback model}}
    agent --> orders[[Order history tool]]
    agent --> policy[(Refund policy index)]
    agent --> approval{Over limit?}
    approval -->|yes| reviewer([Finance reviewer])
    approval -->|no| refunds[[Payments refund API]]
    reviewer -->|approved| refunds
    refunds --> audit[(Audit log)]
    agent --> outputGuard[/Output guardrail\\]
    outputGuard --> customer
    agent --> tracing[Tracing and monitoring]
    tracing --> evals[Offline eval set from traces]
`;

describe('UI: canvas layout, palette and question panel', () => {
  const workbench = useWorkbench('canvas-layout');

  it('keeps a 10-node diagram readable beside its text with the palette collapsed to icons', async () => {
    const { page, workspace } = workbench();
    mkdirSync(join(workspace, 'designs'), { recursive: true });
    writeFileSync(join(workspace, 'designs', 'rag-support-chatbot.mmd'), TEN_NODES);
    const canvas = await startDesign(page, /RAG customer-support chatbot/);
    const nodes = canvas.locator('#viewport svg g.node');
    await canvas.locator('#status', { hasText: '10 nodes' }).waitFor();
    assert.equal(await nodes.count(), 10);

    // A node click opens the text beside, with the cursor at the node and nothing selected.
    await canvas.locator('g.node[aria-label="Node cache"]').click();
    const text = page.locator('.editor-instance .monaco-editor').last();
    await text.locator('.view-line', { hasText: 'cache -->|miss|' }).waitFor();
    assert.equal(await text.locator('.selected-text').count(), 0, 'clicking a node selects no text');
    const cursor = await page
      .locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ })
      .first()
      .innerText();
    assert.match(cursor, /^Ln 6, Col 24$/, 'the cursor sits at the node id where it first appears');
    assert.match(await canvas.locator('#status').innerText(), /connect from cache/);

    // Beside the text the canvas is narrow: the palette folds to an icon rail by itself, and
    // the toggle opens and folds it again.
    await canvas.locator('body.palette-collapsed').waitFor();
    await canvas.locator('#palette-toggle').click();
    assert.equal(await canvas.locator('body.palette-collapsed').count(), 0);
    await canvas.locator('#palette-toggle').click();
    await canvas.locator('body.palette-collapsed').waitFor();
    await canvas.locator('#fit').click();
    // Readable: Mermaid's labels stay at 10 px or more on screen, scrolling reaches the rest.
    const transform = await canvas
      .locator('#viewport')
      .evaluate((element) => (element as { style: { transform: string } }).style.transform);
    const scale = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
    assert.ok(scale >= 0.6, `the diagram is drawn at ${transform}`);
    // The toolbar keeps to one row beside the text: icons, each with a name and a tooltip.
    await expectToolbarOnOneRow(canvas, { captions: false });
    await workbench().screenshot('collapsed-palette-beside-text');
    await setColorTheme(page, 'Dark Modern');
    await nodes.first().waitFor();
    await workbench().screenshot('collapsed-palette-beside-text-dark');

    // Without the sidebar the canvas is wider (the 650-700 px of a laptop split), still one row.
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await expectToolbarOnOneRow(canvas, { captions: false });
    await workbench().screenshot('toolbar-beside-text-no-sidebar-dark');
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await setColorTheme(page, 'Light Modern');
  });

  it('adds a component dragged from the palette onto a node, connected from that node', async () => {
    const { page, workspace } = workbench();
    const canvas = newestWebview(page);
    await canvas.locator('#palette [data-component="rateLimiter"]').dragTo(canvas.locator('g.node[aria-label="Node apiGateway"]'));
    await canvas.locator('g.node[aria-label="Node rateLimiter"]').waitFor({ timeout: 30_000 });
    await page.locator('.editor-instance .monaco-editor').last().locator('.view-line', { hasText: 'apiGateway --> rateLimiter' }).waitFor();
    // The dropped node is selected, so a click on the palette extends from it.
    await canvas.locator('#palette [data-component="tracing"]').click();
    await canvas.locator('g.node[aria-label="Node tracing"]').waitFor({ timeout: 30_000 });
    await canvas.locator('#status', { hasText: '12 nodes' }).waitFor();
    await workbench().screenshot('drag-from-palette');
    await page.keyboard.press('Control+S');
    const saved = await fileMatching(join(workspace, 'designs', 'rag-support-chatbot.mmd'), /rateLimiter --> tracing/);
    assert.match(saved, /apiGateway --> rateLimiter\[Rate limiter\]/);
    assert.match(saved, /rateLimiter --> tracing\[Tracing and monitoring\]/);
  });

  it('opens the model answer from the canvas in a read-only tab with its prose, rubric and a comparison', async () => {
    const { page, workspace } = workbench();
    const diagramPath = join(workspace, 'designs', 'rag-support-chatbot.mmd');
    const before = readFileSync(diagramPath, 'utf8');
    await newestWebview(page).locator('#model-answer').click();
    await page.getByRole('tab', { name: /Model answer: RAG customer-support chatbot/ }).waitFor({ timeout: 30_000 });
    const answer = newestWebview(page);
    await answer.locator('#viewport svg g.node').first().waitFor({ timeout: 60_000 });
    await answer.locator('#comparison table tr.missed').first().waitFor();
    assert.match(
      await answer.locator('#comparison .summary').innerText(),
      /designs\/rag-support-chatbot\.mmd covers \d+% of what the model answer covers/,
    );
    for (const heading of ['Walkthrough', 'Latency budget', 'Trade-offs', 'Rubric'])
      await answer.getByRole('heading', { name: heading }).waitFor();
    assert.equal(await answer.locator('#palette').count(), 0, 'no palette on the model answer');
    await workbench().screenshot('model-answer');

    // Read-only: clicking and double-clicking its nodes changes no file and opens no editor.
    const editorsBefore = await page.locator('.tabs-container .tab').count();
    // Events go straight to a node: the comparison panel may cover part of the stage.
    const node = answer.locator('#viewport svg g.node').first();
    await node.dispatchEvent('click');
    await node.dispatchEvent('dblclick');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(await page.locator('.tabs-container .tab').count(), editorsBefore);
    assert.equal(await page.locator('.tab.dirty').count(), 0);
    assert.equal(readFileSync(diagramPath, 'utf8'), before);
  });

  it('shows the question first, reveals details on request, and writes the notes box to the notes file', async () => {
    const { page, workspace } = workbench();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+W');
    const canvas = await startDesign(page, /Content moderation for a social platform/);
    const panel = canvas.locator('#question');
    await panel.waitFor();
    await canvas.locator('#question-title', { hasText: 'Content moderation' }).waitFor();
    assert.equal(await canvas.locator('#requirements').getAttribute('open'), null, 'requirements stay folded until asked for');
    assert.equal(await canvas.locator('#clarifying-list li').first().isVisible(), false);
    // A full-width canvas has room for the captions, on one row too.
    await expectToolbarOnOneRow(canvas, { captions: true });
    await workbench().screenshot('question-panel');

    await canvas.locator('#requirements summary').click();
    assert.ok(await canvas.locator('#functional-list li').first().isVisible());
    await canvas.locator('#notes').click();
    await canvas
      .locator('#notes')
      .pressSequentially('Users: 40M daily posts; images and text.\nLatency: under 1 s for text.', { delay: 5 });
    await canvas.locator('#notes-status', { hasText: 'Saved' }).waitFor({ timeout: 10_000 });
    const notes = await fileMatching(join(workspace, 'designs', 'content-moderation.notes.md'), /under 1 s/);
    assert.equal(notes, 'Users: 40M daily posts; images and text.\nLatency: under 1 s for text.');
    await workbench().screenshot('question-panel-notes');
  });

  it('draws a sixteen-node design readably and critiques it', async () => {
    const { page, workspace } = workbench();
    await closeAllEditors(page);
    mkdirSync(join(workspace, 'designs'), { recursive: true });
    writeFileSync(join(workspace, 'designs', 'refund-support-agent.mmd'), SIXTEEN_NODES);
    const canvas = await startDesign(page, /Support agent that issues refunds/);
    await canvas.locator('#status', { hasText: '16 nodes' }).waitFor();
    assert.equal(await canvas.locator('#viewport svg g.node').count(), 16);
    // The diagram gets the width: the question panel folds away on request.
    await canvas.locator('#question-toggle').click();
    await canvas.locator('#question').waitFor({ state: 'hidden' });
    await canvas.locator('#fit').click();
    await expectToolbarOnOneRow(canvas, { captions: true });
    await screenshotInBothThemes(workbench(), 'large-design', () => canvas.locator('#viewport svg g.node').first().waitFor());

    await canvas.locator('#critique').click();
    const finding = await revealTreeItem(page, /severity: /, 'Design Critique');
    await finding.click();
    await canvas.locator('#viewport svg g.node.highlighted').first().waitFor({ timeout: 30_000 });
    await screenshotInBothThemes(workbench(), 'large-design-critique', () =>
      canvas.locator('#viewport svg g.node.highlighted').first().waitFor(),
    );
  });
});

/**
 * Every toolbar button in view sits on one row inside the toolbar, has an accessible name
 * and a tooltip, and shows its caption or (when narrow) its icon alone.
 */
async function expectToolbarOnOneRow(canvas: FrameLocator, expected: { captions: boolean }): Promise<void> {
  const toolbar = (await canvas.locator('#toolbar').boundingBox())!;
  const buttons = canvas.locator('#toolbar > vscode-toolbar-button:visible, #toolbar > vscode-button:visible');
  const count = await buttons.count();
  assert.ok(count >= 7, `${count} toolbar buttons in view`);
  // Vertical centres: the primary button is a little taller than the icon buttons beside it.
  const rows = new Set<number>();
  for (let index = 0; index < count; index++) {
    const button = buttons.nth(index);
    const id = await button.getAttribute('id');
    const box = (await button.boundingBox())!;
    rows.add(Math.round(box.y + box.height / 2));
    assert.ok(
      box.x + box.width <= toolbar.x + toolbar.width + 0.5,
      `#${id} is cut off at the toolbar's right edge (${toolbar.width} px wide)`,
    );
    const name = (await button.getAttribute('label')) ?? (await button.getAttribute('aria-label'));
    assert.ok(name, `#${id} has an accessible name`);
    assert.ok(await button.getAttribute('title'), `#${id} has a tooltip`);
    if (id !== 'zoom-in' && id !== 'zoom-out' && id !== 'mock-start')
      assert.equal((await button.innerText()).trim(), expected.captions ? name : '', `#${id}'s caption at ${toolbar.width} px`);
  }
  assert.equal(rows.size, 1, `the toolbar's buttons sit on ${rows.size} rows at ${toolbar.width} px: centres at ${[...rows].join(', ')}`);
}

/** The file's text once it matches (saves land a moment after the keystroke). */
async function fileMatching(path: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (pattern.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return text;
}

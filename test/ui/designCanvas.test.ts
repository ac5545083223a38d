import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  closeAllEditors,
  newestWebview,
  openStudioSidebar,
  revealTreeItem,
  critiqueFromCanvas,
  quickOpen,
  runCommand,
  screenshotInBothThemes,
  startDesign,
  useWorkbench,
} from '../support/workbench';

describe('UI: design canvas in browser VS Code', () => {
  const workbench = useWorkbench('design');

  it('opens a design question from the tree, inserts a component, reveals its line and shows a syntax error', async () => {
    const { page } = workbench();
    const canvas = await startDesign(page, /RAG customer-support chatbot/);
    const nodes = canvas.locator('#viewport svg g.node');
    assert.equal(await nodes.count(), 1, 'the seed diagram has one node');
    await workbench().screenshot('seed');

    await canvas.locator('#palette [data-component="vectorDb"]').click();
    await canvas.locator('#viewport svg g.node[aria-label="Node vectorDb"]').waitFor();
    assert.equal(await nodes.count(), 2);

    // Clicking the node opens the text beside the canvas at the node's line.
    await canvas.locator('#viewport svg g.node[aria-label="Node vectorDb"]').click();
    const textEditor = page.locator('.editor-instance .monaco-editor').last();
    await textEditor.locator('.view-line', { hasText: 'vectorDb[(Vector DB)]' }).waitFor();
    await workbench().screenshot('inserted');

    // Break the diagram from the text editor: the error names the line, the last render stays.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('client -->');
    const banner = canvas.locator('#error');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    const cursor = await page
      .locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ })
      .first()
      .innerText();
    const cursorLine = Number(/Ln (\d+)/.exec(cursor)![1]);
    const message = await banner.innerText();
    assert.match(message, new RegExp(`^Line ${cursorLine}: `), message);
    assert.equal(await nodes.count(), 2, 'the last good render stays on screen');
    await workbench().screenshot('syntax-error');
  });

  it('runs an offline critique from the canvas, lists findings and highlights their nodes', async () => {
    const { page } = workbench();
    // The previous test leaves its canvas open with a syntax error: start from no tabs.
    await closeAllEditors(page);
    const canvas = await startDesign(page, /Support agent that issues refunds/);
    await canvas.locator('#palette [data-component="llm"]').click();
    await canvas.locator('#viewport svg g.node[aria-label="Node llm"]').waitFor();

    await critiqueFromCanvas(page, canvas);
    // The group rows count their findings; the view may be too short to show every row.
    // Beside the Questions tree, expanded at the design category, the findings get room to read.
    const sidebar = (await page.locator('.part.sidebar').boundingBox())!;
    const critiqueView = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^Design Critique/i }) });
    const findingsBox = (await critiqueView.locator('.pane-body').boundingBox())!;
    assert.ok(findingsBox.height >= sidebar.height / 3, `the findings get ${findingsBox.height} of the sidebar's ${sidebar.height} px`);
    const high = await page.getByRole('treeitem', { name: /^High \(\d+\)/ }).innerText();
    assert.ok(Number(/\((\d+)\)/.exec(high)![1]) >= 3, `several high findings are listed: ${high}`);
    const finding = await revealTreeItem(page, /high severity: No fallback when the model provider fails/, 'Design Critique');
    await finding.click();
    await canvas.locator('#viewport svg g.node.highlighted[aria-label="Node llm"]').waitFor({ timeout: 30_000 });
    await screenshotInBothThemes(workbench(), 'critique', () =>
      canvas.locator('#viewport svg g.node.highlighted[aria-label="Node llm"]').waitFor(),
    );
  });

  it('shows a finding picked in the Problems panel on the canvas, bringing the canvas to the front', async () => {
    const { page, workspace } = workbench();
    await closeAllEditors(page);
    mkdirSync(join(workspace, 'designs'), { recursive: true });
    writeFileSync(
      join(workspace, 'designs', 'refund-problems.mmd'),
      [
        '%% ai-interview-studio design: refund-support-agent',
        'flowchart LR',
        '    client([Customer]) --> agent[Refund agent]',
        '    agent <--> llm{{LLM}}',
        '    agent --> refunds[[Refund API]]',
        '',
      ].join('\n'),
    );
    await openStudioSidebar(page);
    await quickOpen(page, 'refund-problems.mmd');
    const canvas = newestWebview(page);
    await canvas.locator('#viewport svg g.node[aria-label="Node llm"]').waitFor({ timeout: 60_000 });
    await critiqueFromCanvas(page, canvas);
    assert.equal(await canvas.locator('g.node.highlighted').count(), 0, 'nothing is highlighted before the click');
    // Another file over the canvas in the same group: the link must bring the canvas back.
    // (Keys go to the workbench, not the canvas the critique button left focused.)
    await page.locator('.part.sidebar .monaco-list').first().focus();
    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.tab.active', { hasText: 'Untitled-1' }).waitFor();

    await runCommand(page, 'Focus on Problems View');
    const problems = page.locator('.part.panel .markers-panel');
    const row = problems.locator('.monaco-list-row', { hasText: 'No fallback when the model provider fails' });
    for (let attempt = 0; attempt < 20 && !(await row.count()); attempt++) {
      await problems.locator('.monaco-list').first().hover();
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(100);
    }
    // The diagnostic's code is a link (the concern it is about) that runs the studio's command.
    const link = row.locator('a.monaco-link', { hasText: 'fallback' });
    await link.click();
    await page.locator('.tab.active', { hasText: 'refund-problems.mmd' }).waitFor({ timeout: 15_000 });
    await canvas.locator('#viewport svg g.node.highlighted[aria-label="Node llm"]').waitFor({ timeout: 15_000 });
    await screenshotInBothThemes(workbench(), 'problems-to-canvas', () =>
      canvas.locator('#viewport svg g.node.highlighted[aria-label="Node llm"]').waitFor(),
    );
  });
});

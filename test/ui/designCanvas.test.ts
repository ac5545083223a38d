import { strict as assert } from 'node:assert';
import { closeAllEditors, revealTreeItem, startDesign, useWorkbench } from '../support/workbench';

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

    await canvas.locator('#critique').click();
    await page
      .getByRole('treeitem', { name: /severity:/ })
      .first()
      .waitFor({ timeout: 60_000 });
    // The group rows count their findings; the view may be too short to show every row.
    const high = await page.getByRole('treeitem', { name: /^High \(\d+\)/ }).innerText();
    assert.ok(Number(/\((\d+)\)/.exec(high)![1]) >= 3, `several high findings are listed: ${high}`);
    const finding = await revealTreeItem(page, /high severity: No fallback when the model provider fails/, 'Design Critique');
    await finding.click();
    await canvas.locator('#viewport svg g.node.highlighted[aria-label="Node llm"]').waitFor({ timeout: 30_000 });
    await workbench().screenshot('critique');
  });
});

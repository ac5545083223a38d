import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { openStudioSidebar, revealTreeItem, scrollTreeToTop, useWorkbench } from '../support/workbench';

describe('UI: sidebar in browser VS Code', () => {
  const workbench = useWorkbench('sidebar');

  it('opens from the activity bar and lists the categories', async () => {
    const { page } = workbench();
    await openStudioSidebar(page);
    for (const title of ['Retrieval & ranking', 'AI system design', 'LLM fundamentals', 'Behavioral']) {
      await (await revealTreeItem(page, new RegExp(title))).first().waitFor();
    }
    // Back to the top, where the next test starts.
    await scrollTreeToTop(page);
    await page.getByRole('treeitem', { name: /Retrieval & ranking/ }).waitFor();
    const rows = await page.locator('.pane-body .monaco-list-row[role="treeitem"][aria-level="1"]').count();
    assert.ok(rows >= 4, `expected >= 4 category rows, saw ${rows}`);
    const shot = await workbench().screenshot('categories');
    assert.ok(existsSync(shot));
  });

  it('expands a category to show its items with their difficulty', async () => {
    const { page } = workbench();
    await page.getByRole('treeitem', { name: /Retrieval & ranking/ }).click();
    const cosine = page.getByRole('treeitem', { name: /Cosine similarity/ });
    await cosine.waitFor();
    assert.equal(await cosine.getAttribute('aria-label'), 'Cosine similarity, coding, easy');
    assert.match(await cosine.innerText(), /easy/);
    await cosine.click();
    await page.locator('.editor-instance, .webview').first().waitFor();
    await page
      .getByRole('tab', { name: /cosine-similarity/ })
      .first()
      .waitFor({ timeout: 30_000 });
    // The markdown preview renders the statement inside its webview frame.
    const preview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await preview.getByRole('heading', { name: 'Cosine similarity' }).waitFor({ timeout: 30_000 });
    await workbench().screenshot('statement');
  });
});

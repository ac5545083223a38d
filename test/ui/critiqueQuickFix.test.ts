import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { critiqueFromCanvas, openStudioSidebar, quickOpen, revealTreeItem, useWorkbench, newestWebview } from '../support/workbench';

const DIAGRAM = [
  '%% ai-interview-studio design: rag-support-chatbot',
  'flowchart LR',
  '    client([Customer]) -->|question| api[Chat API]',
  '    api --> llm{{LLM}}',
  '    llm --> client',
  '',
].join('\n');

describe('UI: a critique finding fixed from the lightbulb', () => {
  const workbench = useWorkbench('quick-fix');

  it('wires the missing input guard between the user and the model, and the re-run critique drops the finding', async () => {
    const { page, workspace } = workbench();
    mkdirSync(join(workspace, 'designs'), { recursive: true });
    writeFileSync(join(workspace, 'designs', 'guarded.mmd'), DIAGRAM);
    await openStudioSidebar(page);
    await quickOpen(page, 'guarded.mmd');

    const canvas = newestWebview(page);
    await canvas.locator('#viewport svg g.node[aria-label="Node llm"]').waitFor({ timeout: 60_000 });
    await critiqueFromCanvas(page, canvas);
    const finding = await revealTreeItem(page, /high severity: User input reaches the model unchecked/, 'Design Critique');
    const highGroup = page.getByRole('treeitem', { name: /^High \(\d+\)/ });
    const highBefore = Number(/\((\d+)\)/.exec(await highGroup.innerText())![1]);

    // The text beside the canvas. The finding's diagnostic sits on the first line it names a
    // node on, or on the header line when it names none: try those lines for the lightbulb.
    await canvas.locator('#viewport svg g.node[aria-label="Node client"]').click();
    const textEditor = page.locator('.editor-instance .monaco-editor').last();
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Add input guardrail between client and llm' });
    for (const line of ['flowchart LR', 'client([Customer])', 'api --> llm']) {
      await textEditor.locator('.view-line', { hasText: line }).click();
      await page.keyboard.press('Control+.');
      if (
        await fix.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
      await page.keyboard.press('Escape');
    }
    await fix.waitFor({ timeout: 5_000 });
    await workbench().screenshot('lightbulb');
    // Choose it from the keyboard (the menu's pointer guard swallows synthetic clicks).
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let step = 0; step < 20 && !(await focused.innerText().catch(() => '')).includes('Add input guardrail'); step++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // Wired in: the old edge now runs through the guard, in the text and on the canvas.
    await textEditor.locator('.view-line', { hasText: '-->|question| inputGuardrail --> api[Chat API]' }).waitFor({ timeout: 30_000 });
    await textEditor.locator('.view-line', { hasText: 'inputGuardrail[/Input guardrail\\]' }).waitFor();
    await canvas.locator('#viewport svg g.node[aria-label="Node inputGuardrail"]').waitFor({ timeout: 30_000 });
    // The critique ran again by itself: the finding is gone, the others stay.
    await page.getByRole('treeitem', { name: new RegExp(`^High \\(${highBefore - 1}\\)`) }).waitFor({ timeout: 60_000 });
    await finding.waitFor({ state: 'detached', timeout: 10_000 });
    assert.ok((await page.getByRole('treeitem', { name: /severity:/ }).count()) >= 3, 'other findings remain');
    await workbench().screenshot('wired');
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { contentRoot } from '../support/paths';
import { openStudioSidebar, pasteIntoEditor, waitForText, useWorkbench } from '../support/workbench';

/** Shows the Test Explorer and returns the problem file's row in it. */
async function openTestingView(page: Page): Promise<Locator> {
  await page.locator('.activitybar [aria-label^="Testing"]').first().click();
  const fileRow = page.locator('.part.sidebar [role="treeitem"]:visible', { hasText: 'Reciprocal rank fusion' }).first();
  await fileRow.waitFor({ timeout: 30_000 });
  return fileRow;
}

/** Starts the problem on a tree row from its inline Start Problem button, in TypeScript. */
async function startInTypeScript(page: Page, row: Locator): Promise<void> {
  await row.hover();
  await row.getByRole('button', { name: 'Start Problem' }).click();
  await page
    .locator('.quick-input-widget')
    .getByRole('option', { name: /TypeScript/ })
    .click();
}

/** Focuses the problem file's editor, goes to line, and toggles a breakpoint there with F9. */
async function toggleBreakpointOnLine(page: Page, line: number): Promise<void> {
  await page.getByRole('tab', { name: /reciprocal-rank-fusion\.ts/ }).click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('F9');
}

/** Waits until the file row and each of its caseCount cases show a passed, failed or errored icon. */
async function settledResults(page: Page, caseCount: number): Promise<void> {
  const settled = page.locator(
    '.part.sidebar [role="treeitem"]:visible :is(.codicon-testing-passed-icon, .codicon-testing-failed-icon, .codicon-testing-error-icon)',
  );
  for (let attempt = 0; attempt < 120 && (await settled.count()) < caseCount + 1; attempt++) await page.waitForTimeout(250);
  assert.equal(await settled.count(), caseCount + 1, 'every case has a result');
}

describe('UI: solve a coding problem in browser VS Code', () => {
  const workbench = useWorkbench('coding');
  const problemDir = join(contentRoot, 'problems/reciprocal-rank-fusion');
  const caseCount = (JSON.parse(readFileSync(join(problemDir, 'cases.json'), 'utf8')) as { cases: unknown[] }).cases.length;

  it('starts a problem from the tree, solves it, and sees every hidden test pass in the Test Explorer', async () => {
    const { page } = workbench();
    await openStudioSidebar(page);
    await page.getByRole('treeitem', { name: /Retrieval & ranking/ }).click();
    const row = page.getByRole('treeitem', { name: /Reciprocal rank fusion/ });
    await startInTypeScript(page, row);

    const editor = page.locator('.editor-instance .monaco-editor').first();
    await page.getByRole('tab', { name: /reciprocal-rank-fusion\.ts/ }).waitFor();
    await editor.waitFor();
    // The lens shows on the fresh file without a click into it.
    await page.getByRole('tab', { name: /^Preview reciprocal-rank-fusion\.md/ }).waitFor({ timeout: 30_000 });
    await editor.locator('.codelens-decoration a', { hasText: 'Run hidden tests' }).waitFor({ timeout: 30_000 });
    await workbench().screenshot('scaffolded');

    // Type the solution as a user would: replace the starter's text and save.
    const solution = readFileSync(join(problemDir, 'reference.ts'), 'utf8');
    await pasteIntoEditor(page, `// ai-interview-studio problem: reciprocal-rank-fusion\n${solution}`);
    await page.keyboard.press('Control+S');

    const fileRow = await openTestingView(page);
    await page
      .getByRole('button', { name: /^Run Tests/ })
      .first()
      .click();
    await waitForText(page, new RegExp(`^${caseCount}/${caseCount}$`, 'm'));
    assert.equal(await fileRow.locator('.codicon-testing-passed-icon').count(), 1, 'the file item shows the passed icon');
    assert.equal(await fileRow.locator('.codicon-testing-failed-icon, .codicon-testing-error-icon').count(), 0);
    await fileRow.click();
    await workbench().screenshot('tests-passed');
  });

  it('debugs the hidden tests and stops at a breakpoint in the solution', async () => {
    const { page } = workbench();
    await page.getByRole('tab', { name: /reciprocal-rank-fusion\.ts/ }).click();
    // Line 8 (`const scores = new Map...`): go there and toggle a breakpoint, as a user would.
    await toggleBreakpointOnLine(page, 8);
    await page.locator('.codicon-debug-breakpoint').first().waitFor();
    await page.locator('.codelens-decoration a', { hasText: 'Debug' }).first().click();
    // Paused: the editor marks the stopped line and the debug toolbar offers Continue.
    await page.locator('.debug-top-stack-frame-line').first().waitFor({ timeout: 60_000 });
    await page.locator('.debug-toolbar').waitFor();
    // The call stack's top frame is the user's function in the user's file, at the breakpoint's line.
    const top = page.locator('.debug-call-stack .monaco-list-row', { hasText: 'reciprocalRankFusion' }).first();
    await top.waitFor({ timeout: 30_000 });
    assert.match(await top.innerText(), /reciprocal-rank-fusion\.ts\s*8:/);
    await workbench().screenshot('debug-stopped');
    // Remove the breakpoint and continue: the run finishes and every case passes. The debugger
    // moved the focus, so go back to the editor and the line first.
    await toggleBreakpointOnLine(page, 8);
    await page.locator('.editor-instance .codicon-debug-breakpoint').waitFor({ state: 'detached' });
    await page.locator('.debug-toolbar .codicon-debug-continue').click();
    await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 60_000 });
  });

  it('runs a wrong solution and sees the failing case with its input in the test message', async () => {
    const { page } = workbench();
    await page.getByRole('tab', { name: /reciprocal-rank-fusion\.ts/ }).click();
    // Ranks counted from 0: every score is off, so the first case fails and its message opens.
    const wrong = readFileSync(join(problemDir, 'reference.ts'), 'utf8').replace('1 / (k + index + 1)', '1 / (k + index)');
    await pasteIntoEditor(page, `// ai-interview-studio problem: reciprocal-rank-fusion\n${wrong}`);
    await page.keyboard.press('Control+S');
    // Whatever view the last test left (a debug run leaves Run and Debug), run from the Test Explorer.
    await openTestingView(page);
    await page
      .getByRole('button', { name: /^Run Tests/ })
      .first()
      .click();
    const failedCase = page.locator('.part.sidebar [role="treeitem"]:visible', { hasText: 'statement example' }).first();
    await failedCase.locator('.codicon-testing-failed-icon').waitFor({ timeout: 60_000 });
    // Results stream in and re-render the results tree; act on it once every case has one.
    await settledResults(page, caseCount);
    // The peek opens on the diff; the case's input is its next message, listed under the case in the results tree.
    const results = page.locator('.part.panel');
    await results.locator('[role="treeitem"]', { hasText: 'statement example' }).first().click({ timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await results.locator('[role="treeitem"]', { hasText: 'The input of this case' }).first().click({ timeout: 30_000 });
    await page.getByText('rankings = [["a","b","c"],["b","c"]]').first().waitFor({ timeout: 30_000 });
    await workbench().screenshot('failed-case-input');
  });

  it('starts a second problem and sees its CodeLens without a click into the file', async () => {
    // The markdown preview is warm now: it opens at once beside the new file and takes the focus from it.
    const { page } = workbench();
    await openStudioSidebar(page);
    const row = page.getByRole('treeitem', { name: /Cosine similarity/ });
    await startInTypeScript(page, row);
    await page.getByRole('tab', { name: /^Preview cosine-similarity\.md/ }).waitFor({ timeout: 30_000 });
    const editor = page.locator('.editor-instance .monaco-editor', { hasText: 'ai-interview-studio problem: cosine-similarity' });
    await editor.locator('.codelens-decoration a', { hasText: 'Run hidden tests' }).waitFor({ timeout: 15_000 });
    await workbench().screenshot('second-problem');
  });
});

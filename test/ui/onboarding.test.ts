import { strict as assert } from 'node:assert';
import type { Locator } from 'playwright-core';
import { isClipped, openStudioSidebar, setColorTheme, useWorkbench, newestWebview, runCommand } from '../support/workbench';

describe('UI: onboarding and progress in browser VS Code', () => {
  const workbench = useWorkbench('onboarding');

  it('greets a first run with the Get Started view and opens the walkthrough', async () => {
    const { page } = workbench();
    await openStudioSidebar(page);
    const welcome = page.locator('.pane', { hasText: 'Get Started' }).locator('.welcome-view-content');
    await welcome.waitFor({ timeout: 30_000 });
    assert.match(await welcome.innerText(), /solve a coding problem against hidden tests/);
    // Sized to its content (package.json initialSize, beside Design Critique's share): all of it shows, and the Questions tree gets the most room.
    const paneHeight = (title: RegExp) =>
      page
        .locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: title }) })
        .evaluate((pane) => (pane as unknown as { offsetHeight: number }).offsetHeight);
    const getStarted = await paneHeight(/^Get Started/i);
    const questions = await paneHeight(/^Questions/i);
    const bottom = (element: Locator) =>
      element.evaluate((node) => (node as unknown as { getBoundingClientRect(): { bottom: number } }).getBoundingClientRect().bottom);
    const getStartedPane = page.locator('.part.sidebar .pane', { hasText: 'Get Started' });
    assert.ok((await bottom(welcome)) <= (await bottom(getStartedPane.locator('.pane-body'))) + 1, 'nothing of Get Started is cut off');
    assert.ok(questions >= 1.5 * getStarted, `Questions ${questions}px against Get Started ${getStarted}px`);
    await workbench().screenshot('get-started');
    await welcome.getByRole('button', { name: 'Open the Walkthrough' }).click();
    const title = page.locator('h2.category-title', { hasText: 'Practise AI interviews' });
    await title.waitFor({ timeout: 30_000 });
    // The Welcome page clamps long titles with an ellipsis: every line of the walkthrough shows whole.
    assert.ok(!(await isClipped(title)), 'the walkthrough title shows whole');
    assert.ok(!(await isClipped(page.locator('.category-description').first())), 'its description shows whole');
    for (const step of ['Solve a problem with hidden tests', 'Draw a design', 'Critique it', 'Review concept cards']) {
      const stepTitle = page.locator('.getting-started-step .step-title', { hasText: step }).first();
      await stepTitle.waitFor();
      assert.ok(!(await isClipped(stepTitle)), `the step "${step}" shows whole`);
    }
    await workbench().screenshot('walkthrough');
  });

  it('shows the progress view in the light and the dark theme', async () => {
    const { page } = workbench();
    await runCommand(page, 'AI Interview Studio: Show Progress');
    const progress = newestWebview(page);
    await progress.getByText('day streak').waitFor({ timeout: 30_000 });
    // The browser's default is the light theme: the dark one is chosen, as a user would.
    await setColorTheme(page, 'Dark Modern');
    await progress.getByText('day streak').waitFor();
    await workbench().screenshot('progress-dark');
    await setColorTheme(page, 'Light Modern');
    await progress.getByText('day streak').waitFor();
    await workbench().screenshot('progress-light');
  });
});

import { strict as assert } from 'node:assert';
import { openStudioSidebar, useWorkbench, newestWebview, runCommand, setColorTheme } from '../support/workbench';

describe('UI: onboarding and progress in browser VS Code', () => {
  const workbench = useWorkbench('onboarding');

  it('greets a first run with the Get Started view and opens the walkthrough', async () => {
    const { page } = workbench();
    await openStudioSidebar(page);
    const welcome = page.locator('.pane', { hasText: 'Get Started' }).locator('.welcome-view-content');
    await welcome.waitFor({ timeout: 30_000 });
    assert.match(await welcome.innerText(), /solve a coding problem against hidden tests/);
    await workbench().screenshot('get-started');
    await welcome.getByRole('button', { name: 'Open the Walkthrough' }).click();
    await page.getByText('Practise an AI-engineering interview').first().waitFor({ timeout: 30_000 });
    for (const step of ['Solve a problem with hidden tests', 'Draw a design', 'Critique it', 'Review concept cards']) {
      await page.locator('.getting-started-step', { hasText: step }).first().waitFor();
    }
    await workbench().screenshot('walkthrough');
  });

  it('shows the progress view in the light and the dark theme', async () => {
    const { page } = workbench();
    await runCommand(page, 'AI Interview Studio: Show Progress');
    const progress = newestWebview(page);
    await progress.getByText('day streak').waitFor({ timeout: 30_000 });
    await workbench().screenshot('progress-dark');
    await setColorTheme(page, 'Light Modern');
    await progress.getByText('day streak').waitFor();
    await workbench().screenshot('progress-light');
  });
});

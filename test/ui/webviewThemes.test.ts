import { strict as assert } from 'node:assert';
import { closeAllEditors, newestWebview, runCommand, startDesign, setColorTheme, useWorkbench, type Workbench } from '../support/workbench';

/**
 * Opens the canvas, the model answer, a card review and the progress page one after the other,
 * each screenshotted as it shows, and checks that each page wears the editor's theme (webview/base.css).
 */
async function openEveryWebview(workbench: Workbench, theme: 'light' | 'dark'): Promise<void> {
  const { page } = workbench;
  const background = async () => {
    const colours = await newestWebview(page)
      .locator('body')
      .evaluate((body) => {
        const style = (
          globalThis as unknown as { getComputedStyle(node: unknown): { color: string; backgroundColor: string } }
        ).getComputedStyle(body);
        return { color: style.color, background: style.backgroundColor };
      });
    // rgb(r, g, b): a light page has a bright background and dark text, a dark page the reverse.
    const brightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0) / 3;
    const light = brightness(colours.background) > brightness(colours.color);
    assert.equal(light, theme === 'light', `${JSON.stringify(colours)} in the ${theme} theme`);
  };

  const canvas = await startDesign(page, /RAG customer-support chatbot/);
  await canvas.locator('#status', { hasText: /\d+ nodes?\b/ }).waitFor({ timeout: 30_000 });
  await background();
  await workbench.screenshot(`canvas-${theme}`);

  await canvas.locator('#model-answer').click();
  // Nothing drawn yet: the canvas asks before it reveals the answer.
  await page.locator('.monaco-dialog-box').getByRole('button', { name: 'Reveal Model Answer' }).click();
  await page.getByRole('tab', { name: /Model answer: RAG customer-support chatbot/ }).waitFor({ timeout: 30_000 });
  await newestWebview(page).locator('#comparison table tr').first().waitFor({ timeout: 60_000 });
  await newestWebview(page).locator('#viewport svg g.node').first().waitFor({ timeout: 60_000 });
  await background();
  await workbench.screenshot(`model-answer-${theme}`);

  await runCommand(page, 'AI Interview Studio: Review Due Cards');
  await page.getByRole('tab', { name: 'Review cards' }).waitFor({ timeout: 30_000 });
  await newestWebview(page).locator('#reveal').waitFor({ timeout: 30_000 });
  await background();
  await workbench.screenshot(`cards-${theme}`);

  await runCommand(page, 'AI Interview Studio: Show Progress');
  await page.getByRole('tab', { name: 'Interview progress' }).waitFor({ timeout: 30_000 });
  await newestWebview(page).getByText('day streak').waitFor({ timeout: 30_000 });
  await background();
  await workbench.screenshot(`progress-${theme}`);
}

describe('UI: every webview in the light and the dark theme', () => {
  const workbench = useWorkbench('themes');

  it('shows the canvas, the model answer, a card review and the progress page in the light theme', async () => {
    // Chosen, not assumed: headless Chromium's preference decides the default.
    await setColorTheme(workbench().page, 'Light Modern');
    await openEveryWebview(workbench(), 'light');
  });

  it('shows them again in the dark theme', async () => {
    const { page } = workbench();
    await closeAllEditors(page);
    await setColorTheme(page, 'Dark Modern');
    await openEveryWebview(workbench(), 'dark');
  });
});

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium, startCodeServer, type RunningCodeServer } from './codeServer';
import { repoRoot } from './paths';
import { freshSandbox } from './workspace';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

export interface Workbench {
  page: Page;
  workspace: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Opens browser VS Code on a fresh practice workspace with the extension loaded. */
export async function openWorkbench(name: string, options: { globalStorage?: Record<string, string> } = {}): Promise<Workbench> {
  const sandbox = freshSandbox(`ui-${name}`);
  // Files the extension finds in its global storage on start, e.g. a study history.
  for (const [file, text] of Object.entries(options.globalStorage ?? {})) {
    const path = join(sandbox.profile, 'user-data', 'User', 'globalStorage', 'ai-interview-studio.ai-interview-studio', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer(sandbox.profile);
    browser = await launchChromium();
    // Clipboard access lets tests paste text into Monaco as a user would, without auto-indent.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(server.workbenchUrl(sandbox.workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const opened = { server, browser };
    return {
      page,
      workspace: sandbox.workspace,
      async screenshot(shot) {
        mkdirSync(screenshotDir, { recursive: true });
        const path = join(screenshotDir, `${name}-${shot}.png`);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        await opened.browser.close();
        await opened.server.stop();
        rmSync(sandbox.root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.stop();
    throw error;
  }
}

/** Closes every editor, answering "Don't Save" for an edited one, so a test starts from no open tabs. */
export async function closeAllEditors(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+W');
  const dontSave = page.getByRole('button', { name: "Don't Save" });
  if (
    await dontSave.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    )
  )
    await dontSave.click();
  await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10_000 });
}

/** Shows the AI Interview Studio sidebar (clicking its icon only if hidden: a click on a shown one hides it) and waits for the tree. */
export async function openStudioSidebar(page: Page): Promise<void> {
  // The view's header, not a row: the tree may be scrolled past its first category.
  const questions = page.locator('.part.sidebar .pane-header', { hasText: /^Questions/i });
  // Forced: the due-cards badge sits over the icon's centre and would take the click (it bubbles to the icon).
  if (!(await questions.isVisible())) await page.locator('.activitybar [aria-label^="AI Interview Studio"]').first().click({ force: true });
  await questions.waitFor({ timeout: 60_000 });
  await page.locator('.part.sidebar [role="treeitem"]').first().waitFor({ timeout: 60_000 });
}

/** Replaces the active editor's text by pasting, which (unlike typing) keeps indentation as is. */
/**
 * Trees are virtualised: a row below the fold is not in the page until it is scrolled to.
 * Scrolls the sidebar view titled `view` down until the row named `name` is there, and returns it.
 */
export async function revealTreeItem(page: Page, name: RegExp, view = 'Questions'): Promise<Locator> {
  const pane = sidebarView(page, view);
  const row = pane.getByRole('treeitem', { name });
  for (let attempt = 0; attempt < 20 && !(await row.count()); attempt++) {
    // Over the view's own list: the wheel then scrolls that tree, not a neighbour, a header or the view's message.
    await pane.locator('.monaco-list').first().hover();
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
  }
  // A row can be rendered yet sit under the view's bottom edge: scroll it to the middle of the list.
  const list = await pane.locator('.monaco-list').first().boundingBox();
  const box = await row.first().boundingBox();
  if (list && box && (box.y < list.y || box.y + box.height > list.y + list.height)) {
    await pane.locator('.monaco-list').first().hover();
    await page.mouse.wheel(0, box.y - (list.y + list.height / 2));
    await page.waitForTimeout(100);
  }
  return row.first();
}

/** Scrolls the sidebar view titled `view` back to its first row. */
export async function scrollTreeToTop(page: Page, view = 'Questions'): Promise<void> {
  const pane = sidebarView(page, view);
  // Home in a focused list focuses and reveals its first row (a click on a row would toggle it).
  await pane.locator('.monaco-list').first().focus();
  await page.keyboard.press('Home');
  await pane.locator('.monaco-list-row[data-index="0"]').waitFor();
}

function sidebarView(page: Page, view: string): Locator {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: new RegExp(`^${view}`, 'i') }) });
}

/** The content frame of the newest webview: a canvas, model answer, card or progress panel just opened. */
export const newestWebview = (page: Page): FrameLocator => page.frameLocator('iframe.webview').last().frameLocator('#active-frame');

/** Starts the design question titled `title` from the tree (expanding its category first) and waits for the canvas. */
export async function startDesign(page: Page, title: RegExp): Promise<FrameLocator> {
  await openStudioSidebar(page);
  const category = page.getByRole('treeitem', { name: /AI system design/ });
  if ((await category.getAttribute('aria-expanded')) !== 'true') await category.click();
  const row = await revealTreeItem(page, title);
  await row.hover();
  await row.getByRole('button', { name: 'Start Design' }).click();
  const canvas = newestWebview(page);
  await canvas.locator('#viewport svg g.node').first().waitFor({ timeout: 60_000 });
  return canvas;
}

export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  // Runs in the page, where navigator exists.
  await page.evaluate(
    (value) =>
      (globalThis as unknown as { navigator: { clipboard: { writeText(v: string): Promise<void> } } }).navigator.clipboard.writeText(value),
    text,
  );
  await page.locator('.editor-instance .monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/** Runs a command from the command palette by its title, as a user would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const palette = page.locator('.quick-input-widget');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await palette.locator('input').fill(`>${title}`, { timeout: 5_000 });
      await palette
        .getByRole('option', { name: new RegExp(title) })
        .first()
        .click({ timeout: 10_000 });
      return;
    } catch (error) {
      // A view that takes the focus as it fills (a critique revealing its findings) closes the palette: open it again.
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Switches the colour theme from the command palette, as a user would, and waits for the workbench to repaint. */
export async function setColorTheme(page: Page, theme: 'Light Modern' | 'Dark Modern'): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input').fill(theme);
  await page.keyboard.press('Enter');
  await page.locator(theme === 'Light Modern' ? '.monaco-workbench.vs' : '.monaco-workbench.vs-dark').waitFor({ timeout: 15_000 });
}

/** Screenshots the workbench as `name`, then in the dark theme as `name-dark` once `ready` holds, and goes back to light. */
export async function screenshotInBothThemes(workbench: Workbench, name: string, ready: () => Promise<unknown>): Promise<void> {
  await workbench.screenshot(name);
  await setColorTheme(workbench.page, 'Dark Modern');
  await ready();
  await workbench.screenshot(`${name}-dark`);
  await setColorTheme(workbench.page, 'Light Modern');
}

/** Opens a workspace file by name from Quick Open. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
}

/** Runs the offline critique from the canvas's toolbar and waits for its findings in the Design Critique view. */
export async function critiqueFromCanvas(page: Page, canvas: FrameLocator): Promise<void> {
  await canvas.locator('#critique').click();
  await page
    .getByRole('treeitem', { name: /severity:/ })
    .first()
    .waitFor({ timeout: 60_000 });
}

/** Whether the element is cut off: clamped or ellipsised text is taller or wider inside than it shows. */
export async function isClipped(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node as unknown as { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number };
    return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
  });
}

/** Waits until the workbench shows text matching pattern anywhere. */
export async function waitForText(page: Page, pattern: RegExp, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source!, flags).test((globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText),
    [pattern.source, pattern.flags],
    { timeout },
  );
}

/**
 * Registers mocha hooks that open one workbench for the suite, screenshot it when a test
 * fails, and close it afterwards. Returns an accessor for the open workbench.
 */
export function useWorkbench(name: string, options: Parameters<typeof openWorkbench>[1] = {}): () => Workbench {
  let workbench: Workbench | undefined;
  before(async () => (workbench = await openWorkbench(name, options)));
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot('failure');
  });
  after(async () => workbench?.close());
  return () => workbench!;
}

import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeAllEditors, startDesign, screenshotInBothThemes, useWorkbench, newestWebview, runCommand } from '../support/workbench';

/** A half-finished RAG design: the main path, no guards, fallback or evaluation yet. */
const HALF_DRAWN = `%% ai-interview-studio design: rag-support-chatbot
%% RAG customer-support chatbot
flowchart LR
    client([Customer]) --> apiGateway[API gateway]
    apiGateway --> retriever[Hybrid retriever]
    retriever --> vectorDb[(Vector DB)]
    retriever --> reranker[Reranker]
    reranker --> llm{{LLM}}
    llm --> client
`;

describe('UI: a mock interview ends in a debrief', () => {
  const workbench = useWorkbench('mock');

  it('pauses with "Paused" on the canvas, asks before stopping, and opens the debrief with a drill of the missed concepts', async () => {
    const { page, workspace } = workbench();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('W'); // close every editor: this test opens what it needs
    mkdirSync(join(workspace, 'designs'), { recursive: true });
    writeFileSync(join(workspace, 'designs', 'rag-support-chatbot.mmd'), HALF_DRAWN);
    const canvas = await startDesign(page, /RAG customer-support chatbot/);
    await canvas.locator('#status', { hasText: '6 nodes' }).waitFor();

    await canvas.locator('#mock-start').click();
    await canvas.locator('#mock:not([hidden]) #mock-time', { hasText: /^4\d:\d\d$/ }).waitFor({ timeout: 15_000 });
    await canvas.locator('#mock-pause').click();
    await canvas.locator('#mock-paused:not([hidden])', { hasText: 'Paused' }).waitFor({ timeout: 10_000 });
    await workbench().screenshot('paused');
    await canvas.locator('#mock-pause', { hasText: 'Resume' }).click();
    await canvas.locator('#mock-paused[hidden]').waitFor({ state: 'attached' });

    // Stop asks first; cancelling keeps the interview running.
    await canvas.locator('#mock-stop').click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.getByText('Stop the mock interview?').waitFor({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await canvas.locator('#mock:not([hidden])').waitFor();
    await canvas.locator('#mock-stop').click();
    await dialog.getByRole('button', { name: 'Stop and Debrief' }).click();

    await page.getByRole('tab', { name: /Debrief: RAG customer-support chatbot/ }).waitFor({ timeout: 30_000 });
    const debrief = newestWebview(page);
    await debrief.locator('#phases tr', { hasText: 'Requirements' }).waitFor({ timeout: 30_000 });
    assert.equal(await debrief.locator('#phases tr').count(), 6, 'a header and the five phases');
    assert.match(await debrief.locator('#coverage').innerText(), /^\d+% of the rubric covered; \d+ concerns? missed\.$/);
    assert.ok((await debrief.locator('#rubric li.missed').count()) > 0);
    assert.ok((await debrief.locator('#findings li').count()) > 0);
    assert.match(await debrief.locator('#notes').innerText(), /## Mock interview[^]*### Requirements[^]*Stopped at/);
    // Nothing covers the debrief: it says how the interview ended, and the status bar leads back to it.
    const ended = page.locator('.statusbar-item', { hasText: 'Mock interview stopped' });
    await ended.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1_000);
    assert.equal(await page.locator('.notification-toast').count(), 0, 'no toast over the debrief');
    await screenshotInBothThemes(workbench(), 'debrief', () => debrief.locator('#phases tr', { hasText: 'Requirements' }).waitFor());
    await closeAllEditors(page);
    await ended.click();
    await page.getByRole('tab', { name: /Debrief: RAG customer-support chatbot/ }).waitFor({ timeout: 30_000 });
    await debrief.locator('#phases tr', { hasText: 'Requirements' }).waitFor({ timeout: 30_000 });

    const drill = debrief.locator('#drill');
    const cardCount = Number(/\((\d+) cards\)/.exec(await drill.innerText())?.[1]);
    assert.ok(cardCount > 0, 'cards about the missed concerns');
    await drill.click();
    await page.getByRole('tab', { name: 'Review cards' }).waitFor({ timeout: 30_000 });
    await newestWebview(page)
      .getByText(new RegExp(`${cardCount} left`))
      .first()
      .waitFor({ timeout: 30_000 });
    await workbench().screenshot('drill');
  });

  it('counts the finished mock interview and the attempted design in the progress view', async () => {
    const { page } = workbench();
    await runCommand(page, 'AI Interview Studio: Show Progress');
    await page.getByRole('tab', { name: 'Interview progress' }).waitFor({ timeout: 30_000 });
    const progress = newestWebview(page);
    await progress.locator('#mock-minutes', { hasText: /^mock interview, \d+ min$/ }).waitFor({ timeout: 30_000 });
    assert.equal(await progress.locator('#mock-interviews').innerText(), '1');
    assert.match(await progress.locator('#designs-attempted').innerText(), /^1\/\d+$/);
    await workbench().screenshot('progress');
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'sucrase';
import * as vscode from 'vscode';
import type { StudioApi } from '../../src/extension';

const EXTENSION_ID = 'ai-interview-studio.ai-interview-studio';

async function studio(): Promise<StudioApi> {
  return vscode.extensions.getExtension<StudioApi>(EXTENSION_ID)!.activate();
}

/** Replaces the whole document through the editor, as typing would, and saves it. */
async function replaceDocument(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await document.save();
}

function referenceSource(api: StudioApi, id: string, file: string): string {
  const problem = api.catalog.find(id);
  assert.ok(problem?.kind === 'coding');
  return `// ai-interview-studio problem: ${id}\n${readFileSync(join(problem.dir, file), 'utf8')}`;
}

describe('hidden tests under the debugger', () => {
  for (const language of ['ts', 'js'] as const) {
    it(`stops at a breakpoint in a ${language.toUpperCase()} solution, then continues and every case passes`, async function () {
      this.timeout(120_000);
      const api = await studio();
      const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'top-k-similar', language))!;
      const reference = referenceSource(api, 'top-k-similar', 'reference.ts');
      // Types stripped, lines kept: the JS solution has its statements on the same lines.
      const source = language === 'ts' ? reference : transform(reference, { transforms: ['typescript'], disableESTransforms: true }).code;
      await replaceDocument(uri, source);
      const line = source.split('\n').findIndex((text) => text.includes('if (k <= 0)'));
      assert.ok(line > 0);
      const breakpoint = new vscode.SourceBreakpoint(new vscode.Location(uri, new vscode.Position(line, 0)));
      // The API is typed void, but returns the promise of the workbench registering the breakpoint;
      // awaiting it means the debug session starts with the breakpoint, as a user's would.
      await Promise.resolve(vscode.debug.addBreakpoints([breakpoint]));
      const stops: { reason: string; path: string; line: number }[] = [];
      // Sees every session's messages: at the first stop, read the top frame, drop the breakpoint, continue.
      const tracker = vscode.debug.registerDebugAdapterTrackerFactory('*', {
        createDebugAdapterTracker: (session) => ({
          onDidSendMessage: async (message: { type: string; event?: string; body?: { reason: string; threadId: number } }) => {
            if (message.type !== 'event' || message.event !== 'stopped' || !message.body) return;
            const { threadId, reason } = message.body;
            if (stops.length === 0) {
              const trace = await session.customRequest('stackTrace', { threadId, startFrame: 0, levels: 1 });
              const top = trace.stackFrames[0];
              // Under code-server the adapter names sources as vscode-remote:// URIs.
              const path: string = top?.source?.path ?? '';
              stops.push({ reason, path: /^[\w-]+:\/\//.test(path) ? vscode.Uri.parse(path).path : path, line: top?.line ?? 0 });
              // Typed void, but returns the workbench's promise: the removal reaches the adapter first.
              await Promise.resolve(vscode.debug.removeBreakpoints([breakpoint]));
            }
            // Later stops (the next case on the same line, if the removal arrived late) go on too, as a user's F5 would.
            await session.customRequest('continue', { threadId });
          },
        }),
      });
      try {
        const result = await vscode.commands.executeCommand<{ passed: number; total: number }>('aiInterviewStudio.debugHiddenTests', uri);
        assert.deepEqual(
          stops,
          [{ reason: 'breakpoint', path: uri.path, line: line + 1 }],
          `the debugger stopped at the breakpoint (run: ${result.passed}/${result.total})`,
        );
        assert.ok(result.total >= 15);
        assert.equal(result.passed, result.total);
      } finally {
        tracker.dispose();
        vscode.debug.removeBreakpoints([breakpoint]);
      }
    });
  }
});

describe('hidden tests under the Python debugger', () => {
  it('says that debugging Python needs the Python Debugger extension when it is not installed', async () => {
    assert.equal(vscode.extensions.getExtension('ms-python.debugpy'), undefined, 'the test profile has no Python Debugger');
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'chunker', 'py'))!;
    let started = false;
    const listener = vscode.debug.onDidStartDebugSession(() => (started = true));
    try {
      const result = await vscode.commands.executeCommand<{ total: number; cases: { status: string; message?: string }[] }>(
        'aiInterviewStudio.debugHiddenTests',
        uri,
      );
      assert.ok(result.total > 0);
      for (const testCase of result.cases) {
        assert.equal(testCase.status, 'error');
        assert.match(testCase.message ?? '', /needs the Python Debugger extension \(ms-python\.debugpy\)/);
      }
      assert.equal(started, false, 'no debug session starts');
    } finally {
      listener.dispose();
    }
  });
});

describe('hidden tests through the Testing API', () => {
  it('scaffolds a problem into the practice folder and lists its cases as test items', async () => {
    const api = await studio();
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'cosine-similarity', 'ts'))!;
    assert.match(uri.path, /\/interview-practice\/cosine-similarity\.ts$/);
    const item = await api.hiddenTests.itemFor(uri);
    assert.ok(item, 'the scaffolded file is a test item');
    assert.equal(item.label, 'Cosine similarity');
    assert.ok(item.children.size >= 15);
    assert.ok(item.children.get(`${uri.toString()}::zero vector on the left`));
    assert.equal(item.range?.start.line, 4, 'the item points at the function');
  });

  it('runs a correct solution: every case passes and the problem becomes solved', async () => {
    const api = await studio();
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'cosine-similarity', 'ts'))!;
    await replaceDocument(uri, referenceSource(api, 'cosine-similarity', 'reference.ts'));
    const result = await vscode.commands.executeCommand<{ passed: number; total: number }>('aiInterviewStudio.runHiddenTests', uri);
    assert.equal(result.passed, result.total);
    assert.equal(api.progress.stateOf('cosine-similarity'), 'solved');
    const treeItem = api.tree.getTreeItem({ type: 'item', item: api.catalog.find('cosine-similarity')! });
    assert.equal(treeItem.description, 'easy · solved');
  });

  it("runs through VS Code's own testing.runAll command and records a failing attempt", async () => {
    const api = await studio();
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'chunker', 'py'))!;
    const wrong = referenceSource(api, 'chunker', 'reference.py')
      .replace('//', '#')
      .replace('        if end == len(tokens):\n            break\n', '');
    await replaceDocument(uri, wrong);
    await api.hiddenTests.itemFor(uri);
    const runsBefore = api.progress.snapshot()['chunker']?.runs.length ?? 0;
    const recorded = new Promise<void>((resolve) => {
      const subscription = api.study.onChange(() => {
        if ((api.progress.snapshot()['chunker']?.runs.length ?? 0) > runsBefore) {
          subscription.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('testing.runAll');
    await recorded;
    const runs = api.progress.snapshot()['chunker']!.runs;
    const last = runs[runs.length - 1]!;
    assert.equal(api.progress.stateOf('chunker'), 'attempted');
    assert.equal(last.language, 'py');
    assert.ok(last.passed < last.total, `${last.passed}/${last.total}`);
  });

  it('never overwrites an existing attempt when the problem is started again', async () => {
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'retry-with-backoff', 'js'))!;
    const attempt = `${(await vscode.workspace.openTextDocument(uri)).getText()}\n// my attempt ${Date.now()}\n`;
    await replaceDocument(uri, attempt);
    const again = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'retry-with-backoff', 'js'))!;
    assert.equal(again.toString(), uri.toString());
    assert.equal((await vscode.workspace.openTextDocument(again)).getText(), attempt, 'the attempt is still there');
  });

  it('offers Run hidden tests as a CodeLens on problem files', async () => {
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startProblem', 'bm25', 'js'))!;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((lens) => lens.command?.title);
    assert.ok(titles.includes('$(beaker) Run hidden tests'), String(titles));
  });
});

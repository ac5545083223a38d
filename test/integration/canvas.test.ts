import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { StudioApi } from '../../src/extension';
import type { CanvasSession, RenderEvent } from '../../src/canvas/designCanvasProvider';
import type { CritiqueResult } from '../../src/critique/critiqueTree';
import type { HostToCanvas } from '../../src/protocol/canvas';
import { startFakeAnthropic } from '../support/fakeAnthropic';

async function studio(): Promise<StudioApi> {
  return vscode.extensions.getExtension<StudioApi>('ai-interview-studio.ai-interview-studio')!.activate();
}

function nextRender(api: StudioApi, uri: vscode.Uri, matches: (event: RenderEvent) => boolean): Promise<RenderEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the canvas did not render in time')), 30_000);
    const subscription = api.canvases.onDidRender((event) => {
      if (event.uri.toString() === uri.toString() && matches(event)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(event);
      }
    });
  });
}

describe('design canvas (custom editor)', () => {
  it('opens a design question as a .mmd file in the canvas and renders it', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'rag-support-chatbot');
    assert.match(uri.path, /\/designs\/rag-support-chatbot\.mmd$/);
    const session = api.canvases.session(uri);
    const first = session?.lastRender ?? (await nextRender(api, uri, () => true));
    assert.deepEqual(first.nodeIds, ['client']);
  });

  it('re-renders when the document is edited from the host, and the text stays the source of truth', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'rag-support-chatbot');
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.lineAt(document.lineCount - 1).range.end, '    client --> llm{{LLM}}\n    llm --> vectorDb[(Vector DB)]\n');
    const editedVersion = document.version + 1;
    const rendered = nextRender(api, uri, (event) => event.version === editedVersion);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const event = await rendered;
    assert.deepEqual([...event.nodeIds].sort(), ['client', 'llm', 'vectorDb']);
    assert.ok(document.isDirty, 'the edit lives in the document until the user saves');
    await document.save();
  });

  it('reports a Mermaid syntax error in the Problems panel at its line, and clears it when fixed', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'content-moderation');
    const document = await vscode.workspace.openTextDocument(uri);
    await nextRender(api, uri, () => true).catch(() => undefined);
    const broken = new vscode.WorkspaceEdit();
    broken.insert(uri, document.lineAt(document.lineCount - 1).range.end, '    client --> ((\n');
    assert.ok(await vscode.workspace.applyEdit(broken));
    const deadline = Date.now() + 20_000;
    let diagnostics: vscode.Diagnostic[] = [];
    while (Date.now() < deadline && !(diagnostics = vscode.languages.getDiagnostics(uri)).length)
      await new Promise((r) => setTimeout(r, 200));
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]!.message, /^Mermaid: /);
    assert.ok(diagnostics[0]!.range.start.line >= document.lineCount - 3, `error reported at line ${diagnostics[0]!.range.start.line}`);
    const fixed = nextRender(api, uri, () => true);
    const repair = new vscode.WorkspaceEdit();
    const badLine = document
      .getText()
      .split('\n')
      .findIndex((line) => line.includes('client --> (('));
    repair.delete(uri, document.lineAt(badLine).rangeIncludingLineBreak);
    assert.ok(await vscode.workspace.applyEdit(repair));
    await fixed;
    assert.equal(vscode.languages.getDiagnostics(uri).length, 0);
  });

  it('exports the rendered diagram as SVG and PNG files', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'rag-support-chatbot');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'aiInterviewStudio.designCanvas');
    assert.ok(api.canvases.session(uri));
    const svgUri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.exportDiagram', 'svg');
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgUri));
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const pngUri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.exportDiagram', 'png');
    const png = await vscode.workspace.fs.readFile(pngUri);
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG signature');
  });

  it('runs a mock interview with pause, resume and notes beside the diagram', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'rag-support-chatbot');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'aiInterviewStudio.designCanvas');
    await api.mockInterview.control('start', api.canvases.session(uri));
    assert.equal(api.mockInterview.state?.phase, 'requirements');
    assert.equal(api.mockInterview.state?.running, true);
    await vscode.commands.executeCommand('aiInterviewStudio.mockInterview.pause');
    const paused = api.mockInterview.state!.remainingMs;
    await new Promise((r) => setTimeout(r, 1_200));
    assert.equal(api.mockInterview.state!.remainingMs, paused, 'time does not run while paused');
    await vscode.commands.executeCommand('aiInterviewStudio.mockInterview.resume');
    assert.equal(api.mockInterview.state?.running, true);
    // The command asks first (a modal); the API stops as a confirmed Stop does.
    await api.mockInterview.control('stop');
    assert.equal(api.mockInterview.state, undefined);
    const notes = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri.with({ path: uri.path.replace(/\.mmd$/, '.notes.md') })));
    assert.match(notes, /## Mock interview/);
    assert.match(notes, /### Requirements/);
    assert.match(notes, /Stopped at/);
    // The debrief: time per phase, this interview's notes, the critique and the rubric, and a drill.
    const debrief = api.debrief.shown!;
    assert.ok(debrief, 'the debrief opens at the end');
    assert.equal(debrief.view.endedBy, 'stop');
    assert.deepEqual(
      debrief.view.phases.map((phase) => phase.title),
      ['Requirements', 'High-level design', 'Deep dive', 'Failure modes', 'Evaluation'],
    );
    assert.ok(debrief.view.phases[0]!.spentMs > 0 && debrief.view.phases[1]!.spentMs === 0);
    assert.match(debrief.view.notes, /^## Mock interview[^]*### Requirements[^]*Stopped at/);
    assert.ok(debrief.view.critique && debrief.view.rubric.some((concern) => !concern.covered), 'the starter diagram misses concerns');
    assert.ok(debrief.drill.length > 0 && debrief.view.drillCards === debrief.drill.length);
    const recorded = api.study.snapshot.mocks.at(-1);
    assert.deepEqual(recorded && { design: recorded.design, endedBy: recorded.endedBy }, {
      design: 'rag-support-chatbot',
      endedBy: 'stop',
    });
    await vscode.commands.executeCommand('aiInterviewStudio.drillCards', debrief.drill);
    assert.deepEqual(
      api.cards.drillQueue()?.map((card) => card.id),
      debrief.drill,
      'the drill studies exactly the cards about the missed concerns',
    );
  });
});

/** Records what the host sends to one canvas, still sending it. */
function recordPosts(session: CanvasSession): HostToCanvas[] {
  const posted: HostToCanvas[] = [];
  const send = session.post.bind(session);
  session.post = (message) => {
    posted.push(message);
    send(message);
  };
  return posted;
}

async function waitFor<T>(what: string, probe: () => T | undefined, describe?: () => string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${describe ? ` (${describe()})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('design canvas in a split view (two editors on one file)', () => {
  it('keeps highlights, critique status, mock interview and export in both editors, and in the one left after closing the other', async () => {
    const api = await studio();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'llm-inference-gateway');
    await waitFor('the first canvas to render', () => api.canvases.session(uri)?.lastRender);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'aiInterviewStudio.designCanvas', vscode.ViewColumn.Beside);
    const describeCanvases = () =>
      api.canvases
        .sessionsOf(uri)
        .map((session) => `column ${session.panel.viewColumn}, rendered ${session.lastRender !== undefined}`)
        .join('; ');
    const [left, right] = await waitFor(
      'two rendered canvases',
      () => {
        const open = api.canvases.sessionsOf(uri);
        return open.length === 2 && open.every((session) => session.lastRender) ? open : undefined;
      },
      describeCanvases,
    );
    assert.notEqual(left!.panel.viewColumn, right!.panel.viewColumn, 'the editors sit side by side');
    const leftPosts = recordPosts(left!);
    const rightPosts = recordPosts(right!);

    await vscode.commands.executeCommand('aiInterviewStudio.highlightFinding', uri, ['client']);
    for (const posts of [leftPosts, rightPosts]) {
      assert.deepEqual(
        posts.find((message) => message.type === 'highlight'),
        { type: 'highlight', nodeIds: ['client'] },
      );
    }
    await api.mockInterview.control('start', left);
    const showsMock = (posts: HostToCanvas[]) => posts.some((message) => message.type === 'mock' && message.view !== null);
    await waitFor('the mock interview on both canvases', () => (showsMock(leftPosts) && showsMock(rightPosts)) || undefined);

    // Close the left editor: the right one keeps working.
    const leftTab = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find(
        (tab) =>
          tab.group.viewColumn === left!.panel.viewColumn &&
          tab.input instanceof vscode.TabInputCustom &&
          tab.input.uri.toString() === uri.toString(),
      );
    assert.ok(leftTab, 'the left canvas tab');
    assert.ok(await vscode.window.tabGroups.close(leftTab));
    await waitFor('the left canvas to close', () => api.canvases.sessionsOf(uri).length === 1 || undefined, describeCanvases);
    assert.equal(api.canvases.session(uri), right);

    rightPosts.length = 0;
    await vscode.commands.executeCommand('aiInterviewStudio.highlightFinding', uri, ['client']);
    assert.ok(
      rightPosts.some((message) => message.type === 'highlight'),
      'highlights still reach the remaining canvas',
    );
    await waitFor('the mock timer on the remaining canvas', () => showsMock(rightPosts) || undefined);
    await api.mockInterview.control('stop');
    assert.ok(
      rightPosts.some((message) => message.type === 'mock' && message.view === null),
      'the stop reaches the remaining canvas',
    );
    assert.ok(api.mockInterview.finished.has(uri.toString()));

    const svgUri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.exportDiagram', 'svg');
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(svgUri)), /^<svg/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('model answer tab', () => {
  it('opens read-only beside nothing: a webview with no document, compared with the diagram it was opened from', async () => {
    const api = await studio();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'rag-support-chatbot');
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.lineAt(document.lineCount - 1).range.end, '    client --> a[A] --> b[B] --> c[C] --> d[D] --> e[E]\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the attempt to render', () => (api.canvases.session(uri)?.lastRender?.nodeIds.length ?? 0) > 4 || undefined);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>(
      'aiInterviewStudio.showModelAnswer',
      'rag-support-chatbot',
      uri,
    );
    assert.equal(panel, api.answers.panelOf('rag-support-chatbot'));
    assert.match(panel.title, /^Model answer: RAG customer-support chatbot$/);
    // The tab model updates after the panel is created, and the panel may open in another group.
    const answerTab = await waitFor('the model answer tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.label === panel.title),
    );
    assert.ok(answerTab.input instanceof vscode.TabInputWebview, 'a webview tab, not a text or custom editor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

describe('design critique in VS Code', () => {
  it('critiques the open diagram: findings, diagnostics with a quick fix, coverage against the rubric', async () => {
    const api = await studio();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'designs', 'refund-quick-fix.mmd');
    const diagram = [
      '%% ai-interview-studio design: refund-support-agent',
      'flowchart LR',
      '    client([Customer]) --> agent[Refund agent]',
      '    agent <--> llm{{Claude}}',
      '    agent --> refund[[Refund API]]',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(diagram));
    await vscode.commands.executeCommand('vscode.openWith', uri, 'aiInterviewStudio.designCanvas');
    const result = await api.critique.critique(uri, { llm: false });
    assert.ok(result, 'a critique result');
    assert.equal(result.question?.id, 'refund-support-agent');
    assert.ok(result.report.coverage < 0.5, 'the seed diagram covers little');
    const concerns = result.report.findings.map((finding) => finding.concern);
    assert.ok(concerns.includes('agent-loop-limits') && concerns.includes('fallback'), String(concerns));
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'AI Interview Studio critic');
    assert.equal(diagnostics.length, result.report.findings.length);
    const fallback = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'fallback')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      fallback.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((action) => /fallback model/.test(action.title));
    assert.ok(fix?.edit && fix.command, `quick fixes: ${actions.map((a) => a.title)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(document.getText(), /fallbackModel\{\{Fallback model\}\}/);
    assert.match(document.getText(), /-\.->\|on 5xx or timeout\| fallbackModel/, "wired in from the model's caller");
    assert.match(document.getText(), /fallbackModel --> \w+/, 'and on to where the answer goes');
    // What VS Code runs after the edit: the critique again, offline.
    const again = await vscode.commands.executeCommand<CritiqueResult>(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(!again!.report.findings.some((finding) => finding.concern === 'fallback'));
    assert.ok(
      vscode.languages.getDiagnostics(uri).every((d) => typeof d.code !== 'object' || d.code.value !== 'fallback'),
      'the fixed finding is gone from Problems',
    );
    assert.ok(again!.report.coverage > result.report.coverage);
  });

  it('reports a syntax error instead of critiquing a broken diagram', async () => {
    const api = await studio();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'designs', 'broken.mmd');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('flowchart LR\n  a --> ((\n'));
    await assert.rejects(api.critique.critique(uri), (error: Error) => {
      assert.equal(error.name, 'UserError');
      assert.match(error.message, /^Fix the diagram before the critique, line 2: /);
      return true;
    });
    assert.equal(api.critique.results.has(uri.toString()), false, 'no result for a broken diagram');
    const viaCommand = await vscode.commands.executeCommand('aiInterviewStudio.critiqueDiagram', uri);
    assert.equal(viaCommand, undefined, 'the command reports the error instead of failing');
  });
});

describe('LLM critic in VS Code (key in SecretStorage, fake Messages API on 127.0.0.1)', () => {
  const review = {
    findings: [
      {
        concern: 'agent-loop-limits',
        severity: 'high',
        title: 'Unbounded loop',
        detail: 'Nothing stops the agent after many tool calls.',
        nodes: ['client'],
      },
    ],
    followUpQuestions: ['What happens when the refund API times out after charging?'],
  };

  it("adds the LLM's findings and follow-up questions to the offline critique", async () => {
    const api = await studio();
    const fake = await startFakeAnthropic();
    const config = vscode.workspace.getConfiguration('aiInterviewStudio.critic');
    try {
      await vscode.commands.executeCommand('aiInterviewStudio.setApiKey', 'sk-integration-test');
      await config.update('baseUrl', fake.baseURL, vscode.ConfigurationTarget.Global);
      await api.llm.rememberHost(new URL(fake.baseURL).host, true);
      fake.enqueue({ kind: 'review', input: review });
      const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'refund-support-agent');
      const result = await api.critique.critique(uri);
      assert.equal(fake.requests.length, 1);
      assert.equal(result?.llm?.pending, false);
      assert.deepEqual(
        result?.llm?.findings.map((f) => f.title),
        ['Unbounded loop'],
      );
      assert.deepEqual(result?.llm?.followUpQuestions, review.followUpQuestions);
      assert.ok(result!.report.findings.length > 0, 'offline findings are kept');

      fake.enqueue({ kind: 'status', status: 401, errorType: 'authentication_error', message: 'bad key' });
      const rejected = await api.critique.critique(uri);
      assert.match(rejected?.llm?.error ?? '', /rejected the key/);
      assert.ok(rejected!.report.findings.length > 0, 'offline findings still show when the LLM fails');

      await vscode.commands.executeCommand('aiInterviewStudio.clearApiKey');
      const offline = await api.critique.critique(uri);
      assert.deepEqual(offline?.llm?.findings, []);
      assert.match(offline?.llm?.error ?? '', /No LLM available/, 'no key and no VS Code chat model: said plainly');
      assert.equal(fake.requests.length, 2, 'no call without a key');
    } finally {
      await config.update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('aiInterviewStudio.clearApiKey');
      await fake.close();
    }
  });

  it('a workspace setting cannot change where the key goes', async () => {
    const api = await studio();
    const trusted = await startFakeAnthropic();
    const planted = await startFakeAnthropic();
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const settingsFile = vscode.Uri.joinPath(folder, '.vscode', 'settings.json');
    const config = () => vscode.workspace.getConfiguration('aiInterviewStudio');
    try {
      await vscode.commands.executeCommand('aiInterviewStudio.setApiKey', 'sk-integration-test');
      await config().update('critic.baseUrl', trusted.baseURL, vscode.ConfigurationTarget.Global);
      await api.llm.rememberHost(new URL(trusted.baseURL).host, true);
      await api.llm.rememberHost(new URL(planted.baseURL).host, true);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('aiInterviewStudio.startDesign', 'refund-support-agent');
      // What a cloned repository could ship; designsFolder shows when VS Code has read the file.
      await vscode.workspace.fs.writeFile(
        settingsFile,
        new TextEncoder().encode(
          JSON.stringify({ 'aiInterviewStudio.critic.baseUrl': planted.baseURL, 'aiInterviewStudio.designsFolder': 'planted' }),
        ),
      );
      const deadline = Date.now() + 15_000;
      while (config().get('designsFolder') !== 'planted' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.equal(config().get('designsFolder'), 'planted', 'VS Code read the workspace settings');
      assert.deepEqual(api.llm.endpoint(), { kind: 'allowed', baseURL: trusted.baseURL, host: new URL(trusted.baseURL).host });

      trusted.enqueue({ kind: 'review', input: review });
      const result = await api.critique.critique(uri);
      assert.equal(result?.llm?.error, undefined);
      assert.equal(trusted.requests.length, 1);
      assert.equal(planted.requests.length, 0, 'the planted endpoint never saw the key');
    } finally {
      await vscode.workspace.fs.delete(settingsFile);
      await config().update('critic.baseUrl', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('aiInterviewStudio.clearApiKey');
      await trusted.close();
      await planted.close();
    }
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/core/catalog/load';
import type { ConceptCard } from '../../src/core/catalog/types';
import { gradeAnswer } from '../../src/core/cards/gradeAnswer';
import { parseDiagram } from '../../src/core/critique/diagram';
import { llmCritique } from '../../src/core/critique/llmCritic';
import { critiqueDiagram } from '../../src/core/critique/offlineCritic';
import { decideEndpoint, DEFAULT_CLAUDE_MODEL } from '../../src/core/llm/endpoint';
import { languageModelChatModel, type LanguageModelApi, type LanguageModelChatLike } from '../../src/core/llm/languageModelChat';
import { callToolValidated, LlmError, type ToolCallingModel, type ToolRequest, type ToolTurn } from '../../src/core/llm/toolModel';
import { schemaValidator } from '../../src/core/schemaValidator';
import { contentRoot, repoRoot } from '../support/paths';

// Stand-ins for the vscode classes the adapter builds messages with.
class TextPart {
  constructor(readonly value: string) {}
}
class ToolCallPart {
  constructor(
    readonly callId: string,
    readonly name: string,
    readonly input: object,
  ) {}
}
class ToolResultPart {
  constructor(
    readonly callId: string,
    readonly content: unknown[],
  ) {}
}
class TokenSource {
  cancelled = false;
  readonly token = { isCancellationRequested: false };
  cancel() {
    this.cancelled = true;
    this.token.isCancellationRequested = true;
  }
  dispose() {}
}
interface FakeMessage {
  role: 'user' | 'assistant';
  content: string | unknown[];
}
const fakeApi: LanguageModelApi = {
  LanguageModelChatMessage: {
    User: (content) => ({ role: 'user', content }) satisfies FakeMessage,
    Assistant: (content) => ({ role: 'assistant', content }) satisfies FakeMessage,
  },
  LanguageModelTextPart: TextPart,
  LanguageModelToolCallPart: ToolCallPart,
  LanguageModelToolResultPart: ToolResultPart,
  LanguageModelChatToolMode: { Required: 2 },
  CancellationTokenSource: TokenSource,
};

type Script = (messages: FakeMessage[], token: TokenSource['token']) => AsyncIterable<unknown>;

/** A fake vscode.LanguageModelChat answering each request from a script, recording what it was sent. */
function fakeChat(...scripts: (Script | Error)[]) {
  const requests: { messages: FakeMessage[]; options: Parameters<LanguageModelChatLike['sendRequest']>[1] }[] = [];
  const chat: LanguageModelChatLike = {
    name: 'GPT Test',
    vendor: 'copilot',
    family: 'gpt-test',
    async sendRequest(messages, options, token) {
      requests.push({ messages: messages as FakeMessage[], options });
      const script = scripts.shift();
      if (!script) throw new Error('fake chat: no reply scripted');
      if (script instanceof Error) throw script;
      return { stream: script(messages as FakeMessage[], token as TokenSource['token']) };
    },
    countTokens: async (text) => Math.ceil(text.length / 3),
  };
  return { chat, requests };
}
const callsTool = (name: string, input: object, text = ''): Script =>
  async function* () {
    if (text) yield new TextPart(text);
    yield new ToolCallPart('call-1', name, input);
  };

const review = {
  findings: [
    {
      concern: 'fallback',
      severity: 'high',
      title: 'One provider only',
      detail: 'If the model is down, so is the product.',
      nodes: ['llm', 'ghost'],
    },
  ],
  followUpQuestions: ['What happens when the provider returns 529 for ten minutes?'],
};
const SOURCE = 'flowchart LR\n  user([User]) --> app[App]\n  app --> llm{{LLM}}\n  llm --> app';

describe('LLM providers: shared tool call with validation and corrections', () => {
  const validate = schemaValidator<{ answer: number }>({
    type: 'object',
    required: ['answer'],
    properties: { answer: { type: 'number' } },
    additionalProperties: false,
  });
  const tool = { name: 'report', description: 'Report.', schema: {} };
  function scripted(...replies: { input?: unknown; text?: string }[]): { model: ToolCallingModel; seen: ToolTurn[][] } {
    const seen: ToolTurn[][] = [];
    return {
      seen,
      model: {
        displayName: 'scripted',
        async callTool(request: ToolRequest) {
          seen.push(structuredClone(request.turns));
          const reply = replies.shift()!;
          return {
            ...(reply.input === undefined ? {} : { call: { id: `c${seen.length}`, input: reply.input } }),
            text: reply.text ?? '',
            usage: { inputTokens: 10, outputTokens: 5 },
          };
        },
      },
    };
  }

  it('returns a valid input at once, adding up usage', async () => {
    const { model } = scripted({ input: { answer: 42 } });
    const result = await callToolValidated(model, { system: 's', prompt: 'p', tool, validate, maxTokens: 10 });
    assert.deepEqual(result, { input: { answer: 42 }, usage: { inputTokens: 10, outputTokens: 5 } });
  });

  it('sends the validation error back as a tool error, and asks for the call when there was none', async () => {
    const { model, seen } = scripted({ input: { answer: 'x' } }, { text: 'I think 42' }, { input: { answer: 42 } });
    const result = await callToolValidated(model, { system: 's', prompt: 'p', tool, validate, maxTokens: 10 });
    assert.equal(result.input.answer, 42);
    assert.deepEqual(result.usage, { inputTokens: 30, outputTokens: 15 });
    const second = seen[1]!;
    assert.deepEqual(second[1], { role: 'assistant', text: '', call: { id: 'c1', name: 'report', input: { answer: 'x' } } });
    assert.equal(second[2]!.role, 'toolError');
    assert.match((second[2] as { text: string }).text, /Invalid input: \/answer must be number/);
    const third = seen[2]!;
    assert.deepEqual(third.slice(3), [
      { role: 'assistant', text: 'I think 42' },
      { role: 'user', text: 'Call the report tool with your answer.' },
    ]);
  });

  it('gives up with invalid-output after two corrections', async () => {
    const { model, seen } = scripted({ input: {} }, { input: {} }, { input: {} }, { input: { answer: 1 } });
    await assert.rejects(
      callToolValidated(model, { system: 's', prompt: 'p', tool, validate, maxTokens: 10 }),
      (error: unknown) => error instanceof LlmError && error.reason === 'invalid-output' && /after 3 tries/.test(error.message),
    );
    assert.equal(seen.length, 3);
  });
});

describe('LLM providers: VS Code Language Model API adapter (fake model)', () => {
  let diagram: Awaited<ReturnType<typeof parseDiagram>>;
  before(async () => (diagram = await parseDiagram(SOURCE)));

  it('runs the critic through a chat model: system prompt first, tool forced, findings checked against the diagram, no cost', async () => {
    const { chat, requests } = fakeChat(callsTool('report_design_review', review, 'Here is my review.'));
    const streamed: string[] = [];
    const offline = critiqueDiagram(diagram).findings;
    const result = await llmCritique(SOURCE, diagram, undefined, offline, {
      model: languageModelChatModel(chat, fakeApi),
      onFinding: (finding) => streamed.push(finding.title),
    });
    assert.deepEqual(streamed, ['One provider only']);
    assert.deepEqual(result.findings[0]!.nodes, ['llm'], 'a node id the model made up is dropped');
    assert.equal(result.costUsd, null, 'a subscription model has no per-token price here');
    assert.ok(result.usage.inputTokens > 0 && result.usage.outputTokens > 0);
    const [request] = requests;
    assert.equal(request!.options.toolMode, 2);
    assert.deepEqual(
      request!.options.tools.map((t) => t.name),
      ['report_design_review'],
    );
    assert.ok((request!.options.tools[0]!.inputSchema as { required: string[] }).required.includes('findings'));
    assert.equal(request!.messages.length, 1);
    const first = request!.messages[0]!;
    assert.equal(first.role, 'user');
    assert.match(first.content as string, /^You are a senior engineer[\s\S]*<diagram_source untrusted="true">/);
  });

  it('sends a malformed tool call back as a tool result on the same call id, then accepts the correction', async () => {
    const { chat, requests } = fakeChat(callsTool('report_design_review', { findings: 'none' }), callsTool('report_design_review', review));
    const result = await llmCritique(SOURCE, diagram, undefined, [], { model: languageModelChatModel(chat, fakeApi) });
    assert.equal(result.findings.length, 1);
    const retry = requests[1]!.messages;
    assert.equal(retry.length, 3);
    const call = (retry[1]!.content as unknown[])[0] as ToolCallPart;
    assert.ok(call instanceof ToolCallPart && call.callId === 'call-1');
    const result0 = (retry[2]!.content as unknown[])[0] as ToolResultPart;
    assert.ok(result0 instanceof ToolResultPart && result0.callId === 'call-1');
    assert.match((result0.content[0] as TextPart).value, /Invalid input: .*findings/);
  });

  it('grades a card answer through a chat model', async () => {
    const card = loadCatalog(contentRoot).find('golden-set') as ConceptCard;
    const grade = { suggested: 'good', strengths: ['real traffic'], gaps: [], feedback: 'Solid answer with a clear plan.' };
    const { chat, requests } = fakeChat(callsTool('grade_answer', grade));
    assert.deepEqual(await gradeAnswer(card, 'my answer', { model: languageModelChatModel(chat, fakeApi) }), grade);
    assert.match(requests[0]!.messages[0]!.content as string, /<candidate_answer untrusted="true">\nmy answer\n<\/candidate_answer>/);
  });

  it('says what to do for each LanguageModelError code', async () => {
    const failing = (code: string) => Object.assign(new Error(`${code} happened`), { code });
    const cases: [string, LlmError['reason'], RegExp][] = [
      ['NoPermissions', 'auth', /did not allow/],
      ['Blocked', 'rate-limited', /blocked/],
      ['NotFound', 'bad-request', /no longer available/],
      ['Unknown', 'server', /GPT Test \(copilot\) failed/],
    ];
    for (const [code, reason, message] of cases) {
      const { chat } = fakeChat(failing(code));
      await assert.rejects(
        llmCritique(SOURCE, diagram, undefined, [], { model: languageModelChatModel(chat, fakeApi) }),
        (error: unknown) => error instanceof LlmError && error.reason === reason && message.test(error.message),
        code,
      );
    }
  });

  it('cancels the request token when the signal aborts', async () => {
    const controller = new AbortController();
    let token: TokenSource['token'] | undefined;
    const { chat } = fakeChat(async function* (_messages, given) {
      token = given;
      controller.abort();
      yield new TextPart('partial');
    });
    await assert.rejects(
      llmCritique(SOURCE, diagram, undefined, [], { model: languageModelChatModel(chat, fakeApi), signal: controller.signal }),
      (error: unknown) => error instanceof LlmError && error.reason === 'cancelled',
    );
    assert.equal(token?.isCancellationRequested, true);
  });
});

describe('LLM endpoint: where the key may go', () => {
  it('needs no question for the default endpoint', () => {
    assert.deepEqual(decideEndpoint('', {}), { kind: 'default' });
    assert.deepEqual(decideEndpoint('  https://api.anthropic.com ', {}), { kind: 'default' });
  });

  it('asks about any other host, then follows the remembered answer for that host only', () => {
    assert.deepEqual(decideEndpoint('https://proxy.example.com/anthropic', {}), {
      kind: 'ask',
      baseURL: 'https://proxy.example.com/anthropic',
      host: 'proxy.example.com',
    });
    assert.equal(decideEndpoint('https://proxy.example.com/v2', { 'proxy.example.com': true }).kind, 'allowed');
    assert.equal(decideEndpoint('https://PROXY.example.com', { 'proxy.example.com': false }).kind, 'denied');
    assert.equal(decideEndpoint('https://other.example.com', { 'proxy.example.com': true }).kind, 'ask');
    assert.equal(
      decideEndpoint('https://proxy.example.com:8443', { 'proxy.example.com': true }).kind,
      'ask',
      'another port is another host',
    );
  });

  it('refuses malformed URLs and plain http except on loopback', () => {
    assert.equal(decideEndpoint('not a url', {}).kind, 'invalid');
    assert.equal(decideEndpoint('http://proxy.example.com', {}).kind, 'invalid');
    assert.equal(decideEndpoint('http://127.0.0.1:8080', {}).kind, 'ask');
    assert.equal(decideEndpoint('file:///etc/passwd', {}).kind, 'invalid');
  });

  it('keeps the endpoint a user-only, restricted setting, and one default model id', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const settings = manifest.contributes.configuration.properties;
    assert.equal(settings['aiInterviewStudio.critic.baseUrl'].scope, 'application');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.sort(), [
      'aiInterviewStudio.critic.baseUrl',
      'aiInterviewStudio.pythonPath',
    ]);
    assert.equal(settings['aiInterviewStudio.critic.model'].default, DEFAULT_CLAUDE_MODEL);
    assert.deepEqual(settings['aiInterviewStudio.llm.provider'].enum, ['auto', 'anthropic', 'vscode-lm', 'off']);
  });
});

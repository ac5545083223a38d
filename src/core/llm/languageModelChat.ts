// VS Code's Language Model API (vscode.lm, e.g. a Copilot subscription) as a ToolCallingModel.
// Core cannot import vscode, so the adapter takes the few vscode classes it needs as an
// argument (the extension passes the `vscode` module itself; unit tests pass fakes).
import { estimateTokens, LlmError, type ToolCallingModel, type ToolReply, type ToolRequest, type ToolTurn } from './toolModel';

interface TextPartLike {
  value: string;
}
interface ToolCallPartLike {
  callId: string;
  name: string;
  input: object;
}
interface CancellationSourceLike {
  token: unknown;
  cancel(): void;
  dispose(): void;
}

/** The part of vscode.LanguageModelChat this adapter uses. */
export interface LanguageModelChatLike {
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  sendRequest(
    messages: unknown[],
    options: { justification?: string; tools: { name: string; description: string; inputSchema: object }[]; toolMode: number },
    token?: unknown,
  ): PromiseLike<{ stream: AsyncIterable<unknown> }>;
  countTokens(text: string): PromiseLike<number>;
}

/** The vscode classes the adapter builds messages and parts with. */
export interface LanguageModelApi {
  LanguageModelChatMessage: { User(content: string | unknown[]): unknown; Assistant(content: string | unknown[]): unknown };
  LanguageModelTextPart: new (value: string) => TextPartLike;
  LanguageModelToolCallPart: new (callId: string, name: string, input: object) => ToolCallPartLike;
  LanguageModelToolResultPart: new (callId: string, content: unknown[]) => unknown;
  LanguageModelChatToolMode: { Required: number };
  CancellationTokenSource: new () => CancellationSourceLike;
}

const JUSTIFICATION = 'AI Interview Studio reviews your design diagram (or grades your card answer) like an interviewer.';

function toMessage(api: LanguageModelApi, turn: ToolTurn): unknown {
  switch (turn.role) {
    case 'user':
      return api.LanguageModelChatMessage.User(turn.text);
    case 'assistant':
      return api.LanguageModelChatMessage.Assistant(
        turn.call
          ? [
              ...(turn.text ? [new api.LanguageModelTextPart(turn.text)] : []),
              new api.LanguageModelToolCallPart(turn.call.id, turn.call.name, (turn.call.input ?? {}) as object),
            ]
          : turn.text,
      );
    case 'toolError':
      return api.LanguageModelChatMessage.User([
        new api.LanguageModelToolResultPart(turn.callId, [new api.LanguageModelTextPart(turn.text)]),
      ]);
  }
}

/** vscode.LanguageModelError codes (and cancellation) as messages that say what to do. */
export function explainLanguageModelError(error: unknown, modelName: string, signal?: AbortSignal): LlmError {
  if (error instanceof LlmError) return error;
  if (signal?.aborted || (error as Error)?.name === 'Canceled') return new LlmError('The request was cancelled.', 'cancelled');
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'NoPermissions')
    return new LlmError(
      `VS Code did not allow AI Interview Studio to use ${modelName}: allow it when asked, or choose another provider.`,
      'auth',
    );
  if (code === 'Blocked')
    return new LlmError(`${modelName} is blocked for this extension right now (quota or policy): ${message}`, 'rate-limited');
  if (code === 'NotFound') return new LlmError(`${modelName} is no longer available; pick another model or provider.`, 'bad-request');
  return new LlmError(`${modelName} failed: ${message}`, 'server');
}

async function countOr(model: LanguageModelChatLike, text: string): Promise<number> {
  try {
    return await model.countTokens(text);
  } catch {
    return estimateTokens(text);
  }
}

/**
 * A chat model offered by VS Code. It has no system role, so the system prompt leads the
 * first user message; the tool is forced with LanguageModelChatToolMode.Required; tool calls
 * arrive whole (no partial input); token counts come from the model's own tokenizer.
 */
export function languageModelChatModel(model: LanguageModelChatLike, api: LanguageModelApi): ToolCallingModel {
  const displayName = `${model.name} (${model.vendor})`;
  return {
    displayName,
    async callTool(request: ToolRequest): Promise<ToolReply> {
      const [first, ...rest] = request.turns;
      const turns: ToolTurn[] =
        first?.role === 'user' ? [{ role: 'user', text: `${request.system}\n\n${first.text}` }, ...rest] : request.turns;
      const source = new api.CancellationTokenSource();
      const abort = () => source.cancel();
      request.signal?.addEventListener('abort', abort);
      try {
        if (request.signal?.aborted) throw new LlmError('The request was cancelled.', 'cancelled');
        const response = await model.sendRequest(
          turns.map((turn) => toMessage(api, turn)),
          {
            justification: JUSTIFICATION,
            tools: [{ name: request.tool.name, description: request.tool.description, inputSchema: request.tool.schema }],
            toolMode: api.LanguageModelChatToolMode.Required,
          },
          source.token,
        );
        let text = '';
        let call: ToolReply['call'];
        for await (const part of response.stream) {
          if (part instanceof api.LanguageModelTextPart) text += part.value;
          else if (part instanceof api.LanguageModelToolCallPart && part.name === request.tool.name && !call) {
            call = { id: part.callId, input: part.input };
            request.onPartialInput?.(part.input);
          }
        }
        if (request.signal?.aborted) throw new LlmError('The request was cancelled.', 'cancelled');
        const sent = turns.map((turn) => ('text' in turn ? turn.text : '')).join('\n');
        return {
          ...(call ? { call } : {}),
          text,
          usage: {
            inputTokens: await countOr(model, sent),
            outputTokens: await countOr(model, text + (call ? JSON.stringify(call.input) : '')),
          },
        };
      } catch (error) {
        throw explainLanguageModelError(error, displayName, request.signal);
      } finally {
        request.signal?.removeEventListener('abort', abort);
        source.dispose();
      }
    },
  };
}

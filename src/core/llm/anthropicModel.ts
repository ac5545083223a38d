// The Anthropic Messages API as a ToolCallingModel: forced tool use, the tool input streamed
// as it grows, and SDK errors turned into messages that say what to do.
import Anthropic from '@anthropic-ai/sdk';
import { LlmError, type ToolCallingModel, type ToolReply, type ToolRequest, type ToolTurn } from './toolModel';

export interface AnthropicOptions {
  apiKey: string;
  model: string;
  /** Another endpoint speaking the Messages API (a proxy, or a local fake in tests). */
  baseURL?: string;
  /** Retries of 429/5xx/connection errors, with the SDK's backoff (it honours retry-after). */
  maxRetries?: number;
  timeoutMs?: number;
}

function toMessage(turn: ToolTurn): Anthropic.MessageParam {
  switch (turn.role) {
    case 'user':
      return { role: 'user', content: turn.text };
    case 'assistant':
      return turn.call
        ? {
            role: 'assistant',
            content: [
              ...(turn.text ? [{ type: 'text' as const, text: turn.text }] : []),
              { type: 'tool_use', id: turn.call.id, name: turn.call.name, input: turn.call.input },
            ],
          }
        : { role: 'assistant', content: turn.text };
    case 'toolError':
      return { role: 'user', content: [{ type: 'tool_result', tool_use_id: turn.callId, is_error: true, content: turn.text }] };
  }
}

/** Turns SDK errors into messages that say what to do. */
export function explainAnthropicError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof Anthropic.APIUserAbortError) return new LlmError('The request was cancelled.', 'cancelled');
  if (error instanceof Anthropic.AuthenticationError || error instanceof Anthropic.PermissionDeniedError) {
    return new LlmError(
      'The Anthropic API rejected the key (401/403). Set a valid key with "AI Interview Studio: Set Anthropic API Key" (or ANTHROPIC_API_KEY for the CLI).',
      'auth',
    );
  }
  if (error instanceof Anthropic.RateLimitError)
    return new LlmError('The Anthropic API is rate limiting this key (429) even after retries. Try again in a minute.', 'rate-limited');
  if (error instanceof Anthropic.BadRequestError || error instanceof Anthropic.NotFoundError) {
    return new LlmError(
      `The Anthropic API refused the request (${error.status}): ${error.message}. Check the aiInterviewStudio.critic.model setting.`,
      'bad-request',
    );
  }
  if (error instanceof Anthropic.APIConnectionError) {
    return new LlmError(
      'Could not reach the Anthropic API (offline, or a proxy in the way). The offline critique still applies.',
      'offline',
    );
  }
  if (error instanceof Anthropic.APIError)
    return new LlmError(`The Anthropic API failed (${error.status ?? 'no status'}) after retries: ${error.message}`, 'server');
  return new LlmError(`The LLM request failed: ${error instanceof Error ? error.message : String(error)}`, 'server');
}

/** A Claude model through the SDK, with this project's retry and timeout defaults. */
export function anthropicModel(options: AnthropicOptions): ToolCallingModel {
  const client = new Anthropic({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries ?? 3,
    timeout: options.timeoutMs ?? 120_000,
  });
  return {
    displayName: options.model,
    priceModelId: options.model,
    async callTool(request: ToolRequest): Promise<ToolReply> {
      try {
        const stream = client.messages.stream(
          {
            model: options.model,
            max_tokens: request.maxTokens,
            system: request.system,
            tools: [
              {
                name: request.tool.name,
                description: request.tool.description,
                input_schema: request.tool.schema as Anthropic.Tool.InputSchema,
              },
            ],
            tool_choice: { type: 'tool', name: request.tool.name },
            messages: request.turns.map(toMessage),
          },
          request.signal ? { signal: request.signal } : {},
        );
        if (request.onPartialInput) stream.on('inputJson', (_delta, snapshot) => request.onPartialInput!(snapshot));
        const message = await stream.finalMessage();
        const call = message.content.find((block): block is Anthropic.ToolUseBlock => block.type === 'tool_use');
        const text = message.content
          .filter((block): block is Anthropic.TextBlock => block.type === 'text')
          .map((block) => block.text)
          .join('\n');
        return {
          ...(call ? { call: { id: call.id, input: call.input } } : {}),
          text,
          usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
        };
      } catch (error) {
        throw explainAnthropicError(error);
      }
    },
  };
}

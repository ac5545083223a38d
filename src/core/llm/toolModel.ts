// A provider-neutral tool-calling model: the critic and the card grader speak to this, and
// one adapter per provider (the Anthropic SDK here, VS Code's Language Model API in the
// extension) turns it into that provider's messages. Prompt, schema, validation and the
// corrective retries are shared; only transport and error wording differ.
import type { Validator } from '../schemaValidator';

/** A failure the user can act on, with a message that says what to do. */
export class LlmError extends Error {
  constructor(
    message: string,
    readonly reason: 'auth' | 'bad-request' | 'rate-limited' | 'server' | 'offline' | 'cancelled' | 'invalid-output',
  ) {
    super(message);
  }
}

export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the tool input. */
  schema: object;
}

/** One turn of a tool-forced conversation, in provider-neutral form. */
export type ToolTurn =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; call?: { id: string; name: string; input: unknown } }
  | { role: 'toolError'; callId: string; text: string };

export interface ToolRequest {
  system: string;
  turns: ToolTurn[];
  tool: ToolSpec;
  maxTokens: number;
  signal?: AbortSignal;
  /** The tool input parsed so far, when the provider streams it. */
  onPartialInput?: (snapshot: unknown) => void;
}

export interface ToolReply {
  /** The forced tool call, or undefined when the model answered without it. */
  call?: { id: string; input: unknown };
  /** Text the model wrote beside (or instead of) the call. */
  text: string;
  /** Token counts, measured where the provider reports them, else estimated. */
  usage: { inputTokens: number; outputTokens: number };
}

export interface ToolCallingModel {
  /** Shown to the user: "claude-sonnet-5-5", "GPT-4o (Copilot)". */
  readonly displayName: string;
  /** Model id used for price estimates; none when the provider bills elsewhere (a subscription). */
  readonly priceModelId?: string;
  callTool(request: ToolRequest): Promise<ToolReply>;
}

export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/** How many times a malformed tool input is sent back with its validation error. */
export const MAX_CORRECTIONS = 2;

/**
 * Forces one tool call and validates its input against the schema; a malformed input (or a
 * reply with no call) goes back to the model with what was wrong, at most MAX_CORRECTIONS
 * times. Throws LlmError('invalid-output') when it never matches.
 */
export async function callToolValidated<T>(
  model: ToolCallingModel,
  request: Omit<ToolRequest, 'turns'> & { prompt: string; validate: Validator<T> },
): Promise<{ input: T; usage: ToolReply['usage'] }> {
  const { prompt, validate, ...base } = request;
  const turns: ToolTurn[] = [{ role: 'user', text: prompt }];
  const usage = { inputTokens: 0, outputTokens: 0 };
  for (let attempt = 0; ; attempt++) {
    if (request.signal?.aborted) throw new LlmError('The request was cancelled.', 'cancelled');
    const reply = await model.callTool({ ...base, turns });
    usage.inputTokens += reply.usage.inputTokens;
    usage.outputTokens += reply.usage.outputTokens;
    if (reply.call && validate(reply.call.input)) return { input: reply.call.input, usage };
    const problem = reply.call
      ? (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ')
      : `no ${request.tool.name} tool call in the reply`;
    if (attempt >= MAX_CORRECTIONS)
      throw new LlmError(`The model's reply did not match the expected format after ${attempt + 1} tries (${problem}).`, 'invalid-output');
    if (reply.call) {
      turns.push({ role: 'assistant', text: reply.text, call: { ...reply.call, name: request.tool.name } });
      turns.push({
        role: 'toolError',
        callId: reply.call.id,
        text: `Invalid input: ${problem}. Call ${request.tool.name} again with input that matches the schema.`,
      });
    } else {
      turns.push({ role: 'assistant', text: reply.text || '(no tool call)' });
      turns.push({ role: 'user', text: `Call the ${request.tool.name} tool with your answer.` });
    }
  }
}

export interface ToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

export type Message =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string; tool_calls: ToolCall[] }
  | { role: 'tool'; tool_call_id: string; name: string; content: string; is_error: boolean };

export interface ModelReply {
  content: string;
  tool_calls: ToolCall[];
}

export interface AgentResult {
  status: 'final' | 'max_steps';
  answer: string | null;
  messages: Message[];
  steps: number;
}

type Tool = (args: Record<string, unknown>) => Promise<string>;

async function runTool(tools: Record<string, Tool>, call: ToolCall): Promise<{ content: string; is_error: boolean }> {
  // An inherited name such as `toString` is not a tool the caller offered.
  if (!Object.hasOwn(tools, call.name)) return { content: `unknown tool: ${call.name}`, is_error: true };
  try {
    return { content: await tools[call.name]!(call.arguments), is_error: false };
  } catch (error) {
    return { content: `tool error: ${error instanceof Error ? error.message : String(error)}`, is_error: true };
  }
}

export async function runAgent(
  model: (messages: Message[]) => Promise<ModelReply>,
  tools: Record<string, Tool>,
  messages: Message[],
  maxSteps: number,
): Promise<AgentResult> {
  if (!(maxSteps >= 1)) throw new Error('maxSteps must be at least 1');
  const transcript: Message[] = [...messages];
  for (let step = 1; step <= maxSteps; step++) {
    // The model gets its own copy: it must not see messages appended after it was called.
    const reply = await model([...transcript]);
    transcript.push({ role: 'assistant', content: reply.content, tool_calls: reply.tool_calls });
    if (reply.tool_calls.length === 0) return { status: 'final', answer: reply.content, messages: transcript, steps: step };
    for (const call of reply.tool_calls) {
      const result = await runTool(tools, call);
      transcript.push({ role: 'tool', tool_call_id: call.id, name: call.name, ...result });
    }
  }
  return { status: 'max_steps', answer: null, messages: transcript, steps: maxSteps };
}

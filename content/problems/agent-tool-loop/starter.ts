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

export async function runAgent(
  model: (messages: Message[]) => Promise<ModelReply>,
  tools: Record<string, (args: Record<string, unknown>) => Promise<string>>,
  messages: Message[],
  maxSteps: number,
): Promise<AgentResult> {
  // TODO: call the model, run the tools it asks for, feed the results back, stop on a final answer or the step limit.
  throw new Error('not implemented');
}

/**
 * @typedef {{ id: string, name: string, arguments: Record<string, unknown> }} ToolCall
 * @typedef {{ role: string, content: string, tool_calls?: ToolCall[], tool_call_id?: string, name?: string, is_error?: boolean }} Message
 * @typedef {{ content: string, tool_calls: ToolCall[] }} ModelReply
 */

/**
 * @param {(messages: Message[]) => Promise<ModelReply>} model
 * @param {Record<string, (args: Record<string, unknown>) => Promise<string>>} tools
 * @param {Message[]} messages
 * @param {number} maxSteps
 * @returns {Promise<{ status: 'final' | 'max_steps', answer: string | null, messages: Message[], steps: number }>}
 */
export async function runAgent(model, tools, messages, maxSteps) {
  // TODO: call the model, run the tools it asks for, feed the results back, stop on a final answer or the step limit.
  throw new Error('not implemented');
}

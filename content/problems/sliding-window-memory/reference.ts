export interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

const MESSAGE_OVERHEAD = 4;
const cost = (message: Message) => MESSAGE_OVERHEAD + message.content.split(/\s+/).filter(Boolean).length;

export function fitConversation(messages: Message[], budget: number): Message[] {
  if (budget < 0) throw new Error('budget must be >= 0');
  const system = messages[0]?.role === 'system' ? messages[0] : undefined;
  let used = system ? cost(system) : 0;
  if (used > budget) throw new Error('the system message alone exceeds the budget');
  const history = messages.slice(system ? 1 : 0);
  let start = history.length;
  while (start > 0 && used + cost(history[start - 1]!) <= budget) {
    used += cost(history[start - 1]!);
    start--;
  }
  while (start < history.length && history[start]!.role !== 'user') start++;
  return [...(system ? [system] : []), ...history.slice(start)];
}

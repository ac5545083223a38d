export interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

export function fitConversation(messages: Message[], budget: number): Message[] {
  // TODO: keep the system message, then the newest messages that fit; start history on a user turn.
  throw new Error('not implemented');
}

/**
 * @param {{ role: string, content: string }[]} messages
 * @param {number} budget
 * @returns {{ role: string, content: string }[]}
 */
export function fitConversation(messages, budget) {
  // TODO: keep the system message, then the newest messages that fit; start history on a user turn.
  throw new Error('not implemented');
}

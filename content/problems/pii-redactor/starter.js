/**
 * @param {string} text
 * @returns {{ spans: { start: number, end: number, kind: 'email' | 'phone' | 'card' }[], redacted: string }}
 */
export function redactPii(text) {
  // TODO: collect e-mail, phone and card candidates, keep the non-overlapping ones in the
  // stated order, then build the masked text.
  throw new Error('not implemented');
}

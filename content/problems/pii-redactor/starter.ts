export type Kind = 'email' | 'phone' | 'card';

export interface Span {
  start: number;
  end: number; // exclusive
  kind: Kind;
}

export function redactPii(text: string): { spans: Span[]; redacted: string } {
  // TODO: collect e-mail, phone and card candidates, keep the non-overlapping ones in the
  // stated order, then build the masked text.
  throw new Error('not implemented');
}

export type Hypothesis = { tokens: string[]; score: number };

export function beamSearch(
  table: Record<string, [string, number][]>,
  beamWidth: number,
  maxLength: number,
  endToken: string,
  lengthNormalize: boolean,
): Hypothesis[] {
  // TODO: expand the live hypotheses step by step, keep the beamWidth best candidates,
  // move the ones ending in endToken to the finished list, and return the finished ones
  // best first (ties by token list).
  throw new Error('not implemented');
}

export type Hypothesis = { tokens: string[]; score: number };

/** Token lists compared token by token; a list that is a prefix of the other comes first. */
function compareTokens(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

const byScore = (a: Hypothesis, b: Hypothesis) => b.score - a.score || compareTokens(a.tokens, b.tokens);

export function beamSearch(
  table: Record<string, [string, number][]>,
  beamWidth: number,
  maxLength: number,
  endToken: string,
  lengthNormalize: boolean,
): Hypothesis[] {
  if (!Number.isInteger(beamWidth) || beamWidth < 1) throw new Error(`beamWidth must be an integer >= 1 (got ${beamWidth})`);
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new Error(`maxLength must be an integer >= 1 (got ${maxLength})`);
  let live: Hypothesis[] = [{ tokens: [], score: 0 }];
  const finished: Hypothesis[] = [];
  for (let length = 0; live.length > 0 && length < maxLength; length++) {
    const candidates: Hypothesis[] = [];
    for (const hypothesis of live) {
      const continuations = Object.hasOwn(table, hypothesis.tokens.join(' ')) ? table[hypothesis.tokens.join(' ')]! : [];
      for (const [token, logProb] of continuations) {
        candidates.push({ tokens: [...hypothesis.tokens, token], score: hypothesis.score + logProb });
      }
    }
    const selected = candidates.sort(byScore).slice(0, beamWidth);
    finished.push(...selected.filter((candidate) => candidate.tokens.at(-1) === endToken));
    live = selected.filter((candidate) => candidate.tokens.at(-1) !== endToken);
  }
  finished.push(...live);
  const rank = (h: Hypothesis) => (lengthNormalize ? h.score / h.tokens.length : h.score);
  return finished.sort((a, b) => rank(b) - rank(a) || compareTokens(a.tokens, b.tokens));
}

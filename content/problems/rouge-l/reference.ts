export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

/** Maximal runs of ASCII letters and digits, lowercased; everything else separates. */
function tokenize(text: string): string[] {
  return (text.match(/[A-Za-z0-9]+/g) ?? []).map((token) => token.toLowerCase());
}

/** Length of the longest common subsequence, keeping one row of the DP table. */
function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function rougeL(candidate: string, reference: string, beta: number): RougeScore {
  if (!(beta > 0)) throw new Error('beta must be positive');
  const candidateTokens = tokenize(candidate);
  const referenceTokens = tokenize(reference);
  const common = lcsLength(candidateTokens, referenceTokens);
  if (common === 0) return { precision: 0, recall: 0, f: 0 };
  const precision = common / candidateTokens.length;
  const recall = common / referenceTokens.length;
  const betaSquared = beta * beta;
  return { precision, recall, f: ((1 + betaSquared) * precision * recall) / (recall + betaSquared * precision) };
}

export type Weights = 'none' | 'linear' | 'quadratic';

/** Disagreement weight of grades i and j among k labels (k >= 2). */
const WEIGHT: Record<Weights, (i: number, j: number, k: number) => number> = {
  none: (i, j) => (i === j ? 0 : 1),
  linear: (i, j, k) => Math.abs(i - j) / (k - 1),
  quadratic: (i, j, k) => ((i - j) / (k - 1)) ** 2,
};

export function cohensKappa(judge: string[], human: string[], labels: string[], weights: Weights): number | null {
  if (judge.length !== human.length) throw new Error('judge and human must label the same items');
  if (judge.length === 0) throw new Error('there are no items');
  const index = new Map<string, number>();
  for (const label of labels) {
    if (index.has(label)) throw new Error(`label "${label}" is listed twice`);
    index.set(label, index.size);
  }
  if (!Object.hasOwn(WEIGHT, weights)) throw new Error(`unknown weights "${weights}"`);
  const position = (label: string) => {
    const found = index.get(label);
    if (found === undefined) throw new Error(`label "${label}" is not in labels`);
    return found;
  };
  const k = labels.length;
  // Integer counts keep everything exact until the final division.
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const judgeCounts = new Array<number>(k).fill(0);
  const humanCounts = new Array<number>(k).fill(0);
  judge.forEach((label, item) => {
    const i = position(label);
    const j = position(human[item]!);
    observed[i]![j]! += 1;
    judgeCounts[i]! += 1;
    humanCounts[j]! += 1;
  });
  if (k === 1) return null;
  const n = judge.length;
  let observedDisagreement = 0;
  let chanceDisagreement = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const weight = WEIGHT[weights](i, j, k);
      observedDisagreement += weight * observed[i]![j]! * n;
      chanceDisagreement += weight * judgeCounts[i]! * humanCounts[j]!;
    }
  }
  return chanceDisagreement === 0 ? null : 1 - observedDisagreement / chanceDisagreement;
}

export type Weights = 'none' | 'linear' | 'quadratic';

export function cohensKappa(judge: string[], human: string[], labels: string[], weights: Weights): number | null {
  // TODO: observed vs chance disagreement, weighted by distance between grades; null when undefined.
  throw new Error('not implemented');
}

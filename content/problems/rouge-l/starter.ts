export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

export function rougeL(candidate: string, reference: string, beta: number): RougeScore {
  // TODO: tokenise both texts, find the LCS length of the token sequences, then P, R and F-beta.
  throw new Error('not implemented');
}

export interface Item {
  id: string;
  embedding: number[];
}

export function semanticDedup(items: Item[], threshold: number): string[] {
  // TODO: keep an item unless it is >= threshold similar to an item already kept.
  throw new Error('not implemented');
}

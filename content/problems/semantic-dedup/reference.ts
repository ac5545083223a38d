export interface Item {
  id: string;
  embedding: number[];
}

/** The unit vector, or undefined for a zero vector (similar to nothing). */
function unit(vector: number[]): number[] | undefined {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm === 0 ? undefined : vector.map((value) => value / norm);
}

export function semanticDedup(items: Item[], threshold: number): string[] {
  if (!(threshold >= -1 && threshold <= 1)) throw new Error('threshold must be between -1 and 1');
  const dimension = items[0]?.embedding.length;
  const kept: { id: string; direction: number[] | undefined }[] = [];
  for (const item of items) {
    if (item.embedding.length !== dimension) throw new Error(`item ${item.id} has dimension ${item.embedding.length}, expected ${dimension}`);
    const direction = unit(item.embedding);
    const similarity = (other: number[] | undefined) =>
      direction && other ? direction.reduce((sum, value, i) => sum + value * other[i]!, 0) : 0;
    if (!kept.some((entry) => similarity(entry.direction) >= threshold)) kept.push({ id: item.id, direction });
  }
  return kept.map((entry) => entry.id);
}

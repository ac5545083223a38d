/** FNV-1a 32-bit over the UTF-8 bytes of text: the ring's hash (use it as it is). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

interface VirtualNode {
  position: number;
  replica: string;
}

/** Ring order: position ascending, then replica name ascending on a collision. */
const ringOrder = (a: VirtualNode, b: VirtualNode) =>
  a.position - b.position || (a.replica < b.replica ? -1 : a.replica > b.replica ? 1 : 0);

export class HashRing {
  private ring: VirtualNode[] = [];
  private readonly replicas = new Set<string>();

  constructor(private readonly vnodes: number) {
    if (!(vnodes >= 1)) throw new Error('vnodes must be at least 1');
  }

  addReplica(name: string): void {
    if (this.replicas.has(name)) throw new Error(`replica ${name} is already on the ring`);
    this.replicas.add(name);
    const added = Array.from({ length: this.vnodes }, (_, i) => ({ position: fnv1a32(`${name}#${i}`), replica: name })).sort(ringOrder);
    // Merge two sorted lists: O(n) per add instead of re-sorting the whole ring.
    const merged: VirtualNode[] = [];
    let i = 0;
    let j = 0;
    while (i < this.ring.length || j < added.length) {
      if (j === added.length || (i < this.ring.length && ringOrder(this.ring[i]!, added[j]!) <= 0)) merged.push(this.ring[i++]!);
      else merged.push(added[j++]!);
    }
    this.ring = merged;
  }

  removeReplica(name: string): void {
    if (!this.replicas.delete(name)) throw new Error(`replica ${name} is not on the ring`);
    this.ring = this.ring.filter((node) => node.replica !== name);
  }

  lookup(key: string): string | null {
    if (this.ring.length === 0) return null;
    const hash = fnv1a32(key);
    // Lower bound: the first virtual node whose position is >= hash.
    let low = 0;
    let high = this.ring.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ring[middle]!.position < hash) low = middle + 1;
      else high = middle;
    }
    return this.ring[low === this.ring.length ? 0 : low]!.replica;
  }
}

/** FNV-1a 32-bit over the UTF-8 bytes of text: the ring's hash (use it as it is). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export class HashRing {
  constructor(private readonly vnodes: number) {
    // TODO: validate; keep the virtual nodes sorted by (position, replica name).
  }

  addReplica(name: string): void {
    // TODO: place name#0 ... name#(vnodes - 1) on the ring.
    throw new Error('not implemented');
  }

  removeReplica(name: string): void {
    // TODO: take every virtual node of name off the ring.
    throw new Error('not implemented');
  }

  lookup(key: string): string | null {
    // TODO: first virtual node with position >= fnv1a32(key), wrapping around.
    throw new Error('not implemented');
  }
}

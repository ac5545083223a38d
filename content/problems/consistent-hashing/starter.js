/**
 * FNV-1a 32-bit over the UTF-8 bytes of text: the ring's hash (use it as it is).
 * @param {string} text
 * @returns {number}
 */
export function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export class HashRing {
  /** @param {number} vnodes virtual nodes per replica */
  constructor(vnodes) {
    // TODO: validate; keep the virtual nodes sorted by (position, replica name).
  }

  /** @param {string} name */
  addReplica(name) {
    // TODO: place name#0 ... name#(vnodes - 1) on the ring.
    throw new Error('not implemented');
  }

  /** @param {string} name */
  removeReplica(name) {
    // TODO: take every virtual node of name off the ring.
    throw new Error('not implemented');
  }

  /** @param {string} key @returns {string | null} */
  lookup(key) {
    // TODO: first virtual node with position >= fnv1a32(key), wrapping around.
    throw new Error('not implemented');
  }
}

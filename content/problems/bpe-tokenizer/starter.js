/**
 * @param {string} corpus
 * @param {number} numMerges
 * @param {string[]} texts
 * @returns {{ merges: [string, string][], tokens: string[][] }}
 */
export function bpe(corpus, numMerges, texts) {
  // TODO: split into words, count adjacent pairs weighted by word frequency, merge the
  // best pair (ties: smallest left, then smallest right) numMerges times, then encode
  // each text by applying the merges in the order learned.
  throw new Error('not implemented');
}

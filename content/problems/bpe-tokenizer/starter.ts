export function bpe(corpus: string, numMerges: number, texts: string[]): { merges: [string, string][]; tokens: string[][] } {
  // TODO: split into words, count adjacent pairs weighted by word frequency, merge the
  // best pair (ties: smallest left, then smallest right) numMerges times, then encode
  // each text by applying the merges in the order learned.
  throw new Error('not implemented');
}

/**
 * @param {string} text
 * @param {number} chunkSize
 * @param {number} overlap
 * @returns {string[]}
 */
export function chunkTokens(text, chunkSize, overlap) {
  // TODO: whitespace tokens; chunk i starts at i * (chunkSize - overlap); stop once the last token is covered.
  throw new Error('not implemented');
}

/**
 * @param {string} text
 * @param {number} chunkSize maximum characters per chunk
 * @returns {string[]}
 */
export function splitText(text, chunkSize) {
  // TODO: split on "\n\n", then "\n", ". ", " ", characters; merge greedily up to chunkSize.
  throw new Error('not implemented');
}

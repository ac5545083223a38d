/**
 * @typedef {{ start: number, end: number, sources: string[] }} CitationSpan
 * @param {CitationSpan[]} spans
 * @returns {CitationSpan[]}
 */
export function mergeCitationSpans(spans) {
  // TODO: validate, group connected spans (touching ones too), union their sources in input order.
  throw new Error('not implemented');
}

export interface CitationSpan {
  start: number;
  end: number;
  sources: string[];
}

export function mergeCitationSpans(spans: CitationSpan[]): CitationSpan[] {
  // TODO: validate, group connected spans (touching ones too), union their sources in input order.
  throw new Error('not implemented');
}

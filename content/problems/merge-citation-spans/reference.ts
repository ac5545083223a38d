export interface CitationSpan {
  start: number;
  end: number;
  sources: string[];
}

export function mergeCitationSpans(spans: CitationSpan[]): CitationSpan[] {
  for (const { start, end } of spans) {
    if (start < 0 || start > end) throw new Error(`invalid span [${start}, ${end})`);
  }
  // Sweep the spans by start; each group remembers which input positions it holds, so its
  // sources can be read back in input order rather than text order.
  const byStart = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const groups: { start: number; end: number; members: number[] }[] = [];
  for (const index of byStart) {
    const { start, end } = spans[index]!;
    const last = groups[groups.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.members.push(index);
    } else {
      groups.push({ start, end, members: [index] });
    }
  }
  return groups.map(({ start, end, members }) => {
    const sources = new Set<string>();
    for (const index of members.sort((a, b) => a - b)) {
      for (const source of spans[index]!.sources) sources.add(source);
    }
    return { start, end, sources: [...sources] };
  });
}

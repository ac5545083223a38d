const SEPARATORS = /[ \t\n]+/;

function wordsOf(text: string): string[] {
  return text.split(SEPARATORS).filter((word) => word.length > 0);
}

/** Replaces each left-to-right, non-overlapping occurrence of (left, right) with left + right. */
function applyMerge(symbols: string[], left: string, right: string): string[] {
  const merged: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (i + 1 < symbols.length && symbols[i] === left && symbols[i + 1] === right) {
      merged.push(left + right);
      i++;
    } else {
      merged.push(symbols[i]!);
    }
  }
  return merged;
}

export function bpe(corpus: string, numMerges: number, texts: string[]): { merges: [string, string][]; tokens: string[][] } {
  if (!Number.isInteger(numMerges) || numMerges < 0) throw new Error(`numMerges must be an integer >= 0 (got ${numMerges})`);
  const frequency = new Map<string, number>();
  for (const word of wordsOf(corpus)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  let words = [...frequency.keys()].map((word) => ({ symbols: [...word], count: frequency.get(word)! }));

  const merges: [string, string][] = [];
  while (merges.length < numMerges) {
    // Pairs are keyed by both symbols; a NUL separator cannot occur inside a symbol of the tests.
    const counts = new Map<string, { left: string; right: string; count: number }>();
    for (const { symbols, count } of words) {
      for (let i = 0; i + 1 < symbols.length; i++) {
        const key = `${symbols[i]}\u0000${symbols[i + 1]}`;
        const entry = counts.get(key) ?? { left: symbols[i]!, right: symbols[i + 1]!, count: 0 };
        entry.count += count;
        counts.set(key, entry);
      }
    }
    let best: { left: string; right: string; count: number } | undefined;
    for (const entry of counts.values()) {
      if (
        !best ||
        entry.count > best.count ||
        (entry.count === best.count && (entry.left < best.left || (entry.left === best.left && entry.right < best.right)))
      ) {
        best = entry;
      }
    }
    if (!best) break;
    const { left, right } = best;
    merges.push([left, right]);
    words = words.map(({ symbols, count }) => ({ symbols: applyMerge(symbols, left, right), count }));
  }

  const tokens = texts.map((text) =>
    wordsOf(text).flatMap((word) => merges.reduce((symbols, [left, right]) => applyMerge(symbols, left, right), [...word])),
  );
  return { merges, tokens };
}

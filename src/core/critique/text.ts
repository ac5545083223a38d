/** Word-level matching of labels against synonym phrases, tolerant of small typos. */

/** Lowercase words of a label, plurals made singular ("retries" -> "retry"). Product names stay whole ("OpenAI"). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      // A domain is a product name: "Booking.com" is a site, not a booking.
      .replace(/\b([a-z0-9-]+)\.(com|io|ai|net|org|dev)\b/g, '$1$2')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((word) =>
        word.length > 4 && word.endsWith('ies')
          ? `${word.slice(0, -3)}y`
          : // "analysis", "status" and "corpus" are singular already.
            word.length > 3 && word.endsWith('s') && !/(ss|is|us)$/.test(word)
            ? word.slice(0, -1)
            : word,
      )
  );
}

/** Words of a node id: camelCase and snake_case split ("vectorDb" -> vector, db). */
export const identifierWords = (id: string) => words(id.replace(/([a-z0-9])([A-Z])/g, '$1 $2'));

/** Optimal string alignment distance, stopping early once it exceeds `limit`. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return false;
  }
  return rows[a.length]![b.length]! <= limit;
}

const typoMatches = new Map<string, Map<string, boolean>>();

/**
 * Words match exactly, or with one typo when both have six letters or more: shorter words are
 * too often other words one edit away ("layer"/"lawyer", "reply"/"replay", "react"/"redact").
 * Memoised: labels repeat words.
 */
function sameWord(word: string, wanted: string): boolean {
  if (word === wanted) return true;
  if (wanted.length < 6 || word.length < 6 || Math.abs(word.length - wanted.length) > 1) return false;
  // One edit leaves the first or the last letter in place: a cheap test that rejects almost every pair.
  if (word[0] !== wanted[0] && word[word.length - 1] !== wanted[wanted.length - 1]) return false;
  // A letter in front is a prefix, not a typo: "synchronous" is the opposite of "asynchronous".
  if (word.slice(1) === wanted || wanted.slice(1) === word) return false;
  let known = typoMatches.get(word);
  if (!known) {
    if (typoMatches.size > 20_000) typoMatches.clear();
    typoMatches.set(word, (known = new Map()));
  }
  let same = known.get(wanted);
  if (same === undefined) known.set(wanted, (same = withinEdits(word, wanted, 1)));
  return same;
}

export type Phrase = readonly string[];

/**
 * A synonym list. Read-only because `mentions` indexes each list once, on first use.
 */
export type Phrases = readonly Phrase[];

/** Compiles synonyms such as "semantic cache" or "pii" into word phrases. */
export const phrases = (...synonyms: string[]): Phrases => synonyms.map(words);

/**
 * A synonym list grouped by first word, so a text word is compared with each distinct first word
 * once, not with every phrase: the critic asks thousands of these questions per diagram.
 */
interface PhraseIndex {
  /** Phrases by their first word. */
  byFirst: Map<string, Phrase[]>;
  /** First words long enough to match a text word with one typo. */
  typoFirsts: string[];
  /** For each text word seen, the other first words it matches with one typo (usually none). */
  typoNeighbours: Map<string, string[]>;
  hasEmpty: boolean;
}

const indexes = new WeakMap<Phrases, PhraseIndex>();

function indexOf(candidates: Phrases): PhraseIndex {
  let index = indexes.get(candidates);
  if (!index) {
    index = { byFirst: new Map(), typoFirsts: [], typoNeighbours: new Map(), hasEmpty: false };
    for (const phrase of candidates) {
      const first = phrase[0];
      if (first === undefined) {
        index.hasEmpty = true;
        continue;
      }
      const group = index.byFirst.get(first);
      if (group) group.push(phrase);
      else {
        index.byFirst.set(first, [phrase]);
        if (first.length >= 6) index.typoFirsts.push(first);
      }
    }
    indexes.set(candidates, index);
  }
  return index;
}

function occursAt(textWords: readonly string[], start: number, phrase: Phrase): boolean {
  if (start + phrase.length > textWords.length) return false;
  for (let offset = 1; offset < phrase.length; offset++) if (!sameWord(textWords[start + offset]!, phrase[offset]!)) return false;
  return true;
}

function typoNeighbours(index: PhraseIndex, word: string): string[] {
  let found = index.typoNeighbours.get(word);
  if (!found) {
    found = index.typoFirsts.filter((first) => first !== word && sameWord(word, first));
    if (index.typoNeighbours.size > 5_000) index.typoNeighbours.clear();
    index.typoNeighbours.set(word, found);
  }
  return found;
}

/** Whether any phrase occurs as consecutive words of the text. */
export function mentions(textWords: readonly string[], candidates: Phrases): boolean {
  if (textWords.length === 0) return false;
  const index = indexOf(candidates);
  if (index.hasEmpty) return true;
  for (let start = 0; start < textWords.length; start++) {
    const word = textWords[start]!;
    for (const phrase of index.byFirst.get(word) ?? []) if (occursAt(textWords, start, phrase)) return true;
    if (word.length < 6) continue;
    for (const first of typoNeighbours(index, word)) {
      for (const phrase of index.byFirst.get(first)!) if (occursAt(textWords, start, phrase)) return true;
    }
  }
  return false;
}

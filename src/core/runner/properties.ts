import type { Verdict } from './compare';

/**
 * Checkers for answers that have more than one right form. Each receives the actual value,
 * the case's arguments and the reference answer, and says whether the answer is acceptable.
 */
export const propertyCheckers: Record<string, (actual: unknown, args: unknown[], expected: unknown) => Verdict> = {
  /**
   * Text splitters: every chunk is trimmed, non-empty and at most chunkSize characters; the
   * chunks, whitespace aside, reproduce the text in order; and there are no more chunks than
   * the reference's greedy split makes (so splitting into single words does not pass).
   */
  'splits-text'(actual, args, expected) {
    const [text, chunkSize] = args as [string, number];
    if (!Array.isArray(actual) || !actual.every((chunk) => typeof chunk === 'string')) {
      return { pass: false, reason: 'expected a list of strings' };
    }
    const chunks = actual as string[];
    const bad = chunks.findIndex((chunk) => chunk !== chunk.trim() || chunk.length === 0 || chunk.length > chunkSize);
    if (bad >= 0) {
      return { pass: false, reason: `chunk ${bad} is empty, untrimmed or longer than ${chunkSize} characters` };
    }
    const squeeze = (value: string) => value.replace(/\s+/g, '');
    if (squeeze(chunks.join('')) !== squeeze(text)) {
      return { pass: false, reason: 'the chunks do not reproduce the text in order' };
    }
    const limit = (expected as string[]).length;
    if (chunks.length > limit) return { pass: false, reason: `${chunks.length} chunks where ${limit} suffice` };
    return { pass: true };
  },
};

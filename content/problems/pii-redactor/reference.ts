export type Kind = 'email' | 'phone' | 'card';

export interface Span {
  start: number;
  end: number; // exclusive
  kind: Kind;
}

const KIND_ORDER: Record<Kind, number> = { email: 0, card: 1, phone: 2 };
const MASKS: Record<Kind, string> = { email: '[EMAIL]', card: '[CARD]', phone: '[PHONE]' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isLocalChar = (c: string) => isLetter(c) || isDigit(c) || '._%+-'.includes(c);
const isDomainChar = (c: string) => isLetter(c) || isDigit(c) || c === '.' || c === '-';

function emailCandidates(text: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalChar(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && isDomainChar(text[end]!)) end++;
    while (end > at + 1 && text[end - 1] === '.') end--;
    const labels = text.slice(at + 1, end).split('.');
    const last = labels[labels.length - 1]!;
    const valid = start < at && labels.length >= 2 && labels.every((label) => label.length > 0) && last.length >= 2 && [...last].every(isLetter);
    if (valid) found.push({ start, end, kind: 'email' });
  }
  return found;
}

/** Maximal runs of digits in which neighbouring digits are adjacent or one separator apart. */
function digitRuns(text: string, separators: string): { start: number; end: number; digits: string }[] {
  const runs = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let digits = text[i]!;
    i++;
    for (;;) {
      if (isDigit(text[i])) digits += text[i++];
      else if (separators.includes(text[i] ?? '\0') && isDigit(text[i + 1])) i++;
      else break;
    }
    runs.push({ start, end: i, digits });
  }
  return runs;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let value = Number(digits[i]);
    if (double) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

export function redactPii(text: string): { spans: Span[]; redacted: string } {
  const candidates = emailCandidates(text);
  for (const run of digitRuns(text, ' -.')) {
    if (run.digits.length >= 10 && run.digits.length <= 15) {
      candidates.push({ start: text[run.start - 1] === '+' ? run.start - 1 : run.start, end: run.end, kind: 'phone' });
    }
  }
  for (const run of digitRuns(text, ' -')) {
    if (run.digits.length >= 13 && run.digits.length <= 19 && passesLuhn(run.digits)) {
      candidates.push({ start: run.start, end: run.end, kind: 'card' });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const spans: Span[] = [];
  for (const candidate of candidates) {
    if (spans.length === 0 || candidate.start >= spans[spans.length - 1]!.end) spans.push(candidate);
  }
  let redacted = '';
  let position = 0;
  for (const span of spans) {
    redacted += text.slice(position, span.start) + MASKS[span.kind];
    position = span.end;
  }
  return { spans, redacted: redacted + text.slice(position) };
}

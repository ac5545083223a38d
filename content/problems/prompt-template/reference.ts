export class TemplateSyntaxError extends Error {
  readonly position: number;
  constructor(position: number) {
    super(`template syntax error: bad placeholder at position ${position}`);
    this.name = 'TemplateSyntaxError';
    this.position = position;
  }
}

export class MissingVariablesError extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    super(`missing variables: ${missing.join(', ')}`);
    this.name = 'MissingVariablesError';
    this.missing = [...missing];
  }
}

type Part = { literal: string } | { name: string };

const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9');

/** Splits the template into literal text and placeholder names, or throws at the first bad placeholder. */
function parse(template: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === '\\' && i + 1 < template.length && '{}\\'.includes(template[i + 1]!)) {
      literal += template[i + 1];
      i += 2;
    } else if (c === '{' && template[i + 1] === '{') {
      const open = i;
      i += 2;
      while (template[i] === ' ') i++;
      const start = i;
      if (i < template.length && isNameStart(template[i]!)) {
        i++;
        while (i < template.length && isNameChar(template[i]!)) i++;
      }
      const name = template.slice(start, i);
      while (template[i] === ' ') i++;
      if (name === '' || !template.startsWith('}}', i)) throw new TemplateSyntaxError(open);
      i += 2;
      parts.push({ literal }, { name });
      literal = '';
    } else {
      literal += c;
      i++;
    }
  }
  parts.push({ literal });
  return parts;
}

export function renderTemplate(template: string, vars: Record<string, string>): string {
  const parts = parse(template);
  const missing = new Set<string>();
  for (const part of parts) if ('name' in part && !Object.hasOwn(vars, part.name)) missing.add(part.name);
  if (missing.size > 0) throw new MissingVariablesError([...missing]);
  return parts.map((part) => ('name' in part ? vars[part.name] : part.literal)).join('');
}

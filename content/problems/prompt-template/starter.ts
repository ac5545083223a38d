// Given: throw these as they are. The tests read `position`, `missing` and the message.
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

export function renderTemplate(template: string, vars: Record<string, string>): string {
  // TODO: scan once for escapes and {{ name }} placeholders (syntax errors first), then
  // report every missing variable, then insert the values verbatim.
  throw new Error('not implemented');
}

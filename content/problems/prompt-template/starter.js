// Given: throw these as they are. The tests read `position`, `missing` and the message.
export class TemplateSyntaxError extends Error {
  /** @param {number} position */
  constructor(position) {
    super(`template syntax error: bad placeholder at position ${position}`);
    this.name = 'TemplateSyntaxError';
    this.position = position;
  }
}

export class MissingVariablesError extends Error {
  /** @param {string[]} missing */
  constructor(missing) {
    super(`missing variables: ${missing.join(', ')}`);
    this.name = 'MissingVariablesError';
    this.missing = [...missing];
  }
}

/**
 * @param {string} template
 * @param {Record<string, string>} vars
 * @returns {string}
 */
export function renderTemplate(template, vars) {
  // TODO: scan once for escapes and {{ name }} placeholders (syntax errors first), then
  // report every missing variable, then insert the values verbatim.
  throw new Error('not implemented');
}

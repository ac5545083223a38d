// Sucrase takes about 100 ms to load, and only a test run needs it: it loads then, not with the extension.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sucrase = () => require('sucrase') as typeof import('sucrase');

export class SolutionSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/**
 * Turns a TypeScript or JavaScript solution (ESM or CommonJS) into CommonJS for the harness.
 * Sucrase keeps every line where it was, so stack-trace lines are the user's lines, and a
 * debugger's breakpoints on the user's lines hold for the compiled code.
 */
export function toCommonJs(source: string, language: 'ts' | 'js', fileName: string): string {
  try {
    return sucrase().transform(source, {
      transforms: language === 'ts' ? ['typescript', 'imports'] : ['imports'],
      filePath: fileName,
      production: true,
    }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /\((\d+):(\d+)\)/.exec(message);
    const line = position ? Number(position[1]) : undefined;
    throw new SolutionSyntaxError(`SyntaxError: ${message.replace(/\s*\(\d+:\d+\)$/, '')}`, line);
  }
}

import { transform } from 'sucrase';

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
 * Sucrase keeps every line where it was, so stack-trace lines are the user's lines. With
 * `sourcePath`, an inline source map points a debugger at the user's own file.
 */
export function toCommonJs(source: string, language: 'ts' | 'js', fileName: string, sourcePath?: string): string {
  try {
    const result = transform(source, {
      transforms: language === 'ts' ? ['typescript', 'imports'] : ['imports'],
      filePath: fileName,
      production: true,
      ...(sourcePath ? { sourceMapOptions: { compiledFilename: `${fileName}.cjs` } } : {}),
    });
    if (!sourcePath || !result.sourceMap) return result.code;
    const map = { ...result.sourceMap, sources: [sourcePath], sourcesContent: [source] };
    return `${result.code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /\((\d+):(\d+)\)/.exec(message);
    const line = position ? Number(position[1]) : undefined;
    throw new SolutionSyntaxError(`SyntaxError: ${message.replace(/\s*\(\d+:\d+\)$/, '')}`, line);
  }
}

import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../core/catalog/load';
import { toListing } from '../core/catalog/listing';
import type { Catalog } from '../core/catalog/types';

const USAGE = `Usage: ai-interview-studio <command> [options]

Commands:
  list [--json]     List the question bank by category.

Options:
  --content <dir>   Use another question bank (default: the one shipped beside this CLI).
  -h, --help        Show this help.`;

/** Exit codes: 0 success, 1 the checked thing failed, 2 usage or input error. */
export class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: string[], io: Io) => number | Promise<number>;

const defaultContentRoot = resolve(__dirname, '..', 'content');

function parse<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, content: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function openCatalog(contentRoot: string | undefined, io: Io): Catalog {
  const catalog = loadCatalog(contentRoot ? resolve(contentRoot) : defaultContentRoot);
  for (const error of catalog.errors) io.err(`warning: ${error.message}`);
  return catalog;
}

const commands: Record<string, Command> = {
  list(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`list takes no arguments, got "${positionals[0]}"`);
    const listing = toListing(openCatalog(values.content, io));
    if (values.json) {
      io.out(JSON.stringify(listing, null, 2));
      return 0;
    }
    for (const category of listing.categories) {
      io.out(`${category.title} (${category.id})`);
      for (const item of category.items) io.out(`  ${item.id.padEnd(32)} ${item.kind.padEnd(8)} ${item.difficulty}`);
    }
    return 0;
  },
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    (name ? io.out : io.err)(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

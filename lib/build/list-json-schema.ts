import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SignalListSchema } from '../lists/schema';

/**
 * lib/lists/signal-list.schema.json, generated from the zod schema so the published JSON Schema
 * cannot drift from what the extension accepts.
 *
 *   npx tsx lib/build/list-json-schema.ts           print it
 *   npx tsx lib/build/list-json-schema.ts --write   rewrite the committed file
 *   npx tsx lib/build/list-json-schema.ts --check   exit 1 when the committed file is out of date
 */

export const SCHEMA_PATH = fileURLToPath(new URL('../lists/signal-list.schema.json', import.meta.url));

/**
 * The JSON Schema text. `io: 'input'` describes what a file may contain: value normalisation is a
 * transform, which JSON Schema cannot express, so the schema checks shape and the parser the rest.
 */
export function renderListJsonSchema(): string {
  const schema = z.toJSONSchema(SignalListSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(args: readonly string[]): number {
  const text = renderListJsonSchema();
  if (!args.includes('--write') && !args.includes('--check')) {
    process.stdout.write(text);
    return 0;
  }
  const current = (() => {
    try {
      return readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      return '';
    }
  })();
  if (args.includes('--check')) {
    if (current !== text) process.stderr.write('signal-list.schema.json is out of date: run npx tsx lib/build/list-json-schema.ts --write\n');
    return current === text ? 0 : 1;
  }
  if (current !== text) writeFileSync(SCHEMA_PATH, text);
  return 0;
}

// Run only as a script, never when imported (the test imports renderListJsonSchema).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}

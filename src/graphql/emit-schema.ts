// Prints the schema built from the type-graphql classes to schema/schema.graphql (sorted, so a change
// shows as a small diff). `npm run schema:emit`; a test fails when the committed file is stale.

import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema.js';

export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  writeFileSync(new URL('../../schema/schema.graphql', import.meta.url), await printedSchema());
  process.stdout.write('wrote schema/schema.graphql\n');
}

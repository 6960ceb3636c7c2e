// Dumps every table of a store, rows sorted, so that two builds can be compared row for row:
//   tsx bench/dump-store.ts <store.db> [out.txt]
// Prints one line per table (rows, sha256 of the sorted rows); with out.txt also writes every row, one
// JSON array a line, for `diff`. The build's own times (builds.started_at, finished_at) and input
// paths are left out: they differ between any two builds of the same articles.

import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const [path, out] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: tsx bench/dump-store.ts <store.db> [out.txt]\n');
  process.exit(2);
}
const db = new Database(path, { readonly: true, fileMustExist: true });
const lines: string[] = [`user_version ${String(db.pragma('user_version', { simple: true }))}`];
const schema = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").raw().all();
lines.push(`schema sha256 ${createHash('sha256').update(JSON.stringify(schema)).digest('hex')}`);
const rows: string[] = [];
const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
for (const table of tables) {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => table !== 'builds' || c === 'pipeline_version' || c === 'parameters');
  const list = columns.map((c) => `"${c}"`).join(', ');
  const hash = createHash('sha256');
  let count = 0;
  for (const row of db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).raw().iterate()) {
    const line = `${table}\t${JSON.stringify(row)}`;
    hash.update(line).update('\n');
    if (out) rows.push(line);
    count++;
  }
  lines.push(`${table} ${count} rows sha256 ${hash.digest('hex')}`);
}
db.close();
if (out) writeFileSync(out, `${rows.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);

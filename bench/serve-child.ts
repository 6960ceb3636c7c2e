// A server for the serving benchmark in its own process, so that the load generator does not share its
// thread: `tsx bench/serve-child.ts graphql|bare <store.db>` prints {"url": ...} once listening, answers
// each line "cpu" on stdin with {"cpuUs": ...} (its user + system CPU time so far), and exits when its
// stdin closes (the benchmark ended, or died) or on SIGTERM.

import { createInterface } from 'node:readline';
import { startServer } from '../src/graphql/server.js';
import { startBareServer } from './bare-server.js';

const [kind, dbPath] = process.argv.slice(2);
if ((kind !== 'graphql' && kind !== 'bare') || !dbPath) {
  process.stderr.write('usage: tsx bench/serve-child.ts graphql|bare <store.db>\n');
  process.exit(2);
}
const server = kind === 'graphql' ? await startServer({ dbPath, port: 0, host: '127.0.0.1' }) : await startBareServer(dbPath);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.stdin.on('end', stop);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuUs: user + system })}\n`);
});
process.once('SIGTERM', stop);

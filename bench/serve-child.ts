// A server for the serving benchmark in its own process, so that the load generator does not share its
// thread: `tsx bench/serve-child.ts graphql|bare <store.db>` prints {"url": ...} once listening, answers
// each line "cpu" on stdin with {"cpuUs": ...} (its user + system CPU time so far), "profile <path>"
// with {"profiling": true} once its main thread's CPU profile has started, and "profile-end" with
// {"profiled": <path>} once that profile is written; it exits when its stdin closes (the benchmark
// ended, or died) or on SIGTERM.
//
// The profile is taken through node:inspector on the main thread, not with --cpu-prof: under
// `--import tsx` the module hooks run on a second thread, which --cpu-prof profiles too and writes under
// the same --cpu-prof-name, so the file could hold the idle hooks thread instead of the server.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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

let session: Session | null = null;
let profilePath = '';

async function answer(line: string): Promise<unknown> {
  const [command, ...rest] = line.trim().split(' ');
  if (command === 'cpu') {
    const { user, system } = process.cpuUsage();
    return { cpuUs: user + system };
  }
  if (command === 'profile' && rest.length > 0) {
    profilePath = rest.join(' ');
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    // 1 ms between samples, as --cpu-prof takes them.
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    return { profiling: true };
  }
  if (command === 'profile-end' && session) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    session = null;
    writeFileSync(profilePath, JSON.stringify(profile));
    return { profiled: profilePath };
  }
  return null;
}

// One command at a time, answered in order: the benchmark reads the answers line by line.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(async () => {
    const reply = await answer(line);
    if (reply !== null) process.stdout.write(`${JSON.stringify(reply)}\n`);
  });
});
process.stdin.on('end', () => void queue.then(stop));
process.once('SIGTERM', stop);

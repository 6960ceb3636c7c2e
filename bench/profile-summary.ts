// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and the
// functions with the most inclusive time (self plus everything they call), so a profile can be read
// in a terminal and quoted in a note. `afterMs` skips the first milliseconds (a server's start-up) to
// see the steady state. Usage: tsx bench/profile-summary.ts <file.cpuprofile> [top N] [after ms]

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

// tsx compiles each file to one line, so line numbers say little; an anonymous function is named by
// the nearest named function that called it ("(anonymous in assessClaim)").
function labeller(byId: Map<number, ProfileNode>, parent: Map<number, number>): (node: ProfileNode) => string {
  return (node) => {
    const { url } = node.callFrame;
    let name = node.callFrame.functionName;
    for (let up = parent.get(node.id); !name && url && up !== undefined; up = parent.get(up)) {
      const caller = byId.get(up)?.callFrame.functionName;
      if (caller) name = `(anonymous in ${caller})`;
    }
    const file = url.startsWith('file://') ? relative(process.cwd(), new URL(url).pathname) : url;
    return `${name || '(anonymous)'} ${file}`.trim();
  };
}

export function summariseProfile(path: string, top = 25, afterMs = 0): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = labeller(byId, parent);
  // Sample weights in microseconds: each sample lasts until the next one.
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at - profile.startTime < afterMs * 1000) return;
    const us = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
    totalUs += us;
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    // Each ancestor label counted once per sample stack, so recursion does not count twice.
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const l = label(byId.get(up) as ProfileNode);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + us);
    }
  }
  const table = (title: string, map: Map<string, number>): string =>
    `${title}\n${[...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n')}`;
  return `${path}: ${(totalUs / 1000).toFixed(0)} ms sampled\n\n${table('self time', self)}\n\n${table('inclusive time', inclusive)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const [file, top, afterMs] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top N] [after ms]\n');
    process.exit(2);
  }
  process.stdout.write(summariseProfile(file, Number(top ?? 25), Number(afterMs ?? 0)));
}

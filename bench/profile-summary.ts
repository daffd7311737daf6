import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Reads a `node --cpu-prof` profile (from `BENCH_CPU_PROF=DIR npm run
 * bench`) and prints where the time went: the functions with the most
 * self time, and the files with the most time spent in or below them.
 * Usage: node dist/bench/profile-summary.js FILE.cpuprofile [TOP]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary.js FILE.cpuprofile [TOP]');
  process.exit(2);
}
const top = Number(topText ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) {
  for (const child of node.children ?? []) parent.set(child, node.id);
}

const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const selfByFunction = new Map<string, number>();
const inclusiveByFile = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  const name = frameName(node);
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + us);

  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const where = fileOf(byId.get(at));
    if (where && !seen.has(where)) {
      seen.add(where);
      inclusiveByFile.set(where, (inclusiveByFile.get(where) ?? 0) + us);
    }
  }
}

print('self time by function', selfByFunction);
print('time in or below each file', inclusiveByFile);

function print(title: string, values: Map<string, number>): void {
  console.log(`\n${title} (of ${(totalUs / 1e6).toFixed(1)} s sampled)`);
  const rows = [...values].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of rows) {
    const percent = ((us / totalUs) * 100).toFixed(1).padStart(5);
    console.log(`${percent}%  ${name}`);
  }
}

function frameName(node: ProfileNode): string {
  const { functionName, lineNumber } = node.callFrame;
  const where = fileOf(node) ?? '';
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

function fileOf(node: ProfileNode | undefined): string | undefined {
  const url = node?.callFrame.url;
  if (!url) return undefined;
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith('/') ? relative(process.cwd(), path) : path;
}

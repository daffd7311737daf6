import { CASES, type CaseName } from './side.js';

/**
 * What one bench run measures, read from the environment so that
 * `npm run bench` needs no arguments and a quick try is one prefix away:
 * `BENCH_SECONDS=2 BENCH_INVITES=10000 npm run bench`.
 */
export interface BenchSettings {
  /** How long each case runs, in seconds. */
  seconds: number;
  /** Untimed run before each side's cases, in seconds; 0 turns it off. */
  warmupSeconds: number;
  /** How many invites the growth round stores before measuring. */
  invites: number;
  /** Concurrent connections, one measurement each. */
  connections: number[];
  /** Sides to run, by key; all of them unless narrowed. */
  sides: string[];
  /** Cases to run; all of them unless narrowed (say, to profile one). */
  cases: CaseName[];
  /** Log level of our service while measured. */
  logLevel: string;
  /** Folder for `--cpu-prof` output of our service; off when empty. */
  cpuProfileDir: string;
  /** Keep the temporary folders, for looking at logs afterwards. */
  keepData: boolean;
  /** Where the markdown report goes. */
  reportPath: string;
}

export const ALL_SIDES = ['ours', 'prosody-sql', 'prosody-file', 'ceiling'];

export function readSettings(env = process.env): BenchSettings {
  return {
    seconds: positiveNumber(env, 'BENCH_SECONDS', 5),
    warmupSeconds: positiveNumber(env, 'BENCH_WARMUP_SECONDS', 1, true),
    invites: positiveNumber(env, 'BENCH_INVITES', 1_000_000, true),
    connections: numberList(env, 'BENCH_CONNECTIONS', [1, 16, 64]),
    sides: pickList(env, 'BENCH_SIDES', ALL_SIDES),
    cases: pickList(env, 'BENCH_CASES', CASES),
    logLevel: env.BENCH_LOG_LEVEL ?? 'info',
    cpuProfileDir: env.BENCH_CPU_PROF ?? '',
    keepData: env.BENCH_KEEP === '1',
    reportPath: env.BENCH_REPORT ?? 'docs/benchmarks.md',
  };
}

/** The command that reproduces a run with these settings. */
export function reproduceCommand(settings: BenchSettings): string {
  const defaults = readSettings({});
  const prefix: string[] = [];
  if (settings.seconds !== defaults.seconds) {
    prefix.push(`BENCH_SECONDS=${settings.seconds}`);
  }
  if (settings.warmupSeconds !== defaults.warmupSeconds) {
    prefix.push(`BENCH_WARMUP_SECONDS=${settings.warmupSeconds}`);
  }
  if (settings.invites !== defaults.invites) {
    prefix.push(`BENCH_INVITES=${settings.invites}`);
  }
  if (settings.connections.join() !== defaults.connections.join()) {
    prefix.push(`BENCH_CONNECTIONS=${settings.connections.join(',')}`);
  }
  if (settings.sides.join() !== defaults.sides.join()) {
    prefix.push(`BENCH_SIDES=${settings.sides.join(',')}`);
  }
  if (settings.cases.join() !== defaults.cases.join()) {
    prefix.push(`BENCH_CASES=${settings.cases.join(',')}`);
  }
  if (settings.logLevel !== defaults.logLevel) {
    prefix.push(`BENCH_LOG_LEVEL=${settings.logLevel}`);
  }
  return [...prefix, 'npm run bench'].join(' ');
}

function positiveNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  zeroAllowed = false,
): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;

  const value = Number(text);
  const floor = zeroAllowed ? 0 : Number.MIN_VALUE;
  if (!Number.isFinite(value) || value < floor) {
    throw new Error(`${name} must be a positive number, not "${text}"`);
  }
  return value;
}

function numberList(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number[],
): number[] {
  const text = env[name];
  if (text === undefined || text === '') return fallback;

  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`${name} must list whole numbers, like 1,16,64`);
  }
  return values;
}

function pickList<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  all: readonly T[],
): T[] {
  const text = env[name];
  if (text === undefined || text === '') return [...all];

  const picked = text.split(',').map((part) => part.trim());
  const unknown = picked.filter((item) => !all.includes(item as T));
  if (unknown.length > 0) {
    throw new Error(
      `${name}: unknown ${unknown.join(', ')}; pick from ${all.join(', ')}`,
    );
  }
  return all.filter((item) => picked.includes(item));
}

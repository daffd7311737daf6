import { millis, rate } from './format.js';
import { send, type Target } from './http-probe.js';
import { residentMiB } from './machine.js';
import { type Measurement, measure } from './measure.js';
import { storeName } from './report.js';
import { type Round, resultKey } from './round.js';
import type { BenchSettings } from './settings.js';
import type { CaseName, Side } from './side.js';

/**
 * Read-only cases first: invites created by the create case stay in the
 * store, and should not weigh on the others' "empty" figures.
 */
const RUN_ORDER: CaseName[] = ['page', 'refused', 'create'];

/** How long a side may take to answer a probe before it is restarted. */
const SETTLE_MS = 3000;

/** Prepares, starts, checks and measures one side with one store size. */
export async function runSide(
  side: Side,
  storedInvites: number,
  settings: BenchSettings,
): Promise<Round> {
  const where = `${side.label}, ${storeName(storedInvites)}`;
  console.log(`\n${where}: preparing`);
  const fillStart = performance.now();
  await side.prepare(storedInvites);
  const fillSeconds = (performance.now() - fillStart) / 1000;

  const started = await side.start();
  let pid = started.pid;
  console.log(`${where}: serving after ${started.startupMs.toFixed(0)} ms`);
  const checkStart = performance.now();
  const targets = await side.verify();
  const checkMs = performance.now() - checkStart;
  console.log(
    `${where}: answers as expected (checked in ${checkMs.toFixed(0)} ms)`,
  );
  const probe = targets.refused ?? targets.create;
  if (!probe) throw new Error(`${side.label} offers nothing to measure`);

  const round: Round = {
    sideKey: side.key,
    sideLabel: side.label,
    storedInvites,
    fillSeconds,
    startupMs: started.startupMs,
    checkMs,
    rssMiB: null,
    restarts: 0,
    results: new Map(),
  };

  const settle = async () => {
    if (await answersSoon(probe)) return;
    console.log(`${where}: still busy with queued requests, restarting`);
    await side.stop();
    pid = (await side.start()).pid;
    round.restarts++;
  };

  for (const caseName of RUN_ORDER) {
    const target = targets[caseName];
    if (!target || !settings.cases.includes(caseName)) continue;
    if (settings.warmupSeconds > 0) {
      await measure(target, 16, settings.warmupSeconds);
      await settle();
    }
    for (const connections of settings.connections) {
      const m = await measure(target, connections, settings.seconds);
      round.results.set(resultKey(caseName, connections), m);
      console.log(`${where}: ${caseName} at ${connections}: ${summary(m)}`);
      await settle();
    }
  }

  round.rssMiB = residentMiB(pid);
  await side.stop();
  return round;
}

async function answersSoon(target: Target): Promise<boolean> {
  try {
    await send(target.port, target.path, target.headers, SETTLE_MS);
    return true;
  } catch {
    return false;
  }
}

function summary(m: Measurement): string {
  const failures =
    m.unexpected + m.errors > 0
      ? `, ${m.unexpected} other statuses, ${m.errors} errors`
      : '';
  return (
    `${rate(m.requestsPerSecond)} req/s, p50 ${millis(m.p50Ms)} ms, ` +
    `p99 ${millis(m.p99Ms)} ms${failures}`
  );
}

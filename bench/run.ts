import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { CeilingSide } from './ceiling-side.js';
import { killAllNow, stopAll } from './children.js';
import { ensureDebianPackages, PROSODY_PACKAGES } from './debian-packages.js';
import { describeMachine, isBusy, loadNow } from './machine.js';
import { ProsodySide } from './prosody-side.js';
import { renderDocument, renderTables } from './report.js';
import type { Round } from './round.js';
import { runSide } from './run-side.js';
import { ServiceSide } from './service-side.js';
import { type ServiceSnapshot, snapshotService } from './service-snapshot.js';
import {
  type BenchSettings,
  readSettings,
  reproduceCommand,
} from './settings.js';
import type { Side } from './side.js';

/**
 * `npm run bench`: this service, Prosody's invite suite with both its
 * storages, and a bare Fastify route, measured one after the other in one
 * run on this machine, first with empty stores, then with many invites.
 */
async function main(): Promise<void> {
  const settings = readSettings();
  const loadAtStart = loadNow();
  if (isBusy(loadAtStart)) {
    console.warn(
      `load average ${loadAtStart.toFixed(2)}: other work is running, and ` +
        'it will skew the figures; a quiet machine gives steadier ones',
    );
  }
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (settings.sides.some((key) => key.startsWith('prosody'))) {
    ensureDebianPackages(PROSODY_PACKAGES);
  }
  const snapshot = settings.sides.includes('ours')
    ? snapshotService(root)
    : undefined;
  const sides = makeSides(settings, snapshot).filter((side) =>
    settings.sides.includes(side.key),
  );
  installStopHandlers(sides, snapshot);

  const sizes = settings.invites > 0 ? [0, settings.invites] : [0];
  const rounds: Round[] = [];
  try {
    for (const size of sizes) {
      for (const side of sides) {
        if (size > 0 && !side.hasStore) continue;
        rounds.push(await runSide(side, size, settings));
      }
    }
  } finally {
    for (const side of sides) await side.dispose();
    snapshot?.remove();
  }

  const report = {
    rounds,
    settings,
    machine: describeMachine(sqliteVersion(), loadAtStart),
    command: reproduceCommand(settings),
    date: new Date(),
  };
  console.log(`\n${renderTables(report)}\n`);

  const reportPath = resolve(root, settings.reportPath);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, renderDocument(report));
  console.log(`written to ${settings.reportPath}`);
}

function makeSides(
  settings: BenchSettings,
  snapshot: ServiceSnapshot | undefined,
): Side[] {
  return [
    new ServiceSide({ ...settings, program: snapshot?.program ?? '' }),
    new ProsodySide('sql', settings.keepData),
    new ProsodySide('file', settings.keepData),
    new CeilingSide(),
  ];
}

/**
 * Ctrl-C or a kill stops every server the bench started, by pid, and
 * removes their folders; a crash still kills them on the way out.
 */
function installStopHandlers(
  sides: Side[],
  snapshot: ServiceSnapshot | undefined,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the servers the bench started`);
    await stopAll();
    for (const side of sides) await side.dispose().catch(() => {});
    snapshot?.remove();
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('exit', killAllNow);
}

function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    const row = db.prepare('SELECT sqlite_version() AS v').get() as {
      v: string;
    };
    return row.v;
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});

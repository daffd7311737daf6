import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './run-command.js';
import { isRoot } from './service-user.js';

const POLICY_RC = '/usr/sbin/policy-rc.d';
const LOCK_FILE = join(tmpdir(), 'xmpp-invites-apt.lock');
const UPDATED_STAMP = join(tmpdir(), 'xmpp-invites-apt-updated');

/**
 * Pid files of the system instances that Debian's packages would start
 * on install; if one appears despite policy-rc.d, it is stopped.
 */
const PACKAGE_PID_FILES = [
  '/run/prosody/prosody.pid',
  '/run/ejabberd/ejabberd.pid',
  '/run/postgresql/15-main.pid',
];

/**
 * Makes sure Debian packages are installed. As root, missing ones are
 * installed with apt-get (the package lists are updated once per machine
 * and hour); otherwise this throws with the exact command to run, so a
 * suite never skips a test for want of a server.
 */
export async function ensureDebianPackages(names: string[]): Promise<void> {
  const missing = names.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;

  const command = installCommand(missing);
  if (!isRoot()) {
    throw new Error(
      `missing Debian packages ${missing.join(', ')}; install them as root ` +
        `with: ${command}`,
    );
  }

  holdBackServices();
  // flock: test files run in parallel workers and dpkg takes one at a time.
  const script = [
    `[ -n "$(find ${UPDATED_STAMP} -mmin -60 2>/dev/null)" ] || ` +
      `{ apt-get update && touch ${UPDATED_STAMP}; }`,
    command,
  ].join(' && ');
  await runCommand('flock', [LOCK_FILE, 'sh', '-c', script], {
    timeoutMs: 20 * 60_000,
  });
  stopPackageServices();

  const stillMissing = missing.filter((name) => !isInstalled(name));
  if (stillMissing.length > 0) {
    throw new Error(`${command} left ${stillMissing.join(', ')} missing`);
  }
}

function installCommand(names: string[]): string {
  return (
    'DEBIAN_FRONTEND=noninteractive apt-get install -y ' +
    `-o DPkg::Lock::Timeout=600 ${names.join(' ')}`
  );
}

// dpkg-query's own format syntax, not a JavaScript template.
const STATUS_FORMAT = '-f=$' + '{Status}';

function isInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', STATUS_FORMAT, name], {
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * A policy-rc.d that exits 101 tells the packages' install scripts not
 * to start their services. It stays in place afterwards: a later install
 * must not start them either, and CI machines are thrown away.
 */
function holdBackServices(): void {
  if (existsSync(POLICY_RC) && statSync(POLICY_RC).size > 0) return;
  writeFileSync(POLICY_RC, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
}

function stopPackageServices(): void {
  for (const pidFile of PACKAGE_PID_FILES) {
    if (!existsSync(pidFile)) continue;
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 1) continue;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone: the pid file was stale.
    }
  }
}

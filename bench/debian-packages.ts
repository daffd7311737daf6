import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** Prosody 0.12, the community modules holding the invite suite, SQLite. */
export const PROSODY_PACKAGES = [
  'prosody',
  'prosody-modules',
  'lua-dbi-sqlite3',
];

const POLICY_RC = '/usr/sbin/policy-rc.d';

/**
 * Installs what is missing when running as root; otherwise fails with the
 * command that installs it, so the bench never quietly drops a side.
 */
export function ensureDebianPackages(packages: string[]): void {
  const missing = packages.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;

  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages; install them with: ${command}`);
  }

  console.log(`installing ${missing.join(', ')} (${command})`);
  withServicesHeldBack(() => {
    if (!aptGet(['install', '-y', ...missing])) {
      aptGet(['update']);
      if (!aptGet(['install', '-y', ...missing])) {
        throw new Error(`${command} failed`);
      }
    }
  });
}

function isInstalled(name: string): boolean {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's syntax
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], {
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * A policy-rc.d that exits 101 stops the packages from starting their own
 * system Prosody, which would hold ports and data the bench does not own.
 */
function withServicesHeldBack(work: () => void): void {
  const ours = !existsSync(POLICY_RC);
  if (ours) writeFileSync(POLICY_RC, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    work();
  } finally {
    if (ours) rmSync(POLICY_RC, { force: true });
  }
}

function aptGet(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

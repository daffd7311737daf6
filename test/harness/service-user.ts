import { chownSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A system account that a Debian package created for its daemon. */
export interface ServiceUser {
  name: string;
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * The account a server should run as: the package's own user when we are
 * root (the daemons refuse or warn as root), or nobody in particular when
 * we are not, in which case the server simply runs as the current user.
 */
export function serviceUser(name: string): ServiceUser | undefined {
  if (!isRoot()) return undefined;

  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) {
    throw new Error(`system user ${name} is missing; reinstall its package`);
  }

  const [, , uid, gid] = line.split(':');
  return { name, uid: Number(uid), gid: Number(gid) };
}

/** Gives a folder and everything in it to the service user. */
export function chownTree(path: string, user: ServiceUser | undefined): void {
  if (!user) return;

  chownSync(path, user.uid, user.gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chownTree(child, user);
    else chownSync(child, user.uid, user.gid);
  }
}

/** Options for `spawn` that run the child as the service user. */
export function runAs(user: ServiceUser | undefined) {
  return user ? { uid: user.uid, gid: user.gid } : {};
}

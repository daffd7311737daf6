import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * A private copy of the built service, taken right after `npm run build`.
 * A bench run lasts minutes; a rebuild of `dist/` in the meantime (by a
 * test run or an editor) would swap the program under it halfway. The
 * copy lives under node_modules/.cache so that it is ignored by git and
 * still resolves the project's dependencies.
 */
export interface ServiceSnapshot {
  /** The copied `dist/bin/xmpp-invites.js`. */
  program: string;
  remove(): void;
}

export function snapshotService(root: string): ServiceSnapshot {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'bin', 'xmpp-invites.js'))) {
    throw new Error('dist/bin/xmpp-invites.js is missing: run npm run build');
  }

  const copy = join(
    root,
    'node_modules',
    '.cache',
    'xmpp-invites-bench',
    String(process.pid),
  );
  mkdirSync(copy, { recursive: true });
  cpSync(dist, copy, {
    recursive: true,
    filter: (source) => !isBenchOutput(relative(dist, source)),
  });
  return {
    program: join(copy, 'bin', 'xmpp-invites.js'),
    remove: () => rmSync(copy, { recursive: true, force: true }),
  };
}

function isBenchOutput(path: string): boolean {
  return path === 'bench' || path.startsWith(`bench${sep}`);
}

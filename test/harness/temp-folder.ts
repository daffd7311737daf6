import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackFolder } from './cleanup.js';

/** A fresh folder under the system's temp folder, removed at exit. */
export function makeTempFolder(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), `xmpp-invites-${prefix}-`));
  trackFolder(path);
  return path;
}

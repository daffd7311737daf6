import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../support/service-process.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());

describe('migrations on a fresh SQLite file', () => {
  it('succeed when four processes start them at the same moment', async () => {
    workspace.writeConfig(`database: sqlite:./data/fresh.db
hosts:
  example.com:
    base_url: https://example.com
`);
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => workspace.cli('migrate')),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const applied = runs.filter((r) => r.stdout.startsWith('applied'));
    expect(applied.length).toBeGreaterThanOrEqual(1);

    const again = await workspace.cli('migrate');
    expect(again.stdout).toBe('already up to date\n');
  });
});

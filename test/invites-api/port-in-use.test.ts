import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, Workspace } from '../support/service-process.js';

const workspace = new Workspace();
afterAll(() => workspace.remove());

describe('a port already in use', () => {
  it('stops serve with one line and a non-zero exit, leaving nothing open', async () => {
    const port = await freePort();
    const squatter = createServer();
    await new Promise<void>((done) => squatter.listen(port, '127.0.0.1', done));
    workspace.writeConfig(`listen: 127.0.0.1:${port}
database: sqlite:./data/x.db
hosts:
  example.com:
    base_url: https://example.com
`);
    // The test's own time-out would catch a process kept alive.
    const result = await workspace.cli('serve');
    squatter.close();

    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('EADDRINUSE');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Child, startChild, stopChild } from './children.js';
import { freePort } from './free-port.js';
import { expectAnswer, type Target, waitUntilServing } from './http-probe.js';
import type { CaseName, Side, Started } from './side.js';

const SERVER = fileURLToPath(new URL('./ceiling-server.js', import.meta.url));

/** The bare Fastify route: measured for invite creation only. */
export class CeilingSide implements Side {
  readonly key = 'ceiling';
  readonly label = 'ceiling';
  readonly hasStore = false;

  private dir = '';
  private port = 0;
  private child: Child | undefined;

  async prepare(): Promise<void> {
    await this.dispose();
    this.dir = mkdtempSync(join(tmpdir(), 'bench-ceiling-'));
    this.port = await freePort();
  }

  async start(): Promise<Started> {
    const startedAt = process.hrtime.bigint();
    const child = startChild({
      name: this.label,
      command: process.execPath,
      args: [SERVER, String(this.port)],
      logFile: join(this.dir, 'ceiling.log'),
    });
    this.child = child;
    const startupMs = await waitUntilServing(
      this.port,
      startedAt,
      child.exited,
    );
    return { pid: child.pid, startupMs };
  }

  async verify(): Promise<Partial<Record<CaseName, Target>>> {
    const create: Target = {
      port: this.port,
      path: '/invites_api',
      headers: { host: 'example.com', authorization: 'Bearer a/b' },
      expectedStatus: 201,
    };
    const answer = await expectAnswer('ceiling', create);
    if (!answer.headers.location) {
      throw new Error('ceiling: the answer has no Location header');
    }
    return { create };
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child);
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (this.dir) rmSync(this.dir, { recursive: true });
    this.dir = '';
  }
}

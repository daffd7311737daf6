import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, createWriteStream } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';

const RELAY = new URL('../fixtures/extauth-relay.mjs', import.meta.url);

export interface ExtauthRelay {
  /** What ejabberd's `extauth_program` should be. */
  command: string;
  close(): Promise<void>;
}

/**
 * ejabberd runs its extauth program as the `ejabberd` user, who often
 * cannot read the checkout (CI clones under /root). So ejabberd runs a
 * small relay from the server's temp folder instead, and this process
 * runs the real program, one per connection as ejabberd opens them,
 * with its stderr in `extauth.log`.
 */
export async function startExtauthRelay(
  folder: string,
  program: string,
): Promise<ExtauthRelay> {
  const relayFile = join(folder, 'extauth-relay.mjs');
  const socketPath = join(folder, 'extauth.sock');
  copyFileSync(RELAY, relayFile);
  const log = createWriteStream(join(folder, 'extauth.log'), { flags: 'a' });

  // ejabberd splits extauth_program on spaces, and so do we.
  const [command = '', ...args] = program.trim().split(/\s+/);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    socket.pipe(child.stdin);
    child.stdout.pipe(socket);
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => {
      log.write(`cannot start ${command}: ${error.message}\n`);
      socket.destroy();
    });
    child.on('exit', () => socket.end());
    socket.on('close', () => {
      sockets.delete(socket);
      child.stdin.end();
    });
    socket.on('error', () => child.kill());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  // The relay runs as the ejabberd user; the folder is only its own.
  chmodSync(socketPath, 0o666);

  return {
    command: `${process.execPath} ${relayFile} ${socketPath}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      log.end();
    },
  };
}

import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nobody listens on right now. The kernel
 * picks it; another process could take it before the caller binds, which
 * on a test machine is rare enough to accept.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

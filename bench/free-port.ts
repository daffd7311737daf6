import { createServer } from 'node:net';

/**
 * A port nobody listens on right now. The small race until the server
 * binds it is fine for a bench: a clash fails loudly at start-up.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP relay on 127.0.0.1 in front of a real server, that can stop
 * passing on what the client sends: the client's write succeeds, the
 * server never sees the bytes. That is how a request gets sent but not
 * answered, the case a real server cannot be made to show on demand.
 */
export interface HoldingRelay {
  readonly port: number;
  /** Holds client bytes from the first chunk that contains `text` on. */
  holdFrom(text: string): void;
  /** How many client chunks are held now. */
  held(): number;
  /** Passes on what was held, and everything after it. */
  release(): void;
  /** Ends every connection at once; what was held is thrown away. */
  cut(): void;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket;
  held: Buffer[];
}

export async function startHoldingRelay(
  targetPort: number,
): Promise<HoldingRelay> {
  const pairs = new Set<Pair>();
  let trigger: string | undefined;

  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    const pair: Pair = { client, upstream, held: [] };
    pairs.add(pair);

    upstream.on('data', (chunk) => client.write(chunk));
    client.on('data', (chunk: Buffer) => {
      const holding = pair.held.length > 0 || matches(chunk, trigger);
      if (holding) pair.held.push(chunk);
      else upstream.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    for (const socket of [client, upstream]) {
      socket.on('close', end);
      socket.on('error', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');

  return {
    port: address.port,
    holdFrom(text) {
      trigger = text;
    },
    held: () => [...pairs].reduce((sum, pair) => sum + pair.held.length, 0),
    release() {
      trigger = undefined;
      for (const pair of pairs) {
        for (const chunk of pair.held.splice(0)) pair.upstream.write(chunk);
      }
    },
    cut,
    async close() {
      cut();
      await new Promise((resolve) => server.close(resolve));
    },
  };

  function cut(): void {
    trigger = undefined;
    for (const pair of pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
  }
}

function matches(chunk: Buffer, text: string | undefined): boolean {
  return text !== undefined && chunk.toString('utf8').includes(text);
}

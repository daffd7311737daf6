import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP relay on 127.0.0.1 in front of a real server, that can stop
 * passing bytes on in one direction: held client bytes were written as
 * far as the client can tell but never reach the server; held server
 * bytes are an answer the server gave that never reaches the client.
 * That is how a request goes unanswered, which a real server cannot be
 * made to do on demand.
 */
export interface HoldingRelay {
  readonly port: number;
  /** Holds what `from` sends, from its first chunk with `text` on. */
  holdFrom(text: string, from?: Side): void;
  /** How many chunks are held now. */
  held(): number;
  /** Passes on what was held, and everything after it. */
  release(): void;
  /** Ends every connection at once; what was held is thrown away. */
  cut(): void;
  close(): Promise<void>;
}

type Side = 'client' | 'server';

/** One direction of one connection. */
interface Flow {
  from: Side;
  to: Socket;
  held: Buffer[];
}

export async function startHoldingRelay(
  targetPort: number,
): Promise<HoldingRelay> {
  const flows = new Set<Flow>();
  const sockets = new Set<Socket>();
  let trigger: { text: string; from: Side } | undefined;

  const relay = (from: Side, source: Socket, to: Socket) => {
    const flow: Flow = { from, to, held: [] };
    flows.add(flow);
    source.on('data', (chunk: Buffer) => {
      if (flow.held.length > 0 || starts(flow, chunk)) flow.held.push(chunk);
      else to.write(chunk);
    });
    source.on('close', () => flows.delete(flow));
  };
  const starts = (flow: Flow, chunk: Buffer) =>
    trigger?.from === flow.from &&
    chunk.toString('utf8').includes(trigger.text);

  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    relay('client', client, upstream);
    relay('server', upstream, client);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      const end = () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      };
      socket.on('close', end);
      socket.on('error', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');

  function cut(): void {
    trigger = undefined;
    for (const socket of sockets) socket.destroy();
  }

  return {
    port: address.port,
    holdFrom(text, from = 'client') {
      trigger = { text, from };
    },
    held: () => [...flows].reduce((sum, flow) => sum + flow.held.length, 0),
    release() {
      trigger = undefined;
      for (const flow of flows) {
        for (const chunk of flow.held.splice(0)) flow.to.write(chunk);
      }
    },
    cut,
    async close() {
      cut();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

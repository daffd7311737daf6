import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP relay on 127.0.0.1 in front of a real server, that can stop
 * passing bytes on in one direction: held client bytes were written as
 * far as the client can tell but never reach the server; held server
 * bytes are an answer the server gave that never reaches the client.
 * That is how a request goes unanswered, which a real server cannot be
 * made to do on demand. It can also speak for the server, sending the
 * client bytes no real server would send.
 */
export interface HoldingRelay {
  readonly port: number;
  /**
   * Holds what `from` sends, from its first chunk with `text` on, on
   * every connection, those opened later included; `''` holds all.
   */
  holdFrom(text: string, from?: Side): void;
  /**
   * Holds only the chunks from `from` with `text` in them, and passes the
   * rest on: one late answer on a connection that otherwise works. Meant
   * for chunks that are whole stanzas, as a server's answers are.
   */
  holdEach(text: string, from?: Side): void;
  /** Holds everything on the connections open now; later ones pass. */
  stall(): void;
  /** How many chunks are held now. */
  held(): number;
  /** Passes on what was held, and everything after it. */
  release(): void;
  /** Sends `bytes` to every client now, as if from the server. */
  inject(bytes: string): void;
  /**
   * From now on, sends `bytes` to the client shortly after each server
   * chunk with `text` in it; `undefined` stops that, at once.
   */
  spoil(text: string | undefined, bytes?: string): void;
  /** How many client connections were accepted so far. */
  connections(): number;
  /** Ends every connection at once; what was held is thrown away. */
  cut(): void;
  /** Ends every connection with a TCP reset, as a crashed server's host. */
  reset(): void;
  close(): Promise<void>;
}

type Side = 'client' | 'server';

/** One direction of one connection. */
interface Flow {
  from: Side;
  to: Socket;
  holding: boolean;
  held: Buffer[];
}

/** Long enough for the client to act on the chunk before the bytes. */
const SPOIL_DELAY_MS = 50;

export interface RelayOptions {
  /**
   * Keeps a connection the client closed its side of open, as a server
   * that ignores the client's goodbye; Node's servers close at once.
   */
  halfOpen?: boolean;
}

export async function startHoldingRelay(
  targetPort: number,
  options: RelayOptions = {},
): Promise<HoldingRelay> {
  const flows = new Set<Flow>();
  const sockets = new Set<Socket>();
  let trigger: { text: string; from: Side; each: boolean } | undefined;
  let spoiler: { text: string; bytes: string } | undefined;
  let accepted = 0;

  const relay = (from: Side, source: Socket, to: Socket) => {
    const flow: Flow = { from, to, holding: false, held: [] };
    flows.add(flow);
    source.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      const matches = trigger?.from === from && text.includes(trigger.text);
      if (matches && !trigger?.each) flow.holding = true;
      if (flow.holding || matches) flow.held.push(chunk);
      else to.write(chunk);
      if (from === 'server' && spoiler && text.includes(spoiler.text)) {
        const { bytes } = spoiler;
        const spoil = () => spoiler && !to.destroyed && to.write(bytes);
        setTimeout(spoil, SPOIL_DELAY_MS);
      }
    });
    source.on('close', () => flows.delete(flow));
  };

  const { halfOpen = false } = options;
  const server = createServer({ allowHalfOpen: halfOpen }, (client) => {
    accepted += 1;
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
    spoiler = undefined;
    for (const socket of sockets) socket.destroy();
  }

  return {
    port: address.port,
    holdFrom(text, from = 'client') {
      trigger = { text, from, each: false };
    },
    holdEach(text, from = 'client') {
      trigger = { text, from, each: true };
    },
    stall() {
      for (const flow of flows) flow.holding = true;
    },
    held: () => [...flows].reduce((sum, flow) => sum + flow.held.length, 0),
    release() {
      trigger = undefined;
      for (const flow of flows) {
        flow.holding = false;
        for (const chunk of flow.held.splice(0)) flow.to.write(chunk);
      }
    },
    inject(bytes) {
      for (const flow of flows) {
        if (flow.from === 'server') flow.to.write(bytes);
      }
    },
    spoil(text, bytes = '') {
      spoiler = text === undefined ? undefined : { text, bytes };
    },
    connections: () => accepted,
    cut,
    reset() {
      trigger = undefined;
      spoiler = undefined;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    async close() {
      cut();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createJsonPoster } from './json-poster.js';

// Loopback HTTP servers that misbehave on purpose: when a POST counts as
// sent is about sockets, and no real ejabberd fails on demand.
const servers: Server[] = [];

async function serve(handle: Parameters<typeof createServer>[1]) {
  const server = createServer(handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
}

function posterFor(baseUrl: string) {
  return createJsonPoster({
    baseUrl,
    headers: {},
    timeoutMs: 300,
    maxSockets: 2,
  });
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('createJsonPoster', () => {
  it('posts JSON to base/path and returns the answer', async () => {
    const url = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => response.end(`${request.url} ${body}`));
    });
    const poster = posterFor(`${url}/`);
    const outcome = await poster.post('register', { user: 'ann' });
    poster.close();
    expect(outcome).toMatchObject({
      type: 'answered',
      status: 200,
      text: '/api/register {"user":"ann"}',
    });
  });

  it('says a refused connection was not sent', async () => {
    const url = await serve(() => {});
    const closed = servers.pop();
    await new Promise((resolve) => closed?.close(resolve));
    const outcome = await posterFor(url).post('register', {});
    expect(outcome).toMatchObject({ type: 'failed', sent: false });
  });

  it('says a request without an answer in time was sent', async () => {
    const url = await serve((request) => request.resume());
    const started = Date.now();
    const outcome = await posterFor(url).post('register', {});
    expect(outcome).toMatchObject({ type: 'failed', sent: true });
    expect(outcome.type === 'failed' && outcome.error.name).toBe(
      'TimeoutError',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('says a connection reset after the request was read was sent', async () => {
    const url = await serve((request) => {
      request.on('end', () => request.socket.destroy());
      request.resume();
    });
    const outcome = await posterFor(url).post('register', {});
    expect(outcome).toMatchObject({ type: 'failed', sent: true });
  });
});

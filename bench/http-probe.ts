import { request } from 'node:http';
import { sleep } from './children.js';

/** One request as every side is measured with it. */
export interface Target {
  port: number;
  /** Path and query, like `/invites_api?x`. */
  path: string;
  headers: Record<string, string>;
  /** The status a correct answer has; anything else counts as a failure. */
  expectedStatus: number;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A single GET over loopback. `fetch` cannot be used: it drops the Host
 * header, and Prosody picks its virtual host from it.
 */
export function send(
  port: number,
  path: string,
  headers: Record<string, string>,
  timeoutMs = 5000,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'GET', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error(`no answer within ${timeoutMs} ms`));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Polls until the server answers anything at all, and returns the time
 * since `startedAt`: the start-up time the issue asks for.
 */
export async function waitUntilServing(
  port: number,
  startedAt: bigint,
  exited: Promise<unknown>,
  limitMs = 60_000,
): Promise<number> {
  let dead = false;
  void exited.then(() => {
    dead = true;
  });

  while (!dead) {
    const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
    if (elapsedMs > limitMs) break;
    try {
      await send(port, '/', {}, 1000);
      return Number(process.hrtime.bigint() - startedAt) / 1e6;
    } catch {
      await sleep(5);
    }
  }
  throw new Error(
    dead
      ? `the server on port ${port} exited before serving`
      : `the server on port ${port} did not answer within ${limitMs} ms`,
  );
}

/**
 * Checks one target answers as the bench expects, before measuring it.
 * Patient: Prosody's file storage takes the better part of a minute to
 * create one invite beside a million others.
 */
export async function expectAnswer(
  label: string,
  target: Target,
): Promise<Answer> {
  const answer = await send(target.port, target.path, target.headers, 600_000);
  if (answer.status !== target.expectedStatus) {
    throw new Error(
      `${label}: expected ${target.expectedStatus}, got ${answer.status}` +
        ` (${answer.body.slice(0, 200).replace(/\s+/g, ' ')})`,
    );
  }
  return answer;
}

/** The path and query of a Location header, to request it over loopback. */
export function locationPath(label: string, answer: Answer): string {
  const location = answer.headers.location;
  if (typeof location !== 'string' || location === '') {
    throw new Error(`${label}: the answer has no Location header`);
  }
  const url = new URL(location);
  return `${url.pathname}${url.search}`;
}

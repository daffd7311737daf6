import http from 'node:http';
import https from 'node:https';
import { TimeoutError } from '../../util/with-timeout.js';

/**
 * How one POST ended. `sent` tells whether the whole request had been
 * handed to the operating system before it failed: until then the server
 * cannot have acted on it.
 */
export type PostOutcome =
  | { type: 'answered'; status: number; statusText: string; text: string }
  | { type: 'failed'; error: Error; sent: boolean };

export interface JsonPosterOptions {
  /** Where paths are taken from, like http://127.0.0.1:5280/api */
  baseUrl: string;
  /** Sent with every request, like `authorization`. */
  headers: Record<string, string>;
  /** How long one request may take, answer included. */
  timeoutMs: number;
  /** Connections kept open to the server at most. */
  maxSockets: number;
}

/**
 * POSTs JSON over kept-alive connections. It uses node:http rather than
 * fetch because fetch cannot say whether a failed request had been sent;
 * node:http emits `finish` once the socket took the whole request.
 */
export function createJsonPoster(options: JsonPosterOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const secure = base.startsWith('https:');
  const transport = secure ? https : http;
  const agent = new transport.Agent({
    keepAlive: true,
    maxSockets: options.maxSockets,
  });

  /** POSTs `body` as JSON to `{baseUrl}/{path}`. */
  function post(path: string, body: unknown): Promise<PostOutcome> {
    const url = new URL(`${base}/${path}`);
    const payload = JSON.stringify(body);

    return new Promise((resolve) => {
      let sent = false;
      const fail = (error: Error) => {
        clearTimeout(timer);
        resolve({ type: 'failed', error, sent });
      };
      const request = transport.request(url, {
        method: 'POST',
        agent,
        headers: {
          ...options.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      });
      const timer = setTimeout(
        () => request.destroy(new TimeoutError(options.timeoutMs)),
        options.timeoutMs,
      );

      request.on('finish', () => {
        sent = true;
      });
      request.on('error', fail);
      request.on('response', (response) => {
        // An answer, even an early one, means the server saw the request.
        sent = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('close', () => {
          if (!response.complete) fail(new Error('answer cut short'));
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            type: 'answered',
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      request.end(payload);
    });
  }

  /** Closes the kept-alive connections. */
  function close(): void {
    agent.destroy();
  }

  return { post, close };
}

import { createJsonPoster, type PostOutcome } from './json-poster.js';

/**
 * What one call to ejabberd's mod_http_api came back with: `failed` when
 * the request could not be sent, `unanswered` when it was sent and no
 * answer came (ejabberd may have acted on it).
 */
export type ApiReply =
  | { type: 'ok'; body: unknown }
  | { type: 'error'; status: number; code: number | undefined; message: string }
  | { type: 'failed'; detail: string }
  | { type: 'unanswered'; detail: string };

export interface EjabberdApiOptions {
  /** Base URL of mod_http_api, like http://127.0.0.1:5280/api */
  url: string;
  /** The admin's JID and password, sent as HTTP basic auth. */
  user: string;
  password: string;
  timeoutMs: number;
}

/**
 * ejabberd's listeners accept with a backlog of 5 by default: a burst of
 * new connections beyond that waits for SYN retries, seconds each. A few
 * requests at a time, on kept-alive connections, get through faster.
 */
const MAX_IN_FLIGHT = 8;

/**
 * Calls ejabberd's HTTP API: every command is a POST of a JSON object to
 * `{url}/{command}`, answered with JSON (200, or an error status with
 * `{"status":"error","code":N,"message":"..."}`).
 */
export function createEjabberdApi(options: EjabberdApiOptions) {
  const credentials = Buffer.from(
    `${options.user}:${options.password}`,
  ).toString('base64');
  const poster = createJsonPoster({
    baseUrl: options.url,
    headers: { authorization: `Basic ${credentials}` },
    timeoutMs: options.timeoutMs,
    maxSockets: MAX_IN_FLIGHT,
  });
  const limit = createLimit(MAX_IN_FLIGHT);

  async function call(
    command: string,
    args: Record<string, string>,
  ): Promise<ApiReply> {
    return readReply(await limit(() => poster.post(command, args)));
  }

  return { call, close: poster.close };
}

/** Turns how a POST ended into what ejabberd said, or why it did not. */
export function readReply(outcome: PostOutcome): ApiReply {
  if (outcome.type === 'failed') return describePostFailure(outcome);

  const body = parseJson(outcome.text);
  if (outcome.status >= 200 && outcome.status < 300) {
    return { type: 'ok', body };
  }

  const fields = typeof body === 'object' && body !== null ? body : {};
  const code = 'code' in fields ? Number(fields.code) : undefined;
  const message =
    'message' in fields
      ? String(fields.message)
      : typeof body === 'string' && body !== ''
        ? body
        : outcome.statusText;
  return { type: 'error', status: outcome.status, code, message };
}

/**
 * A refused connection, or a time-out before the request was out, left
 * ejabberd nothing to act on: `failed`. After it was out, a time-out or a
 * reset may come after ejabberd acted: `unanswered`.
 */
function describePostFailure(
  outcome: Extract<PostOutcome, { type: 'failed' }>,
): ApiReply {
  const { error, sent } = outcome;
  const code = (error as Error & { code?: string }).code;
  const detail = error.name === 'TimeoutError' ? 'no answer in time' : code;
  if (!sent) return { type: 'failed', detail: detail ?? error.message };
  return {
    type: 'unanswered',
    detail: `sent, then ${detail ?? error.message}`,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Runs at most `max` tasks at once; the rest wait their turn in order. */
function createLimit(max: number) {
  let running = 0;
  const queue: Array<() => void> = [];

  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) {
      await new Promise<void>((resolve) => queue.push(resolve));
    } else running += 1;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next in line, if any.
      const next = queue.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

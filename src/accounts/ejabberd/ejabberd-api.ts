/** What one call to ejabberd's mod_http_api came back with. */
export type ApiReply =
  | { type: 'ok'; body: unknown }
  | { type: 'error'; status: number; code: number | undefined; message: string }
  | { type: 'failed'; detail: string };

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
  const base = options.url.replace(/\/+$/, '');
  const credentials = Buffer.from(
    `${options.user}:${options.password}`,
  ).toString('base64');
  const limit = createLimit(MAX_IN_FLIGHT);

  return async function call(
    command: string,
    args: Record<string, string>,
  ): Promise<ApiReply> {
    return limit(() => post(command, args));
  };

  async function post(
    command: string,
    args: Record<string, string>,
  ): Promise<ApiReply> {
    let response: Response;
    try {
      response = await fetch(`${base}/${command}`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${credentials}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(args),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      return { type: 'failed', detail: describeFetchFailure(error) };
    }
    return readReply(response);
  }
}

async function readReply(response: Response): Promise<ApiReply> {
  const text = await response.text();
  const body = parseJson(text);
  if (response.ok) return { type: 'ok', body };

  const fields = typeof body === 'object' && body !== null ? body : {};
  const code = 'code' in fields ? Number(fields.code) : undefined;
  const message =
    'message' in fields
      ? String(fields.message)
      : typeof body === 'string'
        ? body
        : response.statusText;
  return { type: 'error', status: response.status, code, message };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Node's fetch hides the socket error in `cause`. */
function describeFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time';

  const cause = error.cause as { code?: string } | undefined;
  return cause?.code ?? error.message;
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

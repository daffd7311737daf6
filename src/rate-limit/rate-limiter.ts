import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { addressKey } from './client-address.js';
import type { RateCounter } from './rate-counter.js';
import type { RateLimit, RateLimitName, RateLimits } from './rate-limit.js';

export interface RateLimitedHost {
  host: string;
  baseUrl: string;
  rateLimits: RateLimits;
}

export interface RateLimiterOptions {
  counter: RateCounter;
  /** The limits for requests that belong to no configured host. */
  defaults: RateLimits;
  hosts: ReadonlyMap<string, RateLimitedHost>;
  now: () => number;
}

/**
 * Applies the configured limits to requests. Every limit is per host:
 * the host is the one a route knows (an API key's, an invite's) or else
 * the one whose base_url the request came in on. Over the limit, the
 * request fails with `429` and `Retry-After`, through the error hook.
 */
export class RateLimiter {
  private readonly byHostname = new Map<string, string>();

  constructor(private readonly options: RateLimiterOptions) {
    for (const { host, baseUrl } of options.hosts.values()) {
      const hostname = new URL(baseUrl).hostname.toLowerCase();
      if (!this.byHostname.has(hostname)) this.byHostname.set(hostname, host);
    }
  }

  /**
   * Counts one request of `subject` (an address key, an API key id)
   * against the named limit, and throws `Errors.rateLimited` with
   * `Retry-After` set when it is over.
   */
  async enforce(
    reply: FastifyReply,
    name: RateLimitName,
    subject: string,
    host: string | undefined,
  ): Promise<void> {
    const limit = this.limitFor(name, host);
    if (!limit) return;

    const key = `${name}|${host ?? '*'}|${subject}`;
    const decision = await this.options.counter.take(
      key,
      limit,
      this.options.now(),
    );
    if (decision.allowed) return;

    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    reply.header('retry-after', String(seconds));
    reply.log.info({ limit: name, host, retryAfterS: seconds }, 'rate limited');
    throw new AppError(Errors.rateLimited);
  }

  /** Counts one request of the client's address against the named limit. */
  async enforceByAddress(
    request: FastifyRequest,
    reply: FastifyReply,
    name: RateLimitName,
  ): Promise<void> {
    const host = this.hostOf(request);
    // Most routes are unlimited by default: skip the address work then.
    if (!this.limitFor(name, host)) return;
    await this.enforce(reply, name, addressKey(request.ip), host);
  }

  limitFor(name: RateLimitName, host: string | undefined): RateLimit | null {
    const hostLimits = host && this.options.hosts.get(host)?.rateLimits;
    return (hostLimits || this.options.defaults)[name];
  }

  /** The configured host whose base_url names the request's Host header. */
  hostOf(request: FastifyRequest): string | undefined {
    return this.byHostname.get(request.hostname.toLowerCase());
  }
}

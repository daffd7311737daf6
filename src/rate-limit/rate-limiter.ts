import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { isWellFormedToken } from '../invites/token.js';
import { addressKey } from './client-address.js';
import type { RateCounter } from './rate-counter.js';
import {
  type RateLimit,
  type RateLimitName,
  type RateLimits,
  strictestLimit,
} from './rate-limit.js';

export interface RateLimitedHost {
  host: string;
  rateLimits: RateLimits;
}

export interface RateLimiterOptions {
  counter: RateCounter;
  /** The top-level limits, used only when no host is configured. */
  defaults: RateLimits;
  hosts: ReadonlyMap<string, RateLimitedHost>;
  /** The host of the invite with this token, if there is one. */
  findInviteHost: (token: string) => Promise<string | undefined>;
  now: () => number;
}

const NAMES: readonly RateLimitName[] = [
  'apiKey',
  'apiAddress',
  'register',
  'unknownToken',
];

/**
 * Applies the configured limits to requests. A subject (a client address,
 * an API key id) has one count per limit, whatever host it asks about:
 * the host only chooses how much each request weighs, and only a host the
 * service itself vouches for (the invite's, the API key's) chooses it. The
 * Host header never does, since the client writes it: a count per header
 * value would hand out a fresh allowance with each new name.
 *
 * Over the limit, the request fails with `429` and `Retry-After`, through
 * the error hook.
 */
export class RateLimiter {
  /** For requests whose host is not known: the strictest of the hosts'. */
  private readonly unknownHost: RateLimits;

  constructor(private readonly options: RateLimiterOptions) {
    const all = [...options.hosts.values()].map((h) => h.rateLimits);
    const sources = all.length > 0 ? all : [options.defaults];
    const strictest = {} as Record<RateLimitName, RateLimit | null>;
    for (const name of NAMES) {
      strictest[name] = strictestLimit(sources.map((limits) => limits[name]));
    }
    this.unknownHost = strictest;
  }

  /**
   * Counts one request of `subject` (an address key, an API key id)
   * against the named limit, as `host` sets it, and throws
   * `Errors.rateLimited` with `Retry-After` set when it is over.
   */
  async enforce(
    reply: FastifyReply,
    name: RateLimitName,
    subject: string,
    host: string | undefined,
  ): Promise<void> {
    const limit = this.limitFor(name, host);
    if (!limit) return;

    const decision = await this.options.counter.take(
      `${name}|${subject}`,
      limit,
      this.options.now(),
    );
    if (decision.allowed) return;

    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    reply.header('retry-after', String(seconds));
    reply.log.info({ limit: name, host, retryAfterS: seconds }, 'rate limited');
    throw new AppError(Errors.rateLimited);
  }

  /**
   * Counts one request of the client's address against the named limit.
   * `host` is the configured host the request turned out to concern (an
   * invite's, an API key's); without one, the strictest host's limit
   * applies.
   */
  async enforceByAddress(
    request: FastifyRequest,
    reply: FastifyReply,
    name: RateLimitName,
    host?: string,
  ): Promise<void> {
    // Most routes are unlimited by default: skip the address work then.
    if (!this.limitFor(name, host)) return;
    await this.enforce(reply, name, addressKey(request.ip), host);
  }

  /** The host of the invite a form names, for its submissions' limit. */
  inviteHost(token: string): Promise<string | undefined> {
    if (!isWellFormedToken(token)) return Promise.resolve(undefined);
    return this.options.findInviteHost(token);
  }

  /** The limit in effect for `host`, or for a request of no known host. */
  limitFor(name: RateLimitName, host: string | undefined): RateLimit | null {
    const own = host === undefined ? undefined : this.options.hosts.get(host);
    return (own?.rateLimits ?? this.unknownHost)[name];
  }
}

import Fastify, { type FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { registerErrorHook } from './error-hook.js';

interface LogLine {
  level: number;
  msg: string;
  code?: string;
  cause?: string;
}

/** An app whose routes throw `error`, with its log lines kept. */
function appThrowing(error: Error) {
  const lines: LogLine[] = [];
  const logger: FastifyBaseLogger = pino(
    { level: 'info' },
    {
      write: (line: string) => lines.push(JSON.parse(line)),
    },
  );
  const app = Fastify({ loggerInstance: logger, disableRequestLogging: true });
  registerErrorHook(app);
  app.get('/', async () => {
    throw error;
  });
  return { app, lines };
}

function refused(message: string) {
  return Object.assign(new Error(message), { code: 'ECONNREFUSED' });
}

describe('the error hook', () => {
  it('asks to retry a 503 in 30 s and logs its cause once, at error', async () => {
    const cause = refused('connect ECONNREFUSED 127.0.0.1:5432');
    const { app, lines } = appThrowing(
      new AppError(Errors.databaseUnavailable, undefined, { cause }),
    );
    const response = await app.inject({ url: '/' });

    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('30');
    expect(response.json()).toMatchObject({ error: 'XI_DATABASE_UNAVAILABLE' });
    expect(response.body).not.toContain('ECONNREFUSED');
    const errors = lines.filter((line) => line.level >= 50);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'XI_DATABASE_UNAVAILABLE',
        cause: 'Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432',
      }),
    ]);
  });

  it('hides a password in the cause, and names a refusal of every address', async () => {
    const withUrl = new AppError(Errors.databaseUnavailable, undefined, {
      cause: new Error('cannot reach postgres://invites:s3cret@db/invites'),
    });
    const first = appThrowing(withUrl);
    await first.app.inject({ url: '/' });
    const logged = JSON.stringify(first.lines);
    expect(logged).not.toContain('s3cret');
    expect(logged).toContain('postgres://[hidden]@db/invites');

    const everyAddress = new AggregateError(
      [refused('connect ECONNREFUSED ::1:5432')],
      '',
    );
    const second = appThrowing(
      new AppError(Errors.databaseUnavailable, undefined, {
        cause: everyAddress,
      }),
    );
    await second.app.inject({ url: '/' });
    expect(second.lines.find((l) => l.level >= 50)?.cause).toBe(
      'AggregateError: connect ECONNREFUSED ::1:5432',
    );
  });

  it('logs no error and adds no Retry-After for a client error', async () => {
    const { app, lines } = appThrowing(new AppError(Errors.rateLimited));
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBeUndefined();
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});

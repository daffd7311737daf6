import { parseDuration } from '../config/duration.js';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { safeArgument } from './cli-context.js';

/** A duration flag such as `--expires 2d`; undefined when not given. */
export function readDuration(
  flag: string,
  text: string | undefined,
): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms !== undefined) return ms;
  throw new AppError(
    Errors.badArgument,
    `${flag} ${safeArgument(text)} is not a duration: write it like 2d, 12h or 30m`,
  );
}

export function readUses(text: string): number {
  if (/^\d{1,6}$/.test(text) && Number(text) >= 1) return Number(text);
  throw new AppError(
    Errors.badArgument,
    '--uses must be a whole number, 1 or more',
  );
}

/** A bare JID from the command line, split into localpart and domain. */
export function readJid(text: string): { localpart: string; domain: string } {
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.includes('/')) {
    throw new AppError(
      Errors.badArgument,
      `${safeArgument(text)} is not a bare JID like alice@example.com`,
    );
  }
  return { localpart: text.slice(0, at), domain: text.slice(at + 1) };
}

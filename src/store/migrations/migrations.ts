import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as localAccounts from './0002-local-accounts.js';
import * as rateLimitsAndJobs from './0003-rate-limits-and-jobs.js';
import * as useState from './0004-use-state.js';

/**
 * Migrations are compiled in rather than read from a folder at run time,
 * so the built program carries them wherever it is installed. Names sort
 * in the order they apply; a name, once released, never changes.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-local-accounts': localAccounts,
  '0003-rate-limits-and-jobs': rateLimitsAndJobs,
  '0004-use-state': useState,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

import type { Target } from './http-probe.js';

/** The three things every side is measured doing. */
export type CaseName = 'create' | 'page' | 'refused';

export const CASES: CaseName[] = ['create', 'page', 'refused'];

export const CASE_LABELS: Record<CaseName, string> = {
  create: 'invite creation (GET /invites_api, Bearer)',
  page: 'invite page (GET of the Location)',
  refused: 'refused key (right key id, wrong secret)',
};

export interface Started {
  pid: number;
  /** From spawn to the first answered request, in milliseconds. */
  startupMs: number;
}

/**
 * One server under test. The bench drives every side through the same
 * steps: prepare a fresh data folder, start, check, measure, stop.
 */
export interface Side {
  /** Short key, as in BENCH_SIDES. */
  readonly key: string;
  /** Name in the tables. */
  readonly label: string;
  /** Whether filling the store means anything for this side. */
  readonly hasStore: boolean;

  /**
   * A fresh data folder holding `invites` invites and an API key; any
   * earlier folder of this side is removed first.
   */
  prepare(invites: number): Promise<void>;
  start(): Promise<Started>;
  /**
   * Checks each endpoint answers as expected (which also creates the
   * invite whose page is measured) and returns the measured requests.
   */
  verify(): Promise<Partial<Record<CaseName, Target>>>;
  stop(): Promise<void>;
  /** Removes the data folder (unless the run keeps it). */
  dispose(): Promise<void>;
}

import type { Measurement } from './measure.js';
import type { CaseName } from './side.js';

/** Everything measured of one side with one store size. */
export interface Round {
  sideKey: string;
  sideLabel: string;
  /** Invites stored before the side started. */
  storedInvites: number;
  /** Time to fill the store, in seconds. */
  fillSeconds: number;
  startupMs: number;
  /**
   * One create, one page view and one refused key in a row, before the
   * measurements: shows what a side that is too slow to measure takes.
   */
  checkMs: number;
  /** Resident memory after all its cases ran, in MiB. */
  rssMiB: number | null;
  /** Times the side was restarted because a backlog kept it busy. */
  restarts: number;
  results: Map<string, Measurement>;
}

export function resultKey(caseName: CaseName, connections: number): string {
  return `${caseName}@${connections}`;
}

export function findRound(
  rounds: Round[],
  sideKey: string,
  storedInvites: number,
): Round | undefined {
  return rounds.find(
    (round) =>
      round.sideKey === sideKey && round.storedInvites === storedInvites,
  );
}

export function findResult(
  rounds: Round[],
  sideKey: string,
  storedInvites: number,
  caseName: CaseName,
  connections: number,
): Measurement | undefined {
  return findRound(rounds, sideKey, storedInvites)?.results.get(
    resultKey(caseName, connections),
  );
}

import { count, table } from './format.js';
import type { Measurement } from './measure.js';
import { findResult, findRound, type Round } from './round.js';
import type { BenchSettings } from './settings.js';
import { CASES, type CaseName } from './side.js';

interface Check {
  goal: string;
  /** The worst figure over the connection counts, as text. */
  worst: string;
  /** Undefined when a side it needs did not run. */
  met: boolean | undefined;
}

/**
 * The speed issue 6 asks for, checked against this run. Each goal must
 * hold at every connection count, so the worst figure is the one shown.
 */
export function checkTargets(rounds: Round[], settings: BenchSettings) {
  const conns = settings.connections;
  const ours = (c: CaseName, n: number, size = 0) =>
    findResult(rounds, 'ours', size, c, n);
  const other = (key: string, c: CaseName, n: number) =>
    findResult(rounds, key, 0, c, n);
  const fastestProsody = (c: CaseName, n: number) =>
    Math.max(
      other('prosody-sql', c, n)?.requestsPerSecond ?? -1,
      other('prosody-file', c, n)?.requestsPerSecond ?? -1,
    );

  const checks: Check[] = [
    worstRatio('create: ≥ 20× Prosody SQL req/s', 20, 'x', conns, (n) => [
      ours('create', n),
      other('prosody-sql', 'create', n)?.requestsPerSecond,
    ]),
    worstRatio('create: ≥ 50% of the ceiling', 0.5, '%', conns, (n) => [
      ours('create', n),
      other('ceiling', 'create', n)?.requestsPerSecond,
    ]),
    worstRatio(
      'page: ≥ 20× Prosody (its faster storage)',
      20,
      'x',
      conns,
      (n) => {
        const prosody = fastestProsody('page', n);
        return [ours('page', n), prosody < 0 ? undefined : prosody];
      },
    ),
    pageLatency(ours('page', 16)),
  ];

  const size = settings.invites;
  if (size > 0 && findRound(rounds, 'ours', size)) {
    const pairs = CASES.flatMap((c) => conns.map((n) => ({ c, n })));
    checks.push(
      worstRatio(
        `${count(size)} stored: ≥ 90% of empty req/s`,
        0.9,
        '%',
        pairs,
        (p) => [ours(p.c, p.n, size), ours(p.c, p.n)?.requestsPerSecond],
      ),
    );
    const rss = findRound(rounds, 'ours', size)?.rssMiB ?? undefined;
    checks.push({
      goal: `${count(size)} stored: RSS < 200 MiB`,
      worst: rss === undefined ? '' : `${rss.toFixed(0)} MiB`,
      met: rss === undefined ? undefined : rss < 200,
    });
  }
  const startups = rounds
    .filter((round) => round.sideKey === 'ours')
    .map((round) => round.startupMs);
  const slowest = startups.length > 0 ? Math.max(...startups) : undefined;
  checks.push({
    goal: 'start to first served request < 1 s',
    worst: slowest === undefined ? '' : `${slowest.toFixed(0)} ms`,
    met: slowest === undefined ? undefined : slowest < 1000,
  });

  const verdict = (met: boolean | undefined) =>
    met === undefined ? 'not run' : met ? 'met' : 'MISSED';
  return table(
    ['goal', 'worst figure', 'verdict'],
    checks.map((check) => [check.goal, check.worst, verdict(check.met)]),
  );
}

function worstRatio<T>(
  goal: string,
  threshold: number,
  style: 'x' | '%',
  over: T[],
  pair: (item: T) => [Measurement | undefined, number | undefined],
): Check {
  let worst: number | undefined;
  for (const item of over) {
    const [ours, theirs] = pair(item);
    if (!ours || theirs === undefined)
      return { goal, worst: '', met: undefined };
    const ratio =
      theirs === 0 ? Number.POSITIVE_INFINITY : ours.requestsPerSecond / theirs;
    worst = worst === undefined ? ratio : Math.min(worst, ratio);
  }
  if (worst === undefined) return { goal, worst: '', met: undefined };

  const text =
    style === 'x' ? `${worst.toFixed(1)}×` : `${Math.round(worst * 100)}%`;
  return { goal, worst: text, met: worst >= threshold };
}

function pageLatency(page: Measurement | undefined): Check {
  const goal = 'page: p99 < 10 ms at 16 connections';
  if (!page || page.p99Ms === null) return { goal, worst: '', met: undefined };
  return { goal, worst: `${page.p99Ms.toFixed(2)} ms`, met: page.p99Ms < 10 };
}

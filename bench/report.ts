import { count, millis, rate, share, table, times } from './format.js';
import type { Machine } from './machine.js';
import { findResult, findRound, type Round } from './round.js';
import type { BenchSettings } from './settings.js';
import { CASE_LABELS, CASES, type CaseName } from './side.js';
import { checkTargets } from './targets.js';

const SIDE_ORDER = ['ours', 'prosody-sql', 'prosody-file', 'ceiling'];

export interface Report {
  rounds: Round[];
  settings: BenchSettings;
  machine: Machine;
  command: string;
  date: Date;
}

/** The figures as tables, the same text for the terminal and the docs. */
export function renderTables(report: Report): string {
  const { rounds, settings } = report;
  const sizes = [...new Set(rounds.map((round) => round.storedInvites))];
  const parts: string[] = [];

  for (const size of sizes) {
    parts.push(
      `### ${storeName(size)}\n\n${sideBySide(rounds, settings, size)}`,
    );
  }
  if (sizes.length > 1) {
    parts.push(`### Growth\n\n${growth(rounds, settings, settings.invites)}`);
  }
  parts.push(`### Start-up and memory\n\n${startAndMemory(rounds, sizes)}`);
  parts.push(`### Targets (issue 6)\n\n${checkTargets(rounds, settings)}`);

  const notes = problemNotes(rounds, settings);
  if (notes.length > 0)
    parts.push(`### Failed or unanswered requests\n\n${notes.join('\n')}`);
  return parts.join('\n\n');
}

/** The whole docs/benchmarks.md. */
export function renderDocument(report: Report): string {
  const { machine, settings } = report;
  return `# Benchmarks

Written by \`${report.command}\` on ${report.date.toISOString()}; run it
again to replace this page. Everything listens on 127.0.0.1; load comes
from autocannon in the bench process, so client and server share the
machine's cores.
${
  machine.busy
    ? `
**Other work kept this machine busy during the run (load average
${machine.load}); the figures below are skewed by it. Run again on a quiet
machine before drawing conclusions.**
`
    : ''
}
## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| memory | ${machine.memoryGiB} GiB |
| Node.js | ${machine.node} |
| kernel | ${machine.kernel} |
| data on | ${machine.storage} |
| 4 KiB write + fdatasync | ${machine.syncUs.toFixed(0)} µs (at most ${count(Math.round(1e6 / machine.syncUs))} durable commits/s one after another) |
| Prosody | ${machine.prosody} (Debian) |
| SQLite (better-sqlite3) | ${machine.sqlite} |
| load average (1 min) | ${machine.load} |

## Method

- Each case runs ${settings.seconds} s per connection count
  (${settings.connections.join(', ')}), after a ${settings.warmupSeconds} s
  warm-up per case; req/s counts only answers with the expected status.
  p50 and p99 are latencies of those answers, in milliseconds.
- Cases: ${CASES.map((c) => `**${c}**: ${CASE_LABELS[c]}`).join('; ')}.
  Prosody answers a refused key with 403, xmpp-invites with 401.
- Prosody 0.12 runs mod_invites, mod_invites_api and mod_invites_page
  with \`network_settings = { nagle = false }\`, once with its default file
  storage and once with \`storage = "sql"\` on SQLite. Its API is called
  with a query string (\`/invites_api?x\`): 0.12 answers 500 to a Bearer
  request without one.
- xmpp-invites runs from \`dist/\` with SQLite, log level
  \`${settings.logLevel}\`, its log going to a file.
- The ceiling is a bare Fastify route in its own process answering 201 with
  a Location header, no logging, no storage: what an HTTP route in Node can
  do here. It has one route, so the page and refused rows repeat its
  figures; it does not depend on the store, so it runs once.
- xmpp-invites and Prosody's SQL storage commit to SQLite with
  \`synchronous = FULL\` before answering (Prosody keeps SQLite's defaults:
  rollback journal, full sync); Prosody's file storage writes a new file
  and renames it, without a sync. The "4 KiB write + fdatasync" line above
  is the least one durable commit costs on this disk.
- "Empty" is a fresh store; invites created during the run stay, so the
  create case runs last. The growth round fills ${count(settings.invites)}
  invites straight into each store before the server starts.
- A side that is still busy with queued requests after a case (Prosody
  with file storage rewrites the file that holds every invite on each
  create and reads it whole on each look-up) is restarted before the next
  one, so each case starts clean.

## Results

${renderTables(report)}
`;
}

function sideBySide(rounds: Round[], settings: BenchSettings, size: number) {
  const sides = SIDE_ORDER.filter((key) =>
    findRound(rounds, key, key === 'ceiling' ? 0 : size),
  );
  const labels = sides.map((key) => labelOf(rounds, key));
  const header = ['case', 'conns'];
  for (const label of labels) header.push(`${label} req/s`, 'p50', 'p99');
  const others = sides.filter((key) => key !== 'ours');
  for (const key of others) header.push(`ours / ${labelOf(rounds, key)}`);

  const rows: string[][] = [];
  for (const caseName of CASES) {
    for (const connections of settings.connections) {
      const row = [caseName, String(connections)];
      const ours = figure(rounds, 'ours', size, caseName, connections);
      for (const key of sides) {
        const m = figure(rounds, key, size, caseName, connections);
        row.push(
          rate(m?.requestsPerSecond),
          millis(m?.p50Ms),
          millis(m?.p99Ms),
        );
      }
      for (const key of others) {
        const m = figure(rounds, key, size, caseName, connections);
        const ratio =
          key === 'ceiling'
            ? share(ours?.requestsPerSecond, m?.requestsPerSecond)
            : times(ours?.requestsPerSecond, m?.requestsPerSecond);
        row.push(ratio);
      }
      rows.push(row);
    }
  }
  return table(header, rows);
}

/** The ceiling runs once: its one route does not care about stored data. */
function figure(
  rounds: Round[],
  key: string,
  size: number,
  caseName: CaseName,
  connections: number,
) {
  const probeCase = key === 'ceiling' ? 'create' : caseName;
  const probeSize = key === 'ceiling' ? 0 : size;
  return findResult(rounds, key, probeSize, probeCase, connections);
}

function growth(rounds: Round[], settings: BenchSettings, size: number) {
  const sides = SIDE_ORDER.filter(
    (key) => key !== 'ceiling' && findRound(rounds, key, size),
  );
  const header = ['case', 'conns'];
  for (const key of sides) {
    header.push(`${labelOf(rounds, key)} req/s`, `vs empty`);
  }
  const rows: string[][] = [];
  for (const caseName of CASES) {
    for (const connections of settings.connections) {
      const row = [caseName, String(connections)];
      for (const key of sides) {
        const full = findResult(rounds, key, size, caseName, connections);
        const empty = findResult(rounds, key, 0, caseName, connections);
        row.push(
          rate(full?.requestsPerSecond),
          share(full?.requestsPerSecond, empty?.requestsPerSecond),
        );
      }
      rows.push(row);
    }
  }
  return table(header, rows);
}

function startAndMemory(rounds: Round[], sizes: number[]): string {
  const header = ['side'];
  for (const size of sizes) {
    const name = storeName(size);
    header.push(`start, ${name} (ms)`, `RSS, ${name} (MiB)`);
  }
  header.push('check (ms)', 'fill (s)', 'restarts');

  const rows = SIDE_ORDER.filter((key) => findRound(rounds, key, 0)).map(
    (key) => {
      const row = [labelOf(rounds, key)];
      let fill = 0;
      let restarts = 0;
      const checks: string[] = [];
      for (const size of sizes) {
        const round = findRound(rounds, key, size);
        row.push(
          round ? round.startupMs.toFixed(0) : '',
          round?.rssMiB != null ? round.rssMiB.toFixed(0) : '',
        );
        if (round) checks.push(round.checkMs.toFixed(0));
        fill += round?.fillSeconds ?? 0;
        restarts += round?.restarts ?? 0;
      }
      row.push(checks.join(' / '), fill.toFixed(1), String(restarts));
      return row;
    },
  );
  return table(header, rows);
}

function problemNotes(rounds: Round[], settings: BenchSettings): string[] {
  const notes: string[] = [];
  for (const round of rounds) {
    for (const caseName of CASES) {
      for (const connections of settings.connections) {
        const m = round.results.get(`${caseName}@${connections}`);
        if (!m || (m.good > 0 && m.unexpected + m.errors === 0)) continue;
        const what =
          m.unexpected + m.errors === 0
            ? `no answer within ${m.seconds} s`
            : `${count(m.good)} expected answers, ${count(m.unexpected)} ` +
              `other statuses, ${count(m.errors)} errors or timeouts ` +
              `in ${m.seconds} s`;
        notes.push(
          `- ${round.sideLabel}, ${storeName(round.storedInvites)}, ` +
            `${caseName} at ${connections}: ${what}`,
        );
      }
    }
  }
  return notes;
}

export function storeName(size: number): string {
  return size === 0 ? 'empty store' : `${count(size)} invites stored`;
}

function labelOf(rounds: Round[], key: string): string {
  return rounds.find((round) => round.sideKey === key)?.sideLabel ?? key;
}

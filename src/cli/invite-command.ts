import { Command } from 'commander';
import type { HostConfig } from '../config/config.js';
import { parseDuration } from '../config/duration.js';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { type Invite, inviteStatus } from '../invites/invite.js';
import { issueInvite, linksOf } from '../service/issue-invite.js';
import {
  configOf,
  hostOf,
  iso,
  print,
  printJson,
  safeArgument,
  withStore,
} from './cli-context.js';

export function inviteCommand(): Command {
  const command = new Command('invite').description(
    'create, list, show and revoke invites',
  );

  command
    .command('create')
    .description('create an account invite and print its landing page URL')
    .argument('<host>')
    .option('--username <name>', 'the only username the invite may create')
    .option('--uses <n>', 'how many accounts it may create', '1')
    .option(
      '--expires <duration>',
      "lifetime, e.g. 2d; the host's default otherwise",
    )
    .option('--note <text>', 'a note for the operator, shown by show and list')
    .option('--json', 'print JSON')
    .action(async (host: string, options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const uses = readUses(options.uses);
      const expiresMs = readDuration('--expires', options.expires);

      const issued = await withStore(config, (store) =>
        issueInvite(
          store,
          hostConfig,
          {
            createdBy: 'cli',
            fromOperator: true,
            uses,
            expiresMs,
            username: options.username,
            note: options.note,
          },
          Date.now(),
        ),
      );
      if (!issued.ok) throw new AppError(Errors.badArgument, issued.reason);
      if (options.json) return printJson(describe(hostConfig, issued.invite));
      print(issued.url);
    });

  command
    .command('reset')
    .description(
      'create a password-reset invite for an account, print its link',
    )
    .argument('<jid>', 'the account, like alice@example.com')
    .option(
      '--expires <duration>',
      "lifetime; the host's reset_expiry otherwise",
    )
    .option('--note <text>', 'a note for the operator')
    .option('--json', 'print JSON')
    .action(async (jid: string, options, cmd: Command) => {
      const config = configOf(cmd);
      const at = jid.lastIndexOf('@');
      if (at <= 0 || jid.includes('/')) {
        throw new AppError(
          Errors.badArgument,
          `${safeArgument(jid)} is not a bare JID like alice@example.com`,
        );
      }
      const hostConfig = hostOf(config, jid.slice(at + 1));
      const expiresMs =
        readDuration('--expires', options.expires) ?? hostConfig.resetExpiryMs;

      const issued = await withStore(config, (store) =>
        issueInvite(
          store,
          hostConfig,
          {
            kind: 'reset',
            createdBy: 'cli',
            fromOperator: true,
            expiresMs,
            username: jid.slice(0, at),
            note: options.note,
          },
          Date.now(),
        ),
      );
      if (!issued.ok) throw new AppError(Errors.badArgument, issued.reason);
      if (options.json) return printJson(describe(hostConfig, issued.invite));
      print(issued.url);
    });

  command
    .command('list')
    .description('list the invites of a host, one line each')
    .argument('<host>')
    .option('--json', 'print JSON')
    .action(async (host: string, options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const invites = await withStore(config, (s) =>
        s.listInvites(hostConfig.host),
      );
      const described = invites.map((invite) => describe(hostConfig, invite));
      if (options.json) return printJson(described);
      for (const d of described) {
        print(
          [
            d.id,
            d.kind,
            d.status,
            `${d.uses}/${d.max_uses}`,
            `expires ${d.expires}`,
            d.url ?? '-',
          ].join('\t'),
        );
      }
    });

  command
    .command('show')
    .description('show one invite with every use it has had')
    .argument('<host>')
    .argument('<id>')
    .option('--json', 'print JSON')
    .action(async (host: string, id: string, options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const found = await withStore(config, async (store) => {
        const invite = await store.findInvite(hostConfig.host, id);
        return invite && { invite, uses: await store.listUses(invite.id) };
      });
      if (!found) throw unknownInvite(hostConfig, id);

      const shown = {
        ...describe(hostConfig, found.invite),
        used_by: found.uses.map((u) => ({
          jid: u.jid,
          action: u.action,
          at: iso(u.at),
          // `claimed`: the server's answer was never confirmed.
          state: u.state,
        })),
      };
      if (options.json) return printJson(shown);
      for (const [name, value] of Object.entries(shown)) {
        if (name === 'used_by') continue;
        print(`${name}: ${value ?? '-'}`);
      }
      for (const use of shown.used_by)
        print(`use: ${use.at} ${use.action} ${use.jid} ${use.state}`);
    });

  command
    .command('revoke')
    .description('withdraw an invite so nobody can use it any more')
    .argument('<host>')
    .argument('<id>')
    .action(async (host: string, id: string, _options, cmd: Command) => {
      const config = configOf(cmd);
      const hostConfig = hostOf(config, host);
      const revoked = await withStore(config, (s) =>
        s.revokeInvite(hostConfig.host, id, Date.now()),
      );
      if (!revoked)
        throw unknownInvite(hostConfig, id, ' (or it is already revoked)');
    });

  return command;
}

function describe(host: HostConfig, invite: Invite) {
  const status = inviteStatus(invite, Date.now());
  const links = linksOf(host, invite);
  return {
    id: invite.id,
    kind: invite.kind,
    status,
    username: invite.username,
    uses: invite.uses,
    max_uses: invite.maxUses,
    created: iso(invite.createdAt),
    expires: iso(invite.expiresAt),
    created_by: invite.createdBy,
    note: invite.note,
    url: status === 'valid' ? links.url : undefined,
    xmpp_uri: status === 'valid' ? links.uri : undefined,
  };
}

function unknownInvite(host: HostConfig, id: string, more = '') {
  return new AppError(
    Errors.unknownInvite,
    `no invite ${safeArgument(id)} for host ${host.host}${more}`,
  );
}

function readUses(text: string): number {
  if (/^\d{1,6}$/.test(text) && Number(text) >= 1) return Number(text);
  throw new AppError(
    Errors.badArgument,
    '--uses must be a whole number, 1 or more',
  );
}

function readDuration(flag: string, text: string | undefined) {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms !== undefined) return ms;
  throw new AppError(
    Errors.badArgument,
    `${flag} ${safeArgument(text)} is not a duration: write it like 2d, 12h or 30m`,
  );
}

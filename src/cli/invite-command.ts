import { Command } from 'commander';
import type { Config, HostConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { Errors } from '../errors/error-catalogue.js';
import { type Invite, inviteStatus } from '../invites/invite.js';
import {
  type IssueRequest,
  issueInvite,
  linksOf,
} from '../service/issue-invite.js';
import { readDuration, readJid, readUses } from './cli-arguments.js';
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
  return new Command('invite')
    .description('create, list, show and revoke invites')
    .addCommand(createCommand())
    .addCommand(resetCommand())
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(revokeCommand());
}

function createCommand(): Command {
  return new Command('create')
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
      const request = {
        uses: readUses(options.uses),
        expiresMs: readDuration('--expires', options.expires),
        username: options.username,
        note: options.note,
      };
      await issueAndPrint(config, hostOf(config, host), request, options.json);
    });
}

function resetCommand(): Command {
  return new Command('reset')
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
      const { localpart, domain } = readJid(jid);
      const host = hostOf(config, domain);
      const request: Partial<IssueRequest> = {
        kind: 'reset',
        expiresMs:
          readDuration('--expires', options.expires) ?? host.resetExpiryMs,
        username: localpart,
        note: options.note,
      };
      await issueAndPrint(config, host, request, options.json);
    });
}

/**
 * Creates an invite as the operator (who may name reserved accounts) and
 * prints its landing page URL, or the whole invite as JSON.
 */
async function issueAndPrint(
  config: Config,
  host: HostConfig,
  request: Partial<IssueRequest>,
  json: boolean | undefined,
): Promise<void> {
  const issued = await withStore(config, (store) =>
    issueInvite(
      store,
      host,
      { ...request, createdBy: 'cli', fromOperator: true },
      Date.now(),
    ),
  );
  if (!issued.ok) throw new AppError(Errors.badArgument, issued.reason);
  if (json) return printJson(describe(host, issued.invite));
  print(issued.url);
}

function listCommand(): Command {
  return new Command('list')
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
        const uses = `${d.uses}/${d.max_uses}`;
        print(
          [
            d.id,
            d.kind,
            d.status,
            uses,
            `expires ${d.expires}`,
            d.url ?? '-',
          ].join('\t'),
        );
      }
    });
}

function showCommand(): Command {
  return new Command('show')
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

      const usedBy = found.uses.map((u) => ({
        jid: u.jid,
        action: u.action,
        at: iso(u.at),
        // `claimed`: the server's answer was never confirmed.
        state: u.state,
      }));
      const shown = { ...describe(hostConfig, found.invite), used_by: usedBy };
      if (options.json) return printJson(shown);

      for (const [name, value] of Object.entries(shown)) {
        if (name !== 'used_by') print(`${name}: ${value ?? '-'}`);
      }
      for (const use of usedBy) {
        print(`use: ${use.at} ${use.action} ${use.jid} ${use.state}`);
      }
    });
}

function revokeCommand(): Command {
  return new Command('revoke')
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
}

/** An invite as the operator sees it; links only while it is usable. */
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

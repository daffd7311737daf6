import type { AccountBackend } from '../accounts/account-backend.js';
import type { HostConfig } from '../config/config.js';
import { type Invite, inviteStatus } from '../invites/invite.js';
import { isWellFormedToken, randomBase64url } from '../invites/token.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { checkPassword, type PasswordProblem } from './password-policy.js';
import { checkUsername, type UsernameProblem } from './username-policy.js';

export type InviteProblem =
  | 'unknown'
  | 'expired'
  | 'used-up'
  | 'revoked'
  | 'wrong-kind';

/**
 * Why a registration or reset did not happen. Each is an outcome the page
 * explains; none is a bug.
 */
export type RedeemProblem =
  | { field: 'invite'; reason: InviteProblem }
  | { field: 'username'; reason: UsernameProblem | 'locked' | 'taken' }
  | { field: 'password'; reason: PasswordProblem }
  | { field: 'server'; reason: 'unreachable' | 'not-allowed' | 'not-found' };

export type RedeemOutcome =
  | { ok: true; jid: string; invite: Invite; host: HostConfig }
  | { ok: false; problem: RedeemProblem };

export type LookupOutcome =
  | { ok: true; invite: Invite; host: HostConfig }
  | {
      ok: false;
      reason: Exclude<InviteProblem, 'wrong-kind'>;
      host?: HostConfig;
    };

export interface RegistrationDeps {
  store: Store;
  hosts: ReadonlyMap<string, HostConfig>;
  backends: ReadonlyMap<string, AccountBackend>;
  logger: Logger;
  now: () => number;
}

export interface RegisterInput {
  token: string;
  username: string;
  password: string;
  confirmation?: string | undefined;
}

export interface ResetInput {
  token: string;
  password: string;
  confirmation?: string | undefined;
}

/**
 * Turns invites into accounts. The order matters: every check that needs
 * no server runs first, then one use of the invite is claimed in the
 * database, and only then is the backend asked. If the backend refuses,
 * the use is given back, so a failed attempt never burns an invite.
 */
export class RegistrationService {
  constructor(private readonly deps: RegistrationDeps) {}

  /** Finds a usable invite for a page, or says why there is none. */
  async lookup(token: string): Promise<LookupOutcome> {
    const invite = isWellFormedToken(token)
      ? await this.deps.store.findInviteByToken(token)
      : undefined;
    const host = invite && this.deps.hosts.get(invite.host);
    if (!invite || !host) return { ok: false, reason: 'unknown' };

    const status = inviteStatus(invite, this.deps.now());
    if (status !== 'valid') return { ok: false, reason: status, host };
    return { ok: true, invite, host };
  }

  async register(input: RegisterInput): Promise<RedeemOutcome> {
    const found = await this.lookup(input.token);
    if (!found.ok) return problem('invite', found.reason);
    const { invite, host } = found;
    // TODO: contact invites also need the roster step (the inviter and the
    // new account subscribing to each other); until it exists they are
    // refused rather than reported as done without the contact.
    if (invite.kind === 'reset' || invite.kind === 'contact') {
      return problem('invite', 'wrong-kind');
    }

    const name = this.chooseLocalpart(invite, host, input.username);
    if (!name.ok) return problem('username', name.problem);
    const localpart = name.localpart;

    const weak = weakPassword(host, localpart, input);
    if (weak) return problem('password', weak);

    return this.redeem(invite, host, localpart, 'created', (backend) =>
      backend.createAccount(localpart, input.password),
    );
  }

  async resetPassword(input: ResetInput): Promise<RedeemOutcome> {
    const found = await this.lookup(input.token);
    if (!found.ok) return problem('invite', found.reason);
    const { invite, host } = found;
    if (invite.kind !== 'reset' || invite.username === null) {
      return problem('invite', 'wrong-kind');
    }

    const localpart = invite.username;
    const weak = weakPassword(host, localpart, input);
    if (weak) return problem('password', weak);

    return this.redeem(invite, host, localpart, 'reset', (backend) =>
      backend.setPassword(localpart, input.password),
    );
  }

  /**
   * An invite locked to a username creates that name and no other; the
   * operator chose it, so the reserved list and pattern do not apply.
   */
  private chooseLocalpart(invite: Invite, host: HostConfig, wanted: string) {
    if (invite.username === null) return checkUsername(wanted, host);

    const typed = checkUsername(wanted, {
      reservedUsernames: [],
      usernamePattern: undefined,
    });
    if (
      wanted.trim() !== '' &&
      (!typed.ok || typed.localpart !== invite.username)
    ) {
      return { ok: false as const, problem: 'locked' as const };
    }
    return { ok: true as const, localpart: invite.username };
  }

  private async redeem(
    invite: Invite,
    host: HostConfig,
    localpart: string,
    action: 'created' | 'reset',
    change: (
      backend: AccountBackend,
    ) => ReturnType<AccountBackend['createAccount']>,
  ): Promise<RedeemOutcome> {
    const { store, logger, now } = this.deps;
    const backend = this.deps.backends.get(host.host);
    if (!backend) throw new Error(`no account backend for host ${host.host}`);

    // The use record is written with the claim, so that once the backend
    // has made the account nothing is left to write but a confirmation.
    // TODO: a crash between the claim and the backend's answer leaves the
    // use taken and its record `claimed`; a sweep asking the backend
    // whether the account exists would settle such records.
    const jid = `${localpart}@${host.host}`;
    const useId = randomBase64url(9);
    const use = { id: useId, jid, action };
    const claim = await store.claimInvite(invite.token, now(), use);
    if (!claim.ok) return problem('invite', claim.reason);

    const fields = { host: host.host, inviteId: invite.id, useId, action };
    const release = () => this.release(invite.id, useId, fields);
    let result: Awaited<ReturnType<typeof change>>;
    try {
      result = await change(backend);
    } catch (error) {
      await release();
      throw error;
    }

    if (!result.ok) {
      const { reason, detail } = result;
      if (reason === 'unknown') {
        // The server may have made the account: giving the use back could
        // let a second account come from a single-use invite. The use
        // stays taken and its record `claimed`, for the operator to see.
        logger.error({ ...fields, detail }, 'account backend gave no answer');
        return problem('server', 'unreachable');
      }

      await release();
      const refusal = { ...fields, reason, detail };
      if (reason === 'unreachable') {
        logger.error(refusal, 'account backend unreachable');
      } else {
        logger.info(refusal, 'account backend refused');
      }
      if (reason === 'conflict') return problem('username', 'taken');
      return problem('server', reason);
    }

    try {
      await store.confirmUse(useId);
    } catch (error) {
      // The account exists and its use is counted; only the confirmation
      // is missing, and the record honestly stays `claimed`.
      logger.error({ ...fields, err: error }, 'use not confirmed');
    }
    logger.info(fields, 'invite used');
    return { ok: true, jid, invite: claim.invite, host };
  }

  /**
   * Gives a claimed use back, trying again through a short database blip.
   * Should that fail too, the use stays taken with its record `claimed`,
   * and the log names both for the operator.
   */
  private async release(
    inviteId: string,
    useId: string,
    fields: Record<string, unknown>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.deps.store.releaseClaim(inviteId, useId);
      } catch (error) {
        if (attempt >= 3) {
          this.deps.logger.error(
            { ...fields, err: error },
            'use not given back',
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}

function weakPassword(
  host: HostConfig,
  localpart: string,
  input: { password: string; confirmation?: string | undefined },
) {
  return checkPassword({
    password: input.password,
    confirmation: input.confirmation,
    localpart,
    host: host.host,
    minLength: host.passwordMinLength,
  });
}

function problem<F extends RedeemProblem['field']>(
  field: F,
  reason: Extract<RedeemProblem, { field: F }>['reason'],
): RedeemOutcome {
  return { ok: false, problem: { field, reason } as RedeemProblem };
}

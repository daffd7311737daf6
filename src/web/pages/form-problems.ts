import type { RedeemProblem } from '../../registration/registration-service.js';
import type { PageContext } from './page-context.js';

/** Which field of the form an error message sits beside. */
export type FormField = 'username' | 'password' | 'confirmation' | 'form';

export type FormErrors = Partial<Record<FormField, string>>;

/**
 * Puts a refusal from the registration service into plain words, beside
 * the field it concerns. Invite and server problems are not form errors:
 * the route answers them with a page of their own.
 */
export function formErrorsFor(
  context: PageContext,
  problem: RedeemProblem,
  facts: { lockedUsername?: string | null | undefined },
): FormErrors {
  const { t, site } = context;
  switch (problem.field) {
    case 'username':
      return {
        username: t.t(`problem.username.${problem.reason}`, {
          username: facts.lockedUsername ?? '',
        }),
      };
    case 'password':
      if (problem.reason === 'mismatch') {
        return { confirmation: t.t('problem.password.mismatch') };
      }
      return {
        password: t.t(`problem.password.${problem.reason}`, {
          min: site.config.passwordMinLength,
        }),
      };
    case 'server':
      if (problem.reason === 'unreachable') return {};
      return {
        form: t.t(`problem.server.${problem.reason}`, {
          site: site.config.siteName,
        }),
      };
    case 'invite':
      return {};
  }
}

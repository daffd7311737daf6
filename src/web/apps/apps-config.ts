import { z } from 'zod';
import { DOWNLOAD_KINDS, PLATFORMS } from './app-entry.js';

const appId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'an app id is lowercase letters, digits and dashes, like my-app',
});

/**
 * An https URL, or a path on this service's own host. Plain http is
 * refused: these links are shown to people installing a chat app.
 */
const link = z.string().refine(isLink, {
  message: 'write an https:// URL or a path starting with /',
});

const download = z.strictObject({
  kind: z.enum(DOWNLOAD_KINDS),
  url: link,
  /** The device the button is for; unset for every platform of the app. */
  platform: z.enum(PLATFORMS).optional(),
  /** English text for the button instead of the kind's usual label. */
  label: z.string().min(1).optional(),
});

/**
 * One entry of a host's `apps` list. With the id of a built-in app, each key
 * given replaces that field whole (lists are not merged); with a new id, it
 * adds an app and name, description, platforms, homepage and downloads are
 * required. Text given here is shown as written, in every language.
 */
export const appOverrideSchema = z.strictObject({
  id: appId,
  name: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
  homepage: link.optional(),
  /** Whether the app registers from an invite URI (XEP-0401). */
  supports_preauth: z.boolean().optional(),
  /** Store link passing the invite on; must contain {uri_encoded}. */
  magic_link: link
    .refine((t) => t.includes('{uri_encoded}'), {
      message: 'the magic link must contain {uri_encoded}',
    })
    .optional(),
  downloads: z.array(download).optional(),
  /** For web apps; {jid} stands for the person's address. */
  login_link: link.optional(),
  /** Sign-in steps, one sentence each; {jid} and {host} are filled in. */
  setup: z.array(z.string().min(1)).optional(),
  /** The operator's own logo; a path on this host avoids third parties. */
  logo: link.optional(),
  /** 1 is recommended first on that platform. */
  rank: z.partialRecord(z.enum(PLATFORMS), z.number().int().min(1)).optional(),
});

/**
 * The per-host keys, to spread into the host schema:
 * `z.strictObject({ ...hostFields, ...appsConfigShape })`.
 */
export const appsConfigShape = {
  /** Apps to add, or built-in apps to change, by id. */
  apps: z.array(appOverrideSchema).optional(),
  /** Show only these apps, in this order (which then wins over rank). */
  apps_show: z.array(appId).min(1).optional(),
  /** Never show these apps. */
  apps_hide: z.array(appId).optional(),
};

export const appsConfigSchema = z.strictObject(appsConfigShape);

export type AppOverride = z.output<typeof appOverrideSchema>;
export type AppsHostOptions = z.output<typeof appsConfigSchema>;

function isLink(text: string): boolean {
  if (text.startsWith('/')) return !text.startsWith('//');
  if (!text.startsWith('https://')) return false;
  return URL.canParse(text.replaceAll(/[{}]/g, ''));
}

const NEW_APP_FIELDS = [
  'name',
  'description',
  'platforms',
  'homepage',
  'downloads',
] as const;

/**
 * Checks a host's app settings against the built-in catalog and lists every
 * problem with its fix, each starting with `prefix` (such as
 * `hosts.example.com`). An empty list means `createAppCatalog` accepts them.
 */
export function validateAppsConfig(
  options: AppsHostOptions,
  builtinIds: readonly string[],
  prefix = '',
): string[] {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const problems = checkApps(options.apps ?? [], builtinIds, at);

  const ids = new Set([
    ...builtinIds,
    ...(options.apps ?? []).map((a) => a.id),
  ]);
  const known = [...ids].join(', ');
  for (const key of ['apps_show', 'apps_hide'] as const) {
    for (const id of options[key] ?? []) {
      if (ids.has(id)) continue;
      problems.push(
        `${at(key)}: unknown app "${id}": use one of ${known}, or add it under apps`,
      );
    }
  }

  const hidden = new Set(options.apps_hide ?? []);
  for (const id of options.apps_show ?? []) {
    if (!hidden.has(id)) continue;
    problems.push(
      `${at('apps_show')}: "${id}" is also in apps_hide: remove it from one of the two lists`,
    );
  }
  if (!options.apps_show && [...ids].every((id) => hidden.has(id))) {
    problems.push(
      `${at('apps_hide')}: every app is hidden, so invite pages would recommend none: hide fewer apps`,
    );
  }
  return problems;
}

/** Entries of `apps`: each id once; new apps complete. */
function checkApps(
  apps: readonly AppOverride[],
  builtinIds: readonly string[],
  at: (key: string) => string,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  apps.forEach((app, i) => {
    if (seen.has(app.id)) {
      problems.push(
        `${at(`apps.${i}`)}: "${app.id}" is listed twice: merge the two entries into one`,
      );
    }
    seen.add(app.id);
    if (builtinIds.includes(app.id)) return;

    const missing = NEW_APP_FIELDS.filter((f) => app[f] === undefined);
    if (missing.length === 0) return;
    problems.push(
      `${at(`apps.${i}`)}: "${app.id}" is not a built-in app, so it needs ${missing.join(', ')}: add them, or use a built-in id (${builtinIds.join(', ')})`,
    );
  });
  return problems;
}

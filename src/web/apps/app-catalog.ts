import type { AppEntry, Platform } from './app-entry.js';
import {
  type AppOverride,
  type AppsHostOptions,
  validateAppsConfig,
} from './apps-config.js';

/** The apps to offer on one device: its own first, then the rest. */
export interface PlatformApps {
  /** Apps that run on the platform, best recommendation first. */
  recommended: readonly AppEntry[];
  /** Every other app in the catalog, for "show all apps". */
  others: readonly AppEntry[];
}

/** One host's apps, after its `apps`, `apps_show` and `apps_hide`. */
export interface AppCatalog {
  /**
   * Apps for `platform` in recommended order: by `rank` for that platform,
   * ties and unranked apps in catalog order; when the host sets
   * `apps_show`, its order alone.
   * For `unknown` nothing is recommended and every app is among `others`.
   */
  forPlatform(platform: Platform | 'unknown'): PlatformApps;
  /** The app with this id, unless the host hides it. */
  get(id: string): AppEntry | undefined;
  /** Every shown app, in catalog order. */
  all(): readonly AppEntry[];
}

/**
 * Builds a host's catalog from the built-in apps and the host's settings.
 * Settings must have passed `validateAppsConfig` at start-up; anything it
 * would report is a bug here and throws.
 */
export function createAppCatalog(
  builtin: readonly AppEntry[],
  hostOptions: AppsHostOptions = {},
): AppCatalog {
  const builtinIds = builtin.map((app) => app.id);
  if (new Set(builtinIds).size !== builtinIds.length) {
    throw new Error('the built-in app catalog has duplicate ids');
  }
  const problems = validateAppsConfig(hostOptions, builtinIds);
  if (problems.length > 0) {
    throw new Error(`invalid app settings: ${problems.join('; ')}`);
  }

  const entries = new Map(builtin.map((app) => [app.id, app]));
  for (const override of hostOptions.apps ?? []) {
    entries.set(override.id, applyOverride(entries.get(override.id), override));
  }

  const hidden = new Set(hostOptions.apps_hide ?? []);
  const order = hostOptions.apps_show ?? [...entries.keys()];
  const shown = order
    .filter((id) => !hidden.has(id))
    .map((id) => deepFreeze(structuredClone(entries.get(id) as AppEntry)));
  const byId = new Map(shown.map((app) => [app.id, app]));
  const rankApplies = hostOptions.apps_show === undefined;

  return {
    forPlatform(platform) {
      if (platform === 'unknown') return { recommended: [], others: shown };
      const recommended = shown.filter((a) => a.platforms.includes(platform));
      if (rankApplies) recommended.sort(byRank(platform));
      const others = shown.filter((a) => !a.platforms.includes(platform));
      return { recommended, others };
    },
    get: (id) => byId.get(id),
    all: () => shown,
  };
}

/** Ranked apps first, lowest rank first; the stable sort keeps the rest. */
function byRank(platform: Platform) {
  const rankOf = (app: AppEntry) =>
    app.rank?.[platform] ?? Number.POSITIVE_INFINITY;
  return (a: AppEntry, b: AppEntry) => {
    const diff = rankOf(a) - rankOf(b);
    return Number.isNaN(diff) ? 0 : diff;
  };
}

/**
 * Turns a config entry into an app, on top of the built-in one when the id
 * is taken. The operator's text replaces the built-in text together with its
 * message key, so a translation of the old text never shows instead.
 */
function applyOverride(
  base: AppEntry | undefined,
  override: AppOverride,
): AppEntry {
  const app = { ...(base ?? emptyApp(override.id)) };
  const o = override;

  if (o.name !== undefined) app.name = o.name;
  if (o.description !== undefined) {
    app.description = o.description;
    delete app.descriptionKey;
  }
  if (o.platforms !== undefined) app.platforms = o.platforms;
  if (o.homepage !== undefined) app.homepage = o.homepage;
  if (o.supports_preauth !== undefined) {
    app.supportsPreauth = o.supports_preauth;
  }
  if (o.magic_link !== undefined) app.magicLink = o.magic_link;
  if (o.downloads !== undefined) app.downloads = o.downloads;
  if (o.login_link !== undefined) app.loginLink = o.login_link;
  if (o.setup !== undefined) app.setup = o.setup.map((text) => ({ text }));
  if (o.logo !== undefined) app.logo = o.logo;
  if (o.rank !== undefined) app.rank = o.rank;
  return app;
}

function emptyApp(id: string): AppEntry {
  return {
    id,
    name: id,
    description: '',
    platforms: [],
    homepage: '',
    supportsPreauth: false,
    downloads: [],
    setup: [],
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

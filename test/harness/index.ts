/**
 * The test harness: real servers from Debian's packages, on loopback,
 * in temporary folders, for Vitest's beforeAll/afterAll. See README.md.
 */
export { type Browser, CHROMIUM_ARGS, launchChromium } from './chromium.js';
export { ensureDebianPackages } from './debian-packages.js';
export {
  type EjabberdOptions,
  type EjabberdServer,
  startEjabberd,
} from './ejabberd.js';
export { freePort } from './free-port.js';
export { type PostgresServer, startPostgres } from './postgres.js';
export {
  type ProsodyOptions,
  type ProsodyServer,
  startProsody,
} from './prosody.js';
export { acceptsConnections, sleep } from './server-process.js';
export { type Account, canSignIn } from './sign-in.js';

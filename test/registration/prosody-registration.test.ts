import { canSignIn, startProsody } from '../harness/index.js';
import { describeWebRegistration } from './registration-scenario.js';

// Prosody 0.12 through the `xmpp` backend: XEP-0133 commands as an admin.

const host = 'prosody.test';
const adminPassword = 'admin pass phrase for prosody';

describeWebRegistration(
  'Prosody 0.12 and the xmpp backend',
  async () => {
    const prosody = await startProsody({
      host,
      admins: [`admin@${host}`],
      users: [{ localpart: 'admin', password: adminPassword }],
    });
    return {
      host,
      backendYaml: `{ type: xmpp, jid: 'admin@${host}', password: '${adminPassword}', server: '127.0.0.1:${prosody.c2sPort}', tls: none, sasl_mechanism: PLAIN }`,
      signIn: (localpart, password) =>
        canSignIn({ host, c2sPort: prosody.c2sPort, localpart, password }),
      stop: () => prosody.stop(),
    };
  },
  { race: true },
);

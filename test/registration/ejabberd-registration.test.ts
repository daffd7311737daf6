import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canSignIn,
  type EjabberdServer,
  startEjabberd,
} from '../harness/index.js';
import { chownTree, serviceUser } from '../harness/service-user.js';
import { PROGRAM } from '../support/service-process.js';
import {
  describeWebRegistration,
  serviceConfig,
} from './registration-scenario.js';

// ejabberd 23.01, three ways: its HTTP API, XEP-0133 commands as an
// admin, and our own account store behind `auth_method: external`.

function signInTo(ejabberd: EjabberdServer) {
  return (localpart: string, password: string) =>
    canSignIn({
      host: ejabberd.host,
      c2sPort: ejabberd.c2sPort,
      localpart,
      password,
    });
}

describeWebRegistration('ejabberd 23.01 and the ejabberd backend', async () => {
  const ejabberd = await startEjabberd({ host: 'api.test', enableApi: true });
  const { jid, password } = ejabberd.admin;
  return {
    host: ejabberd.host,
    backendYaml: `{ type: ejabberd, url: '${ejabberd.apiUrl}', user: '${jid}', password: '${password}' }`,
    signIn: signInTo(ejabberd),
    stop: () => ejabberd.stop(),
  };
});

describeWebRegistration('ejabberd 23.01 and the xmpp backend', async () => {
  const ejabberd = await startEjabberd({ host: 'adhoc.test' });
  const { jid, password } = ejabberd.admin;
  return {
    host: ejabberd.host,
    backendYaml: `{ type: xmpp, jid: '${jid}', password: '${password}', server: '127.0.0.1:${ejabberd.c2sPort}', tls: none, sasl_mechanism: PLAIN }`,
    signIn: signInTo(ejabberd),
    stop: () => ejabberd.stop(),
  };
});

// The service and ejabberd's extauth processes share one SQLite file:
// ejabberd runs the bridge as its own user, which must be able to write
// the folder and the files SQLite keeps beside the database.
const ejabberdUser = serviceUser('ejabberd');

describeWebRegistration(
  'ejabberd 23.01 with extauth and the local backend',
  async (workspace, port) => {
    const host = 'local.test';
    workspace.writeConfig(serviceConfig(port, host, '{ type: local }'));
    const migrated = await workspace.cli('migrate');
    if (migrated.code !== 0) throw new Error(migrated.stderr);

    const wrapper = join(workspace.dir, 'extauth.sh');
    writeFileSync(
      wrapper,
      `#!/bin/sh\ncd '${workspace.dir}'\nexec '${process.execPath}' '${PROGRAM}' --config '${workspace.configFile}' extauth\n`,
    );
    chmodSync(wrapper, 0o755);
    chownTree(workspace.dir, ejabberdUser);

    const ejabberd = await startEjabberd({
      host,
      authMethod: 'external',
      extauthProgram: wrapper,
    });
    return {
      host,
      backendYaml: '{ type: local }',
      signIn: signInTo(ejabberd),
      stop: () => ejabberd.stop(),
    };
  },
  { afterStart: (workspace) => chownTree(workspace.dir, ejabberdUser) },
);

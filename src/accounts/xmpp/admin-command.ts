import { type Element, xml } from '@xmpp/client';
import type { ConnectionFailure, IqReply } from './admin-session.js';

const COMMANDS_NS = 'http://jabber.org/protocol/commands';
const DATA_NS = 'jabber:x:data';
/** XEP-0133 section 4: the FORM_TYPE of every service-admin form. */
const ADMIN_FORM_TYPE = 'http://jabber.org/protocol/admin';

export type CommandNote = { type: string; text: string };

/**
 * How an ad-hoc command ended, in the protocol's terms; what that means
 * for an account is decided per command in `command-outcomes.ts`.
 */
export type CommandAnswer =
  | { type: 'completed'; notes: CommandNote[] }
  | {
      type: 'error';
      /** `execute` when the server refused to start the command at all. */
      stage: 'execute' | 'submit';
      condition: string;
      errorType: string;
      text: string;
    }
  | { type: 'unexpected'; detail: string }
  | ({ type: 'failed' } & ConnectionFailure)
  | { type: 'unanswered'; stage: 'execute' | 'submit'; detail: string };

export type IqSender = (stanza: Element, deadline: number) => Promise<IqReply>;

/**
 * Runs one XEP-0133 command the XEP-0050 way: `execute` to get the form
 * and a session, then `complete` with the filled-in form. Both Prosody
 * and ejabberd want the first step even when the fields are known.
 */
export async function runAdminCommand(
  send: IqSender,
  to: string,
  node: string,
  fields: Record<string, string | string[]>,
  deadline: number,
): Promise<CommandAnswer> {
  const start = command(node, { action: 'execute' });
  const started = await send(iq(to, start), deadline);
  if (started.type !== 'result') return fromFailedReply(started, 'execute');

  const session = started.stanza.getChild('command', COMMANDS_NS);
  if (session?.attrs.status === 'completed') return readCompleted(session);
  const sessionid = session?.attrs.sessionid;
  if (!sessionid) {
    return { type: 'unexpected', detail: 'no command session in answer' };
  }

  const submit = command(node, { action: 'complete', sessionid }, [
    form(fields),
  ]);
  const submitted = await send(iq(to, submit), deadline);
  if (submitted.type !== 'result') return fromFailedReply(submitted, 'submit');
  return readCompleted(submitted.stanza.getChild('command', COMMANDS_NS));
}

function readCompleted(answer: Element | undefined): CommandAnswer {
  const status = answer?.attrs.status;
  if (!answer || status !== 'completed') {
    return { type: 'unexpected', detail: `command status ${status}` };
  }
  const notes = answer.getChildren('note', COMMANDS_NS).map((note) => ({
    type: note.attrs.type ?? 'info',
    text: note.text(),
  }));
  return { type: 'completed', notes };
}

function fromFailedReply(
  reply: Exclude<IqReply, { type: 'result' }>,
  stage: 'execute' | 'submit',
): CommandAnswer {
  if (reply.type === 'failed') return reply;
  if (reply.type === 'unanswered') return { ...reply, stage };
  const { condition, errorType, text } = reply;
  return { type: 'error', stage, condition, errorType, text };
}

function iq(to: string, child: Element): Element {
  return xml('iq', { type: 'set', to }, child);
}

function command(
  node: string,
  attrs: Record<string, string>,
  children: Element[] = [],
): Element {
  return xml('command', { xmlns: COMMANDS_NS, node, ...attrs }, ...children);
}

function form(fields: Record<string, string | string[]>): Element {
  const field = (name: string, values: string[], type?: string) =>
    xml(
      'field',
      { var: name, type },
      ...values.map((value) => xml('value', {}, value)),
    );
  return xml(
    'x',
    { xmlns: DATA_NS, type: 'submit' },
    field('FORM_TYPE', [ADMIN_FORM_TYPE], 'hidden'),
    ...Object.entries(fields).map(([name, value]) =>
      field(name, [value].flat()),
    ),
  );
}

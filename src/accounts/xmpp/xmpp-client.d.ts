/**
 * The part of @xmpp/client 0.14 this project uses. The package ships no
 * type declarations; these describe its JavaScript as it behaves.
 */
declare module '@xmpp/client' {
  /** An XML element (ltx), as stanzas arrive and are built. */
  export interface Element {
    name: string;
    attrs: Record<string, string | undefined>;
    getChild(name: string, xmlns?: string): Element | undefined;
    getChildren(name: string, xmlns?: string): Element[];
    getChildElements(): Element[];
    text(): string;
    toString(): string;
  }

  export function xml(
    name: string,
    attrs?: Record<string, string | undefined>,
    ...children: Array<Element | string>
  ): Element;

  export interface Credentials {
    username: string;
    password: string;
  }

  /** Runs SASL with these credentials and the mechanism named. */
  export type Authenticate = (
    credentials: Credentials,
    mechanism: string,
  ) => Promise<void>;

  export interface ClientOptions {
    /** `xmpp://host:port` (STARTTLS when offered) or `xmpps://host:port`. */
    service: string;
    domain: string;
    resource?: string;
    username?: string;
    password?: string;
    /** Replaces the built-in choice of SASL mechanism. */
    credentials?: (
      authenticate: Authenticate,
      mechanisms: string[],
      fast: unknown,
      entity: Client,
    ) => Promise<void>;
    /** Milliseconds for each step of opening and closing, default 2000. */
    timeout?: number;
  }

  /** What a failed IQ request rejects with (RFC 6120 section 8.3). */
  export interface StanzaError extends Error {
    name: 'StanzaError';
    condition: string;
    text: string;
    type: string | undefined;
  }

  export interface Client {
    status: string;
    isSecure(): boolean;
    start(): Promise<unknown>;
    /** Opens the socket to `service`, the first step of `start()`. */
    connect(service: string): Promise<unknown>;
    /** Opens the stream, the second step of `start()`. */
    open(options: { domain: string; lang?: string }): Promise<unknown>;
    stop(): Promise<unknown>;
    send(element: Element): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): Client;
    on(event: 'disconnect', listener: () => void): Client;
    on(event: 'online', listener: () => void): Client;
    /** Every change of `status`, such as `connect` or `disconnect`. */
    on(event: 'status', listener: (status: string) => void): Client;
    /** After an element was written to the socket. */
    on(event: 'send', listener: (element: Element) => void): Client;
    off(event: string, listener: (...args: never[]) => void): Client;
    emit(event: 'error', error: Error): boolean;
    listenerCount(event: string): number;
    setMaxListeners(limit: number): Client;
    iqCaller: {
      request(stanza: Element, timeoutMs?: number): Promise<Element>;
    };
    reconnect: { stop(): void };
    socket: {
      destroy(): void;
      on(event: 'error', listener: (error: Error) => void): unknown;
    } | null;
    /**
     * The socket's 'data' listener, which feeds the XML parser; bound
     * once, when the first socket is attached.
     */
    _onData(data: Buffer): void;
  }

  export function client(options: ClientOptions): Client;
}

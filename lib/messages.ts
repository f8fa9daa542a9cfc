/**
 * The one message protocol. `ProtocolMap`: requests the background handles, sent by the content
 * script and Waypoint's own pages. `ContentProtocolMap`: the messages the background sends to
 * content scripts. Payloads are plain data, checked on arrival by `parseMessage` and
 * `parseContentMessage`; the background answers through a handler table typed against the map
 * (`Handlers`), so every reply is type-checked.
 */

/** Requests the background receives. */
export interface ProtocolMap {
  /** Run the panic exit, starting from the sender's tab (the active tab when the popup asks). */
  panic: { request: Record<never, never>; response: { ok: boolean } };
  /**
   * The last press of the exit's keys went down (it fires when the key comes back up): the
   * background gets the tabs it would close ready, so that the exit need not wait for them.
   */
  arm: { request: Record<never, never>; response: undefined };
  /** This browser session's cleaning count, for the options page. */
  getStatus: { request: Record<never, never>; response: { removedThisSession: number } };
}

/** Messages the background sends to content scripts. */
export interface ContentProtocolMap {
  /**
   * The exit is about to close this tab (or started in it): every frame hides, mutes, and stops
   * letting the page ask "Leave site?".
   */
  hide: { request: Record<never, never>; response: typeof DISCARD | undefined };
  /**
   * The exit may come in a moment (its last press is down): for a few seconds every frame stops
   * letting the page ask "Leave site?", and nothing else changes (no hiding: the press may still
   * turn out to be a capital being typed).
   */
  quiet: { request: Record<never, never>; response: typeof DISCARD | undefined };
}

/**
 * A frame's answer to `hide` or `quiet` (Chromium only): it gave up its `beforeunload` listener
 * while nobody had clicked or typed in it, and someone has since, so its page may ask "Leave
 * site?" and nothing of ours can stop it: the tab must be discarded before it closes.
 */
export const DISCARD = 'discard';

export type MessageType = keyof ProtocolMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & ProtocolMap[K]['request']
  : never;
export type MessageResponse<K extends MessageType> = ProtocolMap[K]['response'];

export type ContentMessageType = keyof ContentProtocolMap;
export type ContentMessage<K extends ContentMessageType = ContentMessageType> = K extends ContentMessageType
  ? { type: K } & ContentProtocolMap[K]['request']
  : never;

/** One handler per request type, each returning exactly that request's reply. */
export type Handlers<Sender> = {
  [K in MessageType]: (message: Message<K>, sender: Sender) => Promise<MessageResponse<K>>;
};

const MESSAGE_TYPES: readonly MessageType[] = ['panic', 'arm', 'getStatus'];
const CONTENT_TYPES: readonly ContentMessageType[] = ['hide', 'quiet'];

function typeOf<T extends string>(raw: unknown, types: readonly T[]): T | null {
  if (!raw || typeof raw !== 'object') return null;
  const type = (raw as { type?: unknown }).type;
  return (types as readonly unknown[]).includes(type) ? (type as T) : null;
}

/**
 * Returns a request for the background when `raw` is a well-formed one, otherwise `null`
 * (never throws). Fields outside the protocol are dropped.
 */
export function parseMessage(raw: unknown): Message | null {
  const type = typeOf(raw, MESSAGE_TYPES);
  return type ? ({ type } as Message) : null;
}

/** The same for messages arriving in a content script. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  const type = typeOf(raw, CONTENT_TYPES);
  return type ? ({ type } as ContentMessage) : null;
}

/**
 * Runs the handler for a parsed request; `undefined` (no reply) for anything that is not one, so
 * other listeners and senders see no answer rather than an error.
 */
export function dispatch<Sender>(
  handlers: Handlers<Sender>,
  raw: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const handle = handlers[message.type] as (m: Message, s: Sender) => Promise<unknown>;
  return handle(message, sender);
}

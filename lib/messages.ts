/**
 * The one message protocol: the content script, popup, options and guide pages send; only the
 * background receives. Payloads are plain data so every sender can be checked by `parseMessage`.
 */

export const PANIC_SOURCES = ['content', 'popup', 'command', 'options', 'guide'] as const;
export type PanicSource = (typeof PANIC_SOURCES)[number];

export interface ProtocolMap {
  /** Run the panic exit. */
  panic: { request: { source: PanicSource }; response: { ok: boolean } };
  // (On the wire `source` may be missing: `parseMessage` reads that as 'content'.)
  /** What the popup and options show about the shortcut and this session's cleaning. */
  getStatus: {
    request: Record<never, never>;
    response: { shortcut: string; removedThisSession: number };
  };
  /** Sent to the tab's top frame when a panic starts in one of its frames: hide now. */
  hide: { request: Record<never, never>; response: undefined };
}

export type MessageType = keyof ProtocolMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K } & ProtocolMap[K]['request']
  : never;
export type MessageResponse<K extends MessageType> = ProtocolMap[K]['response'];

/** Returns the message when `raw` is a well-formed one, otherwise `null` (never throws). */
export function parseMessage(raw: unknown): Message | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'panic':
      // The content script leaves `source` out (bytes count there): no source means content.
      if (m.source === undefined) return { type: 'panic', source: 'content' };
      if (!(PANIC_SOURCES as readonly unknown[]).includes(m.source)) return null;
      return { type: 'panic', source: m.source as PanicSource };
    case 'getStatus':
      return { type: 'getStatus' };
    case 'hide':
      return { type: 'hide' };
    default:
      return null;
  }
}

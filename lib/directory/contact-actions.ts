/**
 * The actions a resource offers, in the order the popup shows them (the first is what Enter
 * does): call, text, TTY, chat, website. Links are built here so they can be tested.
 */
import type { Resource } from './resource-schema';

export type Action =
  | { type: 'call' | 'tty'; href: string; number: string; display: string }
  | { type: 'text'; href: string; number: string; display: string; keyword?: string; lang?: 'en' | 'fr' }
  | { type: 'chat' | 'website'; href: string };

/** `tel:` link for a number in the form that dials in its country (E.164, domestic or short code). */
export const telHref = (number: string): string => `tel:${number}`;

/** `sms:` link (RFC 5724) with the keyword prefilled when the line uses one. */
export const smsHref = (number: string, keyword?: string): string =>
  keyword ? `sms:${number}?body=${encodeURIComponent(keyword)}` : `sms:${number}`;

export function actionsFor(r: Resource): Action[] {
  const c = r.contacts ?? {};
  return [
    ...(c.phone ?? []).map((p) => ({ type: 'call' as const, href: telHref(p.number), ...p })),
    ...(c.text ?? []).map((p) => ({ type: 'text' as const, href: smsHref(p.number, p.keyword), ...p })),
    ...(c.tty ?? []).map((p) => ({ type: 'tty' as const, href: telHref(p.number), ...p })),
    ...(c.chatUrl ? [{ type: 'chat' as const, href: c.chatUrl }] : []),
    ...(r.website ? [{ type: 'website' as const, href: r.website }] : []),
  ];
}

/** The number the Copy button copies: the first phone line, else the first text line. */
export function copyableNumber(r: Resource): string | undefined {
  return r.contacts?.phone?.[0]?.display ?? r.contacts?.text?.[0]?.display;
}

/**
 * Which number forms dial in which country. E.164 where it dials from any phone; the domestic
 * form where E.164 does not dial reliably (Australian 1800/13/1300 and mobile SMS numbers, Irish
 * 1800, New Zealand 0800/0508); short codes as digits.
 */

export type Channel = 'phone' | 'text' | 'tty';

interface Forms {
  /** Forms valid for calls, texts and TTY. */
  any: readonly RegExp[];
  /** Extra forms valid for texting only (SMS short codes, mobile numbers). */
  text?: readonly RegExp[];
}

const NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

const FORMS: Record<string, Forms> = {
  // N11 codes (211, 911), 988, and BC/AB seven-digit 310-xxxx lines; SMS short codes.
  CA: { any: [NANP, /^[2-9]11$/, /^988$/, /^310\d{4}$/], text: [/^\d{5,6}$/] },
  US: { any: [NANP, /^[2-9]11$/, /^988$/], text: [/^\d{5,6}$/] },
  GB: { any: [/^\+44[1-9]\d{6,9}$/, /^999$/, /^112$/, /^116\d{3}$/] },
  IE: { any: [/^1800\d{6}$/, /^\+353[1-9]\d{6,8}$/, /^112$/, /^999$/, /^116\d{3}$/] },
  AU: { any: [/^1800\d{6}$/, /^1300\d{6}$/, /^13\d{4}$/, /^000$/], text: [/^04\d{8}$/] },
  NZ: { any: [/^0800\d{6}$/, /^0508\d{6}$/, /^111$/, /^1737$/], text: [/^\d{3,4}$/] },
  FR: { any: [/^\+33[1-9]\d{8}$/, /^1[1-9]\d?$/, /^3\d{3}$/], text: [/^114$/] },
  BE: { any: [/^\+32[1-9]\d{7,8}$/, /^1\d{2}$/] },
};
const ANYWHERE: Forms = { any: [/^\+[1-9]\d{6,14}$/] };

/** The countries a list of regions names (`CA-ON` → `CA`); `GLOBAL` needs E.164. */
function countriesOf(regions: readonly string[]): string[] {
  return [...new Set(regions.map((r) => (r === 'GLOBAL' ? '*' : r.slice(0, 2))))];
}

/**
 * Why `number` does not dial in one of the countries `regions` name over `channel`, or
 * undefined when it dials in all of them.
 */
export function dialIssue(number: string, channel: Channel, regions: readonly string[]): string | undefined {
  for (const country of countriesOf(regions)) {
    const forms = FORMS[country] ?? ANYWHERE;
    const ok = [...forms.any, ...(channel === 'text' ? (forms.text ?? []) : [])].some((re) =>
      re.test(number),
    );
    if (!ok) return `"${number}" is not a form that dials in ${country === '*' ? 'every country' : country}`;
  }
  return undefined;
}

/**
 * True when `display` (as written locally) is the same number as `number`: the same digits for
 * domestic forms and short codes; for E.164, the local digits without the trunk 0 (UK, FR, BE,
 * IE) or the leading 1 (North America).
 */
export function displayMatches(number: string, display: string): boolean {
  const digits = display.replace(/\D/g, '');
  if (!number.startsWith('+')) return digits === number;
  const local = digits.replace(/^1(?=\d{10}$)/, '').replace(/^0/, '');
  return local.length >= 6 && number.slice(1).endsWith(local);
}

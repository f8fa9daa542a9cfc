/**
 * The shape of a directory entry once sources leave the shipped data (issue 13, phase 1).
 *
 * A shim over `lib/resource-schema` until the schema itself changes: entries carry no `sources`
 * (they live in `data/sources/resources.ts`, read by tests only), regions come from a closed list,
 * and a text keyword says which language the conversation it starts is in.
 */
import type { PhoneContact, Resource as SchemaResource } from '../../lib/resource-schema';

/** Every region an entry may name: countries, the Canadian provinces and territories, UK nations. */
export const REGIONS = [
  'CA',
  'CA-AB',
  'CA-BC',
  'CA-MB',
  'CA-NB',
  'CA-NL',
  'CA-NS',
  'CA-NT',
  'CA-NU',
  'CA-ON',
  'CA-PE',
  'CA-QC',
  'CA-SK',
  'CA-YT',
  'US',
  'GB',
  'GB-ENG',
  'GB-SCT',
  'GB-WLS',
  'GB-NIR',
  'IE',
  'AU',
  'NZ',
  'FR',
  'BE',
  'GLOBAL',
] as const;
export type Region = (typeof REGIONS)[number];

export interface TextContact extends PhoneContact {
  /** Word to send first, prefilled in the `sms:` link (`CONNECT`). */
  keyword?: string;
  /** Language the conversation is held in when this keyword is sent; set whenever `keyword` is. */
  lang?: 'en' | 'fr';
}

export interface Contacts {
  phone?: PhoneContact[];
  text?: TextContact[];
  tty?: PhoneContact[];
  chatUrl?: string;
}

export type Resource = Omit<SchemaResource, 'sources' | 'regions' | 'contacts'> & {
  regions: Region[];
  contacts?: Contacts;
};

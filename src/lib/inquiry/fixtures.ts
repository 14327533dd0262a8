/** Test fixtures: the 3D sets and base contact of the Quzhou catalog, read from scenes/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InquirySet } from './facts';
import type { Inquiry } from './validate';

const scene = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../scenes/${rel}`, import.meta.url)), 'utf8'));

export function quzhouSet(id: string): InquirySet {
  return { ...scene(`quzhou/sets/${id}.json`), baseId: 'quzhou' } as InquirySet;
}

export const SETS_3D = ['courtroom', 'subway-platform', 'palace-throne-hall'].map(quzhouSet);
export const QUZHOU = scene('quzhou/base.json') as { name: { zh: string; en: string }; contact: { email: string } };

export function inquiry(patch: Partial<Inquiry> = {}): Inquiry {
  return {
    setIds: ['courtroom'],
    from: '2027-05-01',
    to: '2027-05-04',
    days: 4,
    crew: 30,
    name: 'Jane Doe',
    company: 'Harbour Pictures',
    email: 'jane@harbour.example',
    phone: '+44 20 7946 0000',
    notes: 'Night shoot on day 2; we bring our own lighting.',
    lang: 'en',
    ...patch,
  };
}

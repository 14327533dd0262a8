/** The prop library, by kit id (src/data/layout/kit.ts lists the ids and parameters). */
import { civic } from './civic.ts';
import { fixtures } from './fixtures.ts';
import { furniture } from './furniture.ts';
import { homes } from './homes.ts';
import { period } from './period.ts';
import { office } from './office.ts';
import { special } from './special.ts';
import { street } from './street.ts';
import { transit } from './transit.ts';
import type { PropBuild } from './types.ts';
import { ancient } from './ancient.ts';

export const PROPS: Record<string, PropBuild> = { ...furniture, ...fixtures, ...special, ...homes, ...street, ...period, ...transit, ...civic, ...office, ...ancient };
export type { PropBuild, PropShape, Params } from './types.ts';

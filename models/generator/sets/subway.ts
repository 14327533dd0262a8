import { SetBuilder } from '../core/builder.ts';
export function buildSubway(): SetBuilder { const b = new SetBuilder('subway-platform', 'x'); b.floorTop(-1,-1,1,1,0); return b; }

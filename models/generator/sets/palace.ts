import { SetBuilder } from '../core/builder.ts';
export function buildPalace(): SetBuilder { const b = new SetBuilder('palace-throne-hall', 'x'); b.floorTop(-1,-1,1,1,0); return b; }

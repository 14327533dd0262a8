import type { SetBuilder } from '../core/builder.ts';
export function catalogEntry(id: string, _b: SetBuilder, bytes: number, floorSize: [number, number]): object { return { id, bytes, floorSize }; }

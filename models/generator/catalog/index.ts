/** Catalog entries (scenes/quzhou/sets/<id>.json) for the generated sets. */
import type { SetBuilder } from '../core/builder.ts';
import { courtroomEntry } from './courtroom.ts';
import { palaceEntry } from './palace.ts';
import { subwayEntry } from './subway.ts';

export function catalogEntry(id: string, b: SetBuilder, bytes: number, floorSize: [number, number]): object {
  switch (id) {
    case 'courtroom':
      return courtroomEntry(b, bytes, floorSize);
    case 'subway-platform':
      return subwayEntry(b, bytes, floorSize);
    case 'palace-throne-hall':
      return palaceEntry(b, bytes, floorSize);
    default:
      throw new Error(`no catalog entry for ${id}`);
  }
}

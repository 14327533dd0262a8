import type { GuideId } from '../../state/frame';

/** The platform guides and their ids in scenes/platform-safe-zones.json. */
export const PLATFORM_GUIDES = [
  { guide: 'douyin', platform: 'douyin', color: '#ff5c8a' },
  { guide: 'tiktok', platform: 'tiktok', color: '#3fe0d8' },
  { guide: 'reels', platform: 'instagram-reels', color: '#c99bff' },
  { guide: 'shorts', platform: 'youtube-shorts', color: '#ff8a3d' },
] as const satisfies readonly { guide: GuideId; platform: string; color: string }[];

/** Broadcast guides used when the safe-zone file cannot be read (EBU R 95 / SMPTE ST 2046-1). */
export const DEFAULT_SAFE = { action: 0.93, title: 0.9 } as const;

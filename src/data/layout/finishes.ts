/**
 * The named material library a layout's finishes come from (docs/ARCHITECTURE.md §9):
 * physically based base colour (sRGB) and roughness, optionally metalness, opacity,
 * emission and a procedural pattern the model generator paints into a small texture.
 * Plain data, so the layout schema can check names and the generator can build materials.
 */
export type Pattern = 'planks' | 'grain' | 'mottle' | 'tiles' | 'checker' | 'stone' | 'ceiling-grid' | 'stripes';

export interface Finish {
  /** Base colour, sRGB "#rrggbb". */
  color: string;
  roughness: number;
  metalness?: number;
  /** Below 1: alpha-blended (glass). */
  opacity?: number;
  /** Emissive colour (sRGB) and strength: light panels, screens, daylight behind windows. */
  emissive?: string;
  emissiveStrength?: number;
  pattern?: Pattern;
  /** Metres per repeat of the pattern. */
  scale?: number;
}

export const FINISHES = {
  'oak-floor': { color: '#b98d5f', roughness: 0.42, pattern: 'planks', scale: 1.6 },
  'dark-wood': { color: '#5b3a24', roughness: 0.45, pattern: 'grain', scale: 1.4 },
  'teak': { color: '#93603a', roughness: 0.4, pattern: 'grain', scale: 1.1 },
  'red-carpet': { color: '#8a1f24', roughness: 0.96, pattern: 'mottle', scale: 0.8 },
  'grey-carpet': { color: '#5d6166', roughness: 0.95, pattern: 'mottle', scale: 0.8 },
  'marble': { color: '#e9e4dc', roughness: 0.18, pattern: 'stone', scale: 2 },
  'terrazzo': { color: '#cfc8bb', roughness: 0.35, pattern: 'mottle', scale: 1.2 },
  'ceramic-tile': { color: '#d8d6d0', roughness: 0.3, pattern: 'tiles', scale: 0.6 },
  'patterned-tile': { color: '#c9b79a', roughness: 0.35, pattern: 'checker', scale: 0.4 },
  'painted-plaster': { color: '#ebe5d8', roughness: 0.92, pattern: 'mottle', scale: 2 },
  'institutional-green': { color: '#8fa596', roughness: 0.7 },
  'wallpaper': { color: '#c8b48e', roughness: 0.85, pattern: 'stripes', scale: 0.5 },
  'lacquered-red': { color: '#8e1b16', roughness: 0.3 },
  'gold-trim': { color: '#d8aa48', roughness: 0.28, metalness: 1 },
  'stainless-steel': { color: '#c4c6c8', roughness: 0.3, metalness: 1 },
  'dark-metal': { color: '#2f3133', roughness: 0.45, metalness: 0.7 },
  'glass': { color: '#e4edf3', roughness: 0.05, opacity: 0.3 },
  'concrete': { color: '#9a9893', roughness: 0.9, pattern: 'mottle', scale: 2 },
  'asphalt': { color: '#3b3c3e', roughness: 0.95, pattern: 'mottle', scale: 1.5 },
  'paving': { color: '#a7a29a', roughness: 0.8, pattern: 'tiles', scale: 0.8 },
  'ceiling-tile': { color: '#f3f1ec', roughness: 0.9, pattern: 'ceiling-grid', scale: 1.2 },
  'white-laminate': { color: '#f0efeb', roughness: 0.5 },
  'fabric-blue': { color: '#2c3e5c', roughness: 0.9 },
  'fabric-grey': { color: '#6f7277', roughness: 0.9 },
  'leather-black': { color: '#231b18', roughness: 0.52 },
  'linen-white': { color: '#f4f1ea', roughness: 0.85 },
  'light-panel': { color: '#ffffff', roughness: 0.5, emissive: '#fff7ea', emissiveStrength: 3 },
  'daylight': { color: '#dfe9f2', roughness: 0.3, emissive: '#e8f0f8', emissiveStrength: 1.4 },
  'screen-dark': { color: '#101418', roughness: 0.2, emissive: '#1d3a5a', emissiveStrength: 1 },
  'plastic-grey': { color: '#9aa0a4', roughness: 0.5 },
  'plant-green': { color: '#3f6b35', roughness: 0.8 },
  'city-view': { color: '#b9c7d6', roughness: 0.6, emissive: '#c9d6e4', emissiveStrength: 1.2, pattern: 'stripes', scale: 6 },
  'cork': { color: '#b4875a', roughness: 0.95, pattern: 'mottle', scale: 0.4 },
  'one-way-glass': { color: '#39434c', roughness: 0.04, metalness: 0.85, opacity: 0.7 },
  'police-blue': { color: '#1f3f73', roughness: 0.55 },
  'mint-green': { color: '#b9d8cc', roughness: 0.8 },
  'roof-tile': { color: '#4d5258', roughness: 0.78, pattern: 'tiles', scale: 0.32 },
} as const satisfies Record<string, Finish>;

export type FinishName = keyof typeof FINISHES;
export const FINISH_NAMES = Object.keys(FINISHES) as FinishName[];

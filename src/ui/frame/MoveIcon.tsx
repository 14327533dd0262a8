/** Line icons for the move pad, drawn in SVG so they look the same on every system. */
const PATHS = {
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  left: 'M19 12H5M11 6l-6 6 6 6',
  right: 'M5 12h14M13 6l6 6-6 6',
  rollLeft: 'M5 12a7 7 0 1 0 2.05-4.95M4 4v4h4',
  rollRight: 'M19 12a7 7 0 1 1-2.05-4.95M20 4v4h-4',
  raise: 'M5 4h14M12 20V8M7 13l5-5 5 5',
  lower: 'M5 20h14M12 4v12M7 11l5 5 5-5',
  sliders: 'M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M14 4v4M8 10v4M16 16v4',
} as const;

export type MoveIconName = keyof typeof PATHS;

export function MoveIcon({ name }: { name: MoveIconName }) {
  return (
    <svg className="icon" width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}

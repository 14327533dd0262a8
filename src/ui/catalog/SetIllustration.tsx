import { useId } from 'react';

/** Props of the generated plan sketch used when a set has no rendered still. */
export interface SetIllustrationProps {
  width: number;
  depth: number;
  height: number;
  /** Accent colour of the footprint. */
  accent: string;
  /** Short label inside the footprint (the category name). */
  label: string;
  /** Accessible description. */
  alt: string;
}

const VIEW_W = 320;
const VIEW_H = 200;
const PAD = 34;

/**
 * A clean top-down sketch drawn from the catalog's dimensions: the footprint to
 * scale with dimension lines. It can never be a broken image.
 */
export function SetIllustration({ width, depth, height, accent, label, alt }: SetIllustrationProps) {
  const gridId = useId();
  const scale = Math.min((VIEW_W - PAD * 2) / width, (VIEW_H - PAD * 2) / depth);
  const w = width * scale;
  const d = depth * scale;
  const x = (VIEW_W - w) / 2;
  const y = (VIEW_H - d) / 2;
  const m = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1)} m`;
  return (
    <svg className="set-illustration" viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} role="img" aria-label={alt}>
      <defs>
        <pattern id={gridId} width="16" height="16" patternUnits="userSpaceOnUse">
          <path d="M16 0H0V16" fill="none" stroke="currentColor" strokeOpacity="0.08" strokeWidth="1" />
        </pattern>
      </defs>
      <rect width={VIEW_W} height={VIEW_H} fill={`url(#${gridId})`} />
      <rect x={x} y={y} width={w} height={d} fill={accent} fillOpacity="0.18" stroke={accent} strokeWidth="2" rx="2" />
      <text x={VIEW_W / 2} y={VIEW_H / 2 + 5} textAnchor="middle" className="ill-label" fill="currentColor">
        {label}
      </text>
      <g stroke="currentColor" strokeOpacity="0.55" strokeWidth="1">
        <path d={`M${x} ${y + d + 12}H${x + w}M${x} ${y + d + 8}v8M${x + w} ${y + d + 8}v8`} />
        <path d={`M${x - 12} ${y}V${y + d}M${x - 16} ${y}h8M${x - 16} ${y + d}h8`} />
      </g>
      <text x={VIEW_W / 2} y={y + d + 26} textAnchor="middle" className="ill-dim" fill="currentColor">
        {m(width)}
      </text>
      <text x={x - 18} y={VIEW_H / 2} textAnchor="end" dominantBaseline="middle" className="ill-dim" fill="currentColor">
        {m(depth)}
      </text>
      <text x={x + w - 4} y={y + 14} textAnchor="end" className="ill-dim" fill="currentColor" fillOpacity="0.8">
        ↕ {m(height)}
      </text>
    </svg>
  );
}

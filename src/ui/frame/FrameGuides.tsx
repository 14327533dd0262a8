import type { SafeZoneCatalog } from '../../data/safeZones';
import type { FracRect } from '../../lib/framing/frameGuides';
import { THIRDS, centredRect, coveredBands, insetRect, protectionRect } from '../../lib/framing/frameGuides';
import type { GuideId } from '../../state/frame';
import { useLocal, useT } from '../i18n/useT';
import { DEFAULT_SAFE, PLATFORM_GUIDES } from './guideIds';

// Guides are drawn in the 1080 × 1920 reference frame; the SVG scales them to the frame box.
const W = 1080;
const H = 1920;

const px = (r: FracRect) => ({ x: r.x * W, y: r.y * H, width: r.width * W, height: r.height * H });

/** Props of the frame guides. */
export interface FrameGuidesProps {
  guides: Record<GuideId, boolean>;
  /** The safe-zone file, or null while loading or when it is broken (platform zones then hidden, broadcast safe from defaults). */
  zones: SafeZoneCatalog | null;
}

/** The guides over the 9:16 frame: thirds, centre cross, action/title safe, 16:9 protection, platform UI bands. */
export function FrameGuides({ guides, zones }: FrameGuidesProps) {
  const t = useT();
  const local = useLocal();
  const action = zones?.guides.find((g) => g.id === 'action-safe')?.fraction ?? DEFAULT_SAFE.action;
  const title = zones?.guides.find((g) => g.id === 'title-safe')?.fraction ?? DEFAULT_SAFE.title;
  const a = px(centredRect(action));
  const ti = px(centredRect(title));
  const p169 = px(protectionRect());
  return (
    <svg className="frame-guides" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {PLATFORM_GUIDES.map(({ guide, platform, color }) => {
        if (!guides[guide]) return null;
        const z = zones?.platforms.find((p) => p.id === platform);
        if (!z) return null;
        const safe = px(insetRect(z.insets));
        return (
          <g key={guide} className="guide-platform" data-guide={guide}>
            {coveredBands(z.insets).map((b, i) => {
              const r = px(b);
              return <rect key={i} {...r} fill={color} fillOpacity={0.16} />;
            })}
            <rect {...safe} fill="none" stroke={color} strokeWidth={1.5} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
            <text x={safe.x + 10} y={safe.y + 34} className="guide-label" fill={color}>
              {local(z.name)}
              {z.estimate ? ` · ${t('frame.g.estimate')}` : ''}
            </text>
          </g>
        );
      })}
      {guides.thirds ? (
        <g className="guide-thirds" data-guide="thirds">
          {THIRDS.map((f) => (
            <line key={`v${f}`} x1={f * W} x2={f * W} y1={0} y2={H} vectorEffect="non-scaling-stroke" />
          ))}
          {THIRDS.map((f) => (
            <line key={`h${f}`} x1={0} x2={W} y1={f * H} y2={f * H} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
      ) : null}
      {guides.center ? (
        <g className="guide-center" data-guide="center">
          <line x1={W / 2 - 60} x2={W / 2 + 60} y1={H / 2} y2={H / 2} vectorEffect="non-scaling-stroke" />
          <line x1={W / 2} x2={W / 2} y1={H / 2 - 60} y2={H / 2 + 60} vectorEffect="non-scaling-stroke" />
        </g>
      ) : null}
      {guides.safe ? (
        <g className="guide-safe" data-guide="safe">
          <rect {...a} vectorEffect="non-scaling-stroke" />
          <rect {...ti} strokeDasharray="10 6" vectorEffect="non-scaling-stroke" />
        </g>
      ) : null}
      {guides.protect169 ? (
        <g className="guide-protect" data-guide="protect169">
          <rect {...p169} vectorEffect="non-scaling-stroke" />
          <text x={p169.x + 14} y={p169.y + p169.height - 16} className="guide-label">
            16:9
          </text>
        </g>
      ) : null}
    </svg>
  );
}

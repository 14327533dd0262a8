import { PROTECT_IDS, protectRect } from '../../../lib/framing/protectGuides';
import { useMoves } from '../../../state/moves';

const W = 1080;
const H = 1920;

/** The chosen protect (extraction) guides over the 9:16 frame: 16:9, 1:1, 4:5, centred or offset. */
export function ProtectGuides() {
  const protect = useMoves((s) => s.protect);
  const offset = useMoves((s) => s.protectOffset);
  const on = PROTECT_IDS.filter((id) => protect[id]);
  if (!on.length) return null;
  return (
    <svg className="frame-guides guide-protect" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false" data-testid="protect-guides">
      {on.map((id) => {
        const r = protectRect(id, offset);
        return (
          <g key={id} data-guide={`protect-${id}`}>
            <rect x={r.x * W} y={r.y * H} width={r.width * W} height={r.height * H} vectorEffect="non-scaling-stroke" />
            <text x={r.x * W + 14} y={(r.y + r.height) * H - 16} className="guide-label">
              {id}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Checkboxes for the protect guides and their vertical position. */
export function ProtectControls({ label, positions }: { label: string; positions: { up: string; centre: string; down: string; title: string } }) {
  const protect = useMoves((s) => s.protect);
  const offset = useMoves((s) => s.protectOffset);
  return (
    <fieldset className="move-protect">
      <legend>{label}</legend>
      {PROTECT_IDS.map((id) => (
        <label key={id} className="move-check">
          <input type="checkbox" checked={protect[id]} onChange={() => useMoves.getState().toggleProtect(id)} data-testid={`protect-${id.replace(':', 'x')}`} /> {id}
        </label>
      ))}
      <label>
        {positions.title}
        <select value={String(offset)} onChange={(e) => useMoves.getState().setProtectOffset(Number(e.target.value))} data-testid="protect-offset">
          <option value="-0.5">{positions.up}</option>
          <option value="0">{positions.centre}</option>
          <option value="0.5">{positions.down}</option>
        </select>
      </label>
    </fieldset>
  );
}

import { useRef } from 'react';
import { resetWalkInput, walkInput } from '../../state/walkInput';
import { useT } from '../i18n/useT';

const RADIUS = 48;

/**
 * A touch joystick for walking: push to move, the further the faster. Writes the
 * shared walk input read by the canvas each frame; releases stop at once.
 */
export function Joystick({ onMove }: { /** Asks the 3D view for frames while held. */ onMove: () => void }) {
  const t = useT();
  const knob = useRef<HTMLDivElement>(null);
  const origin = useRef<{ id: number; x: number; y: number } | null>(null);
  const set = (dx: number, dy: number) => {
    const len = Math.hypot(dx, dy);
    const k = len > RADIUS ? RADIUS / len : 1;
    const x = dx * k;
    const y = dy * k;
    if (knob.current) knob.current.style.transform = `translate(${x}px, ${y}px)`;
    walkInput.strafe = x / RADIUS;
    walkInput.forward = -y / RADIUS;
    onMove();
  };
  const end = () => {
    origin.current = null;
    resetWalkInput();
    if (knob.current) knob.current.style.transform = '';
  };
  return (
    <div
      className="joystick"
      role="application"
      aria-label={t('viewer.joystick')}
      data-testid="joystick"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const r = e.currentTarget.getBoundingClientRect();
        origin.current = { id: e.pointerId, x: r.left + r.width / 2, y: r.top + r.height / 2 };
        set(e.clientX - origin.current.x, e.clientY - origin.current.y);
      }}
      onPointerMove={(e) => {
        if (origin.current?.id === e.pointerId) set(e.clientX - origin.current.x, e.clientY - origin.current.y);
      }}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <div className="joystick-knob" ref={knob} />
    </div>
  );
}

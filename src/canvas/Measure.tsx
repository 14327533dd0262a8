import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, Line, LineBasicMaterial, Mesh, MeshBasicMaterial, SphereGeometry } from 'three';
import type { Measurement } from '../state/viewer';
import { useViewer } from '../state/viewer';
import { useModel } from './ModelContext';
import { pickSurface } from './pick';
import { clickTracker, toNdc } from './pointer';

const ndc = { x: 0, y: 0 };

/**
 * Click two points on any surface: a line between them (its length is labelled in the
 * DOM by src/ui/viewer/MeasureLabels.tsx). Several at once.
 */
export function Measure() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const model = useModel();
  const measuring = useViewer((s) => s.measuring);
  const measurements = useViewer((s) => s.measurements);

  useEffect(() => {
    if (!measuring) return;
    const el = gl.domElement;
    const tracker = clickTracker();
    const onDown = (e: PointerEvent) => tracker.down(e);
    const onUp = (e: PointerEvent) => {
      if (!tracker.isClick(e)) return;
      const hit = pickSurface(camera, toNdc(e, el, ndc).x, ndc.y, model.pickables);
      if (hit) useViewer.getState().addMeasurePoint(hit.point);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    el.style.cursor = 'crosshair';
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      el.style.cursor = '';
    };
  }, [measuring, gl, camera, model]);

  useEffect(() => invalidate(), [measurements, invalidate]);

  return (
    <>
      {measurements.map((m) => (
        <MeasureLine key={m.id} m={m} />
      ))}
    </>
  );
}

const pointGeometry = new SphereGeometry(0.06, 12, 8);
const pointMaterial = new MeshBasicMaterial({ color: '#f2b233', depthTest: false });
const lineMaterial = new LineBasicMaterial({ color: '#f2b233', depthTest: false });

function MeasureLine({ m }: { m: Measurement }) {
  const objects = useMemo(() => {
    const a = new Mesh(pointGeometry, pointMaterial);
    a.position.set(...m.a);
    a.renderOrder = 20;
    const out: { a: Mesh; b: Mesh | null; line: Line | null } = { a, b: null, line: null };
    if (m.b) {
      const b = new Mesh(pointGeometry, pointMaterial);
      b.position.set(...m.b);
      b.renderOrder = 20;
      const g = new BufferGeometry();
      g.setAttribute('position', new Float32BufferAttribute([...m.a, ...m.b], 3));
      const line = new Line(g, lineMaterial);
      line.renderOrder = 20;
      out.b = b;
      out.line = line;
    }
    return out;
  }, [m]);
  // The shared sphere and materials stay; each line's own geometry goes with it.
  useEffect(() => () => objects.line?.geometry.dispose(), [objects]);
  return (
    <>
      <primitive object={objects.a} />
      {objects.b ? <primitive object={objects.b} /> : null}
      {objects.line ? <primitive object={objects.line} /> : null}
    </>
  );
}

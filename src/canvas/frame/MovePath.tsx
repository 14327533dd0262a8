import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Intersection, Object3D } from 'three';
import { BufferAttribute, BufferGeometry, Group, Line, LineBasicMaterial, Points, PointsMaterial, Raycaster, Vector2 } from 'three';
import { MAX_KEYFRAMES, ceilingLookup, checkPath, compileMove, makeSample, sampleMove } from '../../lib/moves';
import { forward } from '../../lib/motion/pose';
import { useMoves } from '../../state/moves';
import { rig } from '../../state/rig';
import { useModel } from '../ModelContext';
import { collectTriangles } from '../prepareModel';
import { pickSurface } from '../pick';
import { clickTracker, toNdc } from '../pointer';
import { figureObjects } from './figureRegistry';

/** Points drawn per segment. */
const PER_SEGMENT = 16;
const MAX_POINTS = (MAX_KEYFRAMES - 1) * PER_SEGMENT + 1;
const OK = [0.49, 0.77, 1] as const;
const BAD = [1, 0.35, 0.31] as const;

const ndc = { x: 0, y: 0 };
const fwd = { x: 0, y: 0, z: 0 };
const ray = new Raycaster();
const rayNdc = new Vector2();
const hits: Intersection[] = [];

/**
 * The camera move in the 3D view: a line through the path (segments that pass through the set's
 * collision or leave the rig's height range in red) and a mark per keyframe. The buffers are
 * made once and rewritten on every edit. Checks the path against the set (src/lib/moves/pathCheck.ts)
 * and puts the issues in the move store. Also does tap-to-focus: with it on, a click on the set
 * or a stand-in sets the focus distance (along the lens's axis) to that point.
 * The path is an on-screen aid: it is in neither stills nor the animatic (userData.noStill).
 */
export function MovePath() {
  const model = useModel();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);

  const parts = useMemo(() => {
    const lineGeo = new BufferGeometry();
    lineGeo.setAttribute('position', new BufferAttribute(new Float32Array(MAX_POINTS * 3), 3));
    lineGeo.setAttribute('color', new BufferAttribute(new Float32Array(MAX_POINTS * 3), 3));
    const line = new Line(lineGeo, new LineBasicMaterial({ vertexColors: true }));
    const markGeo = new BufferGeometry();
    markGeo.setAttribute('position', new BufferAttribute(new Float32Array(MAX_KEYFRAMES * 3), 3));
    const marks = new Points(markGeo, new PointsMaterial({ color: 0xffffff, size: 9, sizeAttenuation: false }));
    const group = new Group();
    group.add(line, marks);
    for (const o of [group, line, marks]) {
      o.userData.noStill = true;
      o.frustumCulled = false;
      o.raycast = () => {};
    }
    return { group, line, marks, lineGeo, markGeo };
  }, []);

  useEffect(
    () => () => {
      parts.lineGeo.dispose();
      parts.markGeo.dispose();
      (parts.line.material as LineBasicMaterial).dispose();
      (parts.marks.material as PointsMaterial).dispose();
    },
    [parts],
  );

  // The set's ceiling, if it has one, for the path check (read once per set).
  const ceiling = useMemo(() => {
    if (!model.ceiling) return null;
    const tris = collectTriangles(model.ceiling);
    return tris.length ? ceilingLookup(tris) : null;
  }, [model]);

  // Redraw and recheck on every edit.
  useEffect(() => {
    const sample = makeSample();
    const update = () => {
      const move = useMoves.getState().history.present;
      const n = move.keyframes.length;
      const pos = parts.lineGeo.getAttribute('position') as BufferAttribute;
      const col = parts.lineGeo.getAttribute('color') as BufferAttribute;
      const mark = parts.markGeo.getAttribute('position') as BufferAttribute;
      if (n < 2) {
        parts.group.visible = false;
        if (useMoves.getState().pathIssues.length) useMoves.setState({ pathIssues: [] });
        invalidate();
        return;
      }
      const c = compileMove(move);
      const issues = checkPath(c, model.world, undefined, ceiling);
      const bad = new Set(issues.map((i) => i.segment));
      let k = 0;
      for (let i = 0; i + 1 < n; i++) {
        const t0 = c.times[i]!;
        const t1 = c.times[i + 1]!;
        const rgb = bad.has(i) ? BAD : OK;
        for (let j = i === 0 ? 0 : 1; j <= PER_SEGMENT; j++) {
          sampleMove(c, t0 + ((t1 - t0) * j) / PER_SEGMENT, sample);
          pos.setXYZ(k, sample.pose.x, sample.pose.y, sample.pose.z);
          col.setXYZ(k, rgb[0], rgb[1], rgb[2]);
          k++;
        }
      }
      pos.needsUpdate = true;
      col.needsUpdate = true;
      parts.lineGeo.setDrawRange(0, k);
      for (let i = 0; i < n; i++) mark.setXYZ(i, move.keyframes[i]!.pose.x, move.keyframes[i]!.pose.y, move.keyframes[i]!.pose.z);
      mark.needsUpdate = true;
      parts.markGeo.setDrawRange(0, n);
      parts.lineGeo.computeBoundingSphere();
      parts.group.visible = true;
      useMoves.setState({ pathIssues: issues });
      invalidate();
    };
    update();
    return useMoves.subscribe((s, prev) => {
      if (s.version !== prev.version) update();
    });
  }, [parts, model, invalidate, ceiling]);

  // Tap to focus.
  useEffect(() => {
    const el = gl.domElement;
    const tracker = clickTracker();
    const onDown = (e: PointerEvent) => tracker.down(e);
    const onUp = (e: PointerEvent) => {
      if (!useMoves.getState().tapFocus || !tracker.isClick(e)) return;
      toNdc(e, el, ndc);
      let point: readonly [number, number, number] | null = null;
      if (figureObjects.size) {
        rayNdc.set(ndc.x, ndc.y);
        ray.setFromCamera(rayNdc, camera);
        hits.length = 0;
        ray.intersectObjects([...figureObjects.values()] as Object3D[], true, hits);
        const h = hits.find((x) => x.object.visible);
        if (h) point = [h.point.x, h.point.y, h.point.z];
      }
      const surface = pickSurface(camera, ndc.x, ndc.y, model.pickables);
      if (surface && (!point || dist(surface.point) < dist(point))) point = surface.point;
      if (!point) return;
      // Focus is measured along the lens's axis from the sensor plane.
      forward(rig.pose.yaw, rig.pose.pitch, fwd);
      const depth = (point[0] - rig.pose.x) * fwd.x + (point[1] - rig.pose.y) * fwd.y + (point[2] - rig.pose.z) * fwd.z;
      if (depth > 0.02) useMoves.getState().setFocusAtPlayhead(depth);
      useMoves.setState({ tapFocus: false });
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    const unsub = useMoves.subscribe((s, prev) => {
      if (s.tapFocus !== prev.tapFocus) el.style.cursor = s.tapFocus ? 'crosshair' : '';
    });
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      unsub();
    };
  }, [gl, camera, model]);

  return <primitive object={parts.group} />;
}

function dist(p: readonly [number, number, number]): number {
  return Math.hypot(p[0] - rig.pose.x, p[1] - rig.pose.y, p[2] - rig.pose.z);
}

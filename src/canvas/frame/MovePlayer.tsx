import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { PerspectiveCamera } from 'three';
import { canvasVfovDeg, frameProjection } from '../../lib/framing/frameBox';
import type { CompiledMove } from '../../lib/moves';
import { compileMove, makeSample, moveDuration, sampleMove } from '../../lib/moves';
import { fovDeg } from '../../lib/camera/fov';
import { copyPose, DEG } from '../../lib/motion/pose';
import { applyBlockingAt } from '../../state/blocking';
import { frameLive, useFrameStore } from '../../state/frame';
import { bindMoveRender, moveLive, notifyMoveLive, useMoves } from '../../state/moves';
import { renderStill } from '../shots/renderStill';
import { bumpPose, cancelFlight, jumpTo, rig } from '../../state/rig';
import { placeWalkingFigures } from './FigureWalker';
import type { FrameLensValues } from './FrameLens';

const sample = makeSample();

/** Props of the move player. */
export interface MovePlayerProps {
  /** The frame's lens now: its focal length and field of view give the 9:16 frame's size in mm. */
  lens: FrameLensValues;
}

/**
 * Drives the frame camera from the camera move (src/state/moves.ts): when the playhead is set
 * (scrub, step, pause, a link's t=, an edit) the camera jumps to the move's pose there and the
 * frame store takes its focal length, so the readouts, guides and window.__scout.camera() read
 * the pose at the playhead. While the move plays, every frame advances `moveLive.t`, writes the
 * rig's pose and the canvas camera's field of view directly (no React state) and asks for the
 * next frame (frameloop "demand"); the store hears of the playhead again when playback stops.
 * Between playhead changes the camera is free: the operator can move it and add a keyframe.
 */
export function MovePlayer({ lens }: MovePlayerProps) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  // Animatic frames: rendered one by one like stills (src/canvas/shots/renderStill.ts), at the lens's true field of view.
  useEffect(() => bindMoveRender({ renderFrame: (view, width, height) => renderStill(gl, scene, camera, view, width, height), placeFigures: placeWalkingFigures }), [gl, scene, camera]);
  const compiled = useRef<CompiledMove | null>(null);
  // The 9:16 frame's size on the sensor, mm (fixed for a body and orientation): h = 2·f·tan(vfov / 2).
  const frameH = useRef(0);
  frameH.current = 2 * lens.focalMm * Math.tan((lens.vfovDeg * DEG) / 2);
  const frameW = useRef(0);
  frameW.current = 2 * lens.focalMm * Math.tan((lens.hfovDeg * DEG) / 2);
  const projection = useRef<{ fullHeight: number; boxHeight: number } | null>(null);
  const layout = useFrameStore((s) => s.layout);
  useEffect(() => {
    projection.current =
      layout && layout.box.height > 0 ? { fullHeight: frameProjection(layout.stageWidth, layout.stageHeight, layout.box, lens.vfovDeg).fullHeight, boxHeight: layout.box.height } : null;
  }, [layout, lens.vfovDeg]);

  useEffect(() => {
    const applyAt = (t: number) => {
      moveLive.t = t;
      // Stand-ins with marks go where the move has them (the store's figures: readouts, plan, 3D view).
      if (frameLive.walk.size) frameLive.walk.clear();
      applyBlockingAt(useMoves.getState().history.present, t);
      const c = compiled.current;
      if (!c || c.count === 0) return notifyMoveLive();
      sampleMove(c, t, sample);
      moveLive.focalMm = sample.focalMm;
      moveLive.focusM = sample.focusM;
      jumpTo(sample.pose);
      const frame = useFrameStore.getState();
      if (Math.abs(frame.focalMm - sample.focalMm) >= 0.05) frame.setFocal(sample.focalMm);
      useMoves.getState().setFocus(sample.focusM);
      notifyMoveLive();
    };
    const recompile = () => {
      const move = useMoves.getState().history.present;
      compiled.current = move.keyframes.length ? compileMove(move) : null;
    };
    recompile();
    const s0 = useMoves.getState();
    if (!s0.playing) applyAt(s0.playhead);
    else moveLive.t = s0.playhead;
    return useMoves.subscribe((s, prev) => {
      if (s.version !== prev.version) recompile();
      if (s.playing && !prev.playing) {
        moveLive.t = s.playhead;
        cancelFlight();
        invalidate();
        return;
      }
      if (!s.playing && (s.playhead !== prev.playhead || s.version !== prev.version || prev.playing)) applyAt(s.playhead);
    });
  }, [invalidate]);

  // Before RigDriver (−10) copies the rig's pose to the camera.
  useFrame((_, rawDelta) => {
    const s = useMoves.getState();
    const c = compiled.current;
    if (!s.playing) return;
    const d = moveDuration(s.history.present);
    let t = moveLive.t + Math.min(rawDelta, 0.1);
    if (t >= d) {
      if (s.loop && d > 0) t %= d;
      else {
        moveLive.t = d;
        // The end: the store takes the playhead (and applies the last pose and lens).
        useMoves.setState({ playing: false, playhead: d });
        return;
      }
    }
    moveLive.t = t;
    if (c) {
      sampleMove(c, t, sample);
      moveLive.focalMm = sample.focalMm;
      moveLive.focusM = sample.focusM;
      copyPose(sample.pose, rig.pose);
      const vfov = fovDeg(frameH.current, sample.focalMm);
      const p = projection.current;
      if (p) {
        camera.fov = canvasVfovDeg(vfov, p.fullHeight, p.boxHeight);
        camera.updateProjectionMatrix();
      }
      bumpPose();
    }
    notifyMoveLive();
    invalidate();
  }, -11);

  // While the move plays, the reported lens is the move's (RigDriver reports the store's lens otherwise).
  useFrame(() => {
    if (!useMoves.getState().playing || !compiled.current) return;
    rig.focalMm = sample.focalMm;
    rig.vfovDeg = fovDeg(frameH.current, sample.focalMm);
    rig.hfovDeg = fovDeg(frameW.current, sample.focalMm);
  }, -8);

  return null;
}

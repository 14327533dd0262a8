/**
 * The animatic: a camera move rendered frame by frame at 1080 × 1920 (offscreen, at the lens's
 * true field of view, so a slow machine still gets every frame), with optional burn-in, a
 * platform's safe zone and protect guides drawn over each frame, encoded as H.264 with
 * WebCodecs and muxed into MP4 by mediabunny; where WebCodecs are missing, WebM through
 * MediaRecorder (real time: see README). Loaded only when a person exports.
 */
import type { FracInsets, FracRect } from '../../../lib/framing/frameGuides';
import { coveredBands, insetRect } from '../../../lib/framing/frameGuides';
import type { Move } from '../../../lib/moves';
import { compileMove, makeSample, moveDuration, sampleMove } from '../../../lib/moves';
import { DEG, copyPose } from '../../../lib/motion/pose';
import { useFrameStore } from '../../../state/frame';
import { rig } from '../../../state/rig';
import { moveRender } from '../../../state/moves';

export const VIDEO_WIDTH = 1080;
export const VIDEO_HEIGHT = 1920;
/** H.264 High profile, level 4.0: enough for 1080 × 1920 at 30 fps (Baseline 3.1, avc1.42001f, is not). */
export const H264_CODECS = ['avc1.640028', 'avc1.4d0028', 'avc1.640032'] as const;
const BITRATE = 8_000_000;

export interface BurnIn {
  shot: string | null;
  lens: string | null;
  stop: string | null;
  timecode: boolean;
}

export interface AnimaticOptions {
  fps: 24 | 25 | 30;
  /** The 9:16 frame's height on the sensor, mm (the field of view follows each frame's focal length). */
  frameHeightMm: number;
  burnIn: BurnIn;
  /** A platform's UI insets to shade, or null. */
  safeZone: { insets: FracInsets; color: string } | null;
  /** Protect guide rectangles (fractions of the frame) with their labels. */
  protect: { rect: FracRect; label: string }[];
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, of: number) => void) | undefined;
}

export interface AnimaticResult {
  blob: Blob;
  extension: 'mp4' | 'webm';
  frames: number;
  seconds: number;
}

/** How many frames a move gives at `fps`: frame i shows t = i / fps, the last one before the end. */
export function frameCount(durationS: number, fps: number): number {
  return Math.max(1, Math.round(durationS * fps));
}

/** SMPTE-style timecode HH:MM:SS:FF at a whole frame rate. */
export function timecode(frame: number, fps: number): string {
  const ff = frame % fps;
  const total = Math.floor(frame / fps);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(total / 3600))}:${p(Math.floor(total / 60) % 60)}:${p(total % 60)}:${p(ff)}`;
}

/** The H.264 codec string this browser can encode 1080 × 1920 with, or null (then WebM). */
export async function pickH264(fps: number): Promise<string | null> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') return null;
  for (const codec of H264_CODECS) {
    try {
      const r = await VideoEncoder.isConfigSupported({ codec, width: VIDEO_WIDTH, height: VIDEO_HEIGHT, bitrate: BITRATE, framerate: fps });
      if (r.supported) return codec;
    } catch {
      // Try the next one.
    }
  }
  return null;
}

function abortError(): Error {
  const e = new Error('cancelled');
  e.name = 'AbortError';
  return e;
}

/** Draws frame `i`'s pixels and overlays into the 2D canvas. */
function drawFrame(ctx: CanvasRenderingContext2D, pixels: { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number }, i: number, o: AnimaticOptions): void {
  ctx.putImageData(new ImageData(pixels.data, pixels.width, pixels.height), 0, 0);
  const W = VIDEO_WIDTH;
  const H = VIDEO_HEIGHT;
  if (o.safeZone) {
    ctx.fillStyle = o.safeZone.color;
    ctx.globalAlpha = 0.22;
    for (const b of coveredBands(o.safeZone.insets)) ctx.fillRect(b.x * W, b.y * H, b.width * W, b.height * H);
    ctx.globalAlpha = 1;
    const s = insetRect(o.safeZone.insets);
    ctx.strokeStyle = o.safeZone.color;
    ctx.lineWidth = 3;
    ctx.setLineDash([12, 8]);
    ctx.strokeRect(s.x * W, s.y * H, s.width * W, s.height * H);
    ctx.setLineDash([]);
  }
  for (const p of o.protect) {
    ctx.strokeStyle = '#f2b233';
    ctx.lineWidth = 3;
    ctx.setLineDash([24, 12]);
    ctx.strokeRect(p.rect.x * W + 1.5, p.rect.y * H, p.rect.width * W - 3, p.rect.height * H);
    ctx.setLineDash([]);
    ctx.font = '600 34px system-ui, sans-serif';
    ctx.fillStyle = '#f2b233';
    ctx.fillText(p.label, p.rect.x * W + 16, p.rect.y * H + p.rect.height * H - 18);
  }
  const b = o.burnIn;
  const lines = [b.shot, [b.lens, b.stop].filter(Boolean).join(' · ') || null, b.timecode ? timecode(i, o.fps) : null].filter((x): x is string => Boolean(x));
  if (lines.length) {
    ctx.font = '600 40px system-ui, sans-serif';
    const lh = 54;
    const boxH = lines.length * lh + 24;
    ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
    ctx.fillRect(0, H - boxH, W, boxH);
    ctx.fillStyle = '#ffffff';
    lines.forEach((l, k) => ctx.fillText(l, 32, H - boxH + 12 + (k + 1) * lh - 14));
  }
}

/** Renders and encodes the move. Rejects with an AbortError when `signal` aborts. */
export async function exportAnimatic(move: Move, o: AnimaticOptions): Promise<AnimaticResult> {
  if (!moveRender.bound) throw new Error('The 3D view is not ready');
  const duration = moveDuration(move);
  const frames = frameCount(duration, o.fps);
  const compiled = compileMove(move);
  const sample = makeSample();
  // Blocking alone (no camera keyframes): the camera stays where it is, the stand-ins walk.
  if (compiled.count === 0) {
    copyPose(rig.pose, sample.pose);
    sample.focalMm = useFrameStore.getState().focalMm;
  }
  const canvas = document.createElement('canvas');
  canvas.width = VIDEO_WIDTH;
  canvas.height = VIDEO_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const view = { pose: sample.pose, vfovDeg: 40 };
  const render = (i: number) => {
    sampleMove(compiled, i / o.fps, sample);
    moveRender.placeFigures?.(i / o.fps);
    view.vfovDeg = (2 * Math.atan(o.frameHeightMm / (2 * sample.focalMm))) / DEG;
    drawFrame(ctx, moveRender.renderFrame(view, VIDEO_WIDTH, VIDEO_HEIGHT), i, o);
  };
  // Between frames the page gets a turn (input, painting, the progress bar).
  const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));
  const codec = await pickH264(o.fps);
  try {
    if (codec) return await encodeMp4(codec, frames, render, ctx, canvas, o, yieldToPage);
    return await recordWebm(frames, render, canvas, o, yieldToPage);
  } finally {
    moveRender.placeFigures?.(null);
    canvas.width = 0;
    canvas.height = 0;
  }
}

async function encodeMp4(
  codec: string,
  frames: number,
  render: (i: number) => void,
  _ctx: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  o: AnimaticOptions,
  yieldToPage: () => Promise<void>,
): Promise<AnimaticResult> {
  const { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Mp4OutputFormat, Output } = await import('mediabunny');
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target: new BufferTarget() });
  const source = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(source, { frameRate: o.fps });
  await output.start();
  let failure: Error | null = null;
  let pending = Promise.resolve();
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      // Packets go to the muxer in order.
      pending = pending.then(() => source.add(EncodedPacket.fromEncodedChunk(chunk), meta));
    },
    error: (e) => {
      failure = e instanceof Error ? e : new Error(String(e));
    },
  });
  encoder.configure({ codec, width: VIDEO_WIDTH, height: VIDEO_HEIGHT, bitrate: BITRATE, framerate: o.fps, avc: { format: 'avc' } });
  const frameUs = 1_000_000 / o.fps;
  try {
    for (let i = 0; i < frames; i++) {
      if (o.signal?.aborted) throw abortError();
      if (failure) throw failure;
      render(i);
      const frame = new VideoFrame(canvas, { timestamp: Math.round(i * frameUs), duration: Math.round(frameUs) });
      encoder.encode(frame, { keyFrame: i % (o.fps * 2) === 0 });
      frame.close();
      o.onProgress?.(i + 1, frames);
      // Keep the encoder's queue short (memory) and let the page breathe.
      while (encoder.encodeQueueSize > 2) await new Promise((r) => setTimeout(r, 5));
      await yieldToPage();
    }
    await encoder.flush();
    await pending;
    if (failure) throw failure;
    await output.finalize();
  } catch (err) {
    if (encoder.state !== 'closed') encoder.close();
    await output.cancel().catch(() => {});
    throw err;
  }
  if (encoder.state !== 'closed') encoder.close();
  const buffer = (output.target as InstanceType<typeof BufferTarget>).buffer;
  if (!buffer) throw new Error('The MP4 file is empty');
  return { blob: new Blob([buffer], { type: 'video/mp4' }), extension: 'mp4', frames, seconds: frames / o.fps };
}

/**
 * Where WebCodecs are missing: the frames are shown one by one on a captured canvas and recorded
 * by MediaRecorder. Its timing is the wall clock's, so each frame is held for 1/fps after it is
 * drawn; a frame that takes longer than that to render lengthens the video (README).
 */
async function recordWebm(frames: number, render: (i: number) => void, canvas: HTMLCanvasElement, o: AnimaticOptions, yieldToPage: () => Promise<void>): Promise<AnimaticResult> {
  if (typeof MediaRecorder === 'undefined' || typeof canvas.captureStream !== 'function') throw new Error('This browser can encode neither H.264 (WebCodecs) nor WebM (MediaRecorder)');
  const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
  if (!type) throw new Error('MediaRecorder cannot write WebM here');
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as (MediaStreamTrack & { requestFrame?: () => void }) | undefined;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: BITRATE });
  const parts: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size) parts.push(e.data);
  };
  const stopped = new Promise<void>((r) => (recorder.onstop = () => r()));
  recorder.start();
  try {
    for (let i = 0; i < frames; i++) {
      if (o.signal?.aborted) throw abortError();
      render(i);
      track?.requestFrame?.();
      o.onProgress?.(i + 1, frames);
      await new Promise((r) => setTimeout(r, 1000 / o.fps));
      await yieldToPage();
    }
  } finally {
    recorder.stop();
    for (const t of stream.getTracks()) t.stop();
  }
  await stopped;
  return { blob: new Blob(parts, { type: 'video/webm' }), extension: 'webm', frames, seconds: frames / o.fps };
}

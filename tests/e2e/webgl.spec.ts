/**
 * Proves the browser the tests drive can render WebGL2 at all (here: SwiftShader,
 * a software renderer, since test machines have no GPU). If this fails, every
 * canvas test would fail for a reason that has nothing to do with the app, so
 * this one says so first and plainly.
 */
import { expect, test } from '@playwright/test';

interface GlProbe {
  ok: boolean;
  reason?: string;
  renderer?: string;
  version?: string;
  /** RGBA at the centre (inside the triangle) and at a corner (outside it). */
  centre?: number[];
  corner?: number[];
}

test('WebGL2 draws a triangle and reads its pixels back', async ({ page }) => {
  await page.setContent('<!doctype html><html><body style="margin:0"><canvas id="c" width="64" height="64"></canvas></body></html>');
  const probe = await page.evaluate((): GlProbe => {
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2', { antialias: false, preserveDrawingBuffer: true });
    if (!gl) return { ok: false, reason: 'canvas.getContext("webgl2") returned null' };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    const version = String(gl.getParameter(gl.VERSION));

    // A real draw, not just a clear: shaders must compile and rasterise.
    const compile = (type: number, src: string) => {
      const s = gl.createShader(type)!;
      gl.shaderSource(s, src);
      gl.compileShader(s);
      if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(s) ?? 'compile failed');
      return s;
    };
    const prog = gl.createProgram()!;
    gl.attachShader(prog, compile(gl.VERTEX_SHADER, '#version 300 es\nin vec2 p;void main(){gl_Position=vec4(p,0.,1.);}'));
    gl.attachShader(prog, compile(gl.FRAGMENT_SHADER, '#version 300 es\nprecision mediump float;out vec4 o;void main(){o=vec4(0.,1.,0.,1.);}'));
    gl.linkProgram(prog);
    if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) return { ok: false, reason: `link failed: ${gl.getProgramInfoLog(prog)}`, renderer, version };
    gl.useProgram(prog);
    const buf = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, buf);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-0.5, -0.5, 0.5, -0.5, 0, 0.5]), gl.STATIC_DRAW);
    const loc = gl.getAttribLocation(prog, 'p');
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0);
    gl.viewport(0, 0, 64, 64);
    gl.clearColor(1, 0, 0, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    const read = (x: number, y: number) => {
      const px = new Uint8Array(4);
      gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      return Array.from(px);
    };
    return { ok: true, renderer, version, centre: read(32, 28), corner: read(1, 62) };
  });

  test.info().annotations.push({ type: 'webgl', description: probe.ok ? `${probe.version} · ${probe.renderer}` : (probe.reason ?? 'unavailable') });
  // No WebGL2 means this browser cannot run the app's canvas tests; say why rather than fail obscurely.
  test.skip(!probe.ok && /returned null/.test(probe.reason ?? ''), `This Chromium has no WebGL2 (${probe.reason}). Check the --use-angle/--enable-unsafe-swiftshader flags in tests/playwright.config.ts.`);
  expect(probe.ok, probe.reason).toBe(true);
  expect(probe.version).toMatch(/WebGL 2\.0/);
  expect(probe.centre, 'inside the triangle: green').toEqual([0, 255, 0, 255]);
  expect(probe.corner, 'outside the triangle: the red clear colour').toEqual([255, 0, 0, 255]);
});

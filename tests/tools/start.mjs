/* global process, console, setInterval */
/**
 * `npm start`: the dev server on http://127.0.0.1:5173/ (another port if that one is taken,
 * or `npm start -- --port N`), opening a browser only where there is a display to open it on.
 * On a machine without one (Linux without DISPLAY or WAYLAND_DISPLAY, CI, an SSH session
 * without X forwarding) it says where the site is instead. Ctrl-C, or SIGINT/SIGTERM to this
 * process or to npm's, closes the server and exits.
 *
 * npm runs this through a shell, and a signal to npm's process reaches that shell, which may
 * exit without passing it on (Debian's dash does): so the server also stops as soon as its
 * parent process is gone, rather than live on as an orphan holding the port.
 */
import { createServer } from 'vite';

const env = process.env;
const ci = !!env.CI && env.CI !== 'false' && env.CI !== '0';

/** Whether a browser could be opened here (vite's --open would otherwise fail quietly). */
function hasDisplay(platform = process.platform, e = env) {
  if (ci || e.SETSCOUT_NO_OPEN) return false;
  if (platform === 'darwin' || platform === 'win32') return !e.SSH_CONNECTION || !!e.DISPLAY;
  return !!(e.DISPLAY || e.WAYLAND_DISPLAY);
}

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 5173;
const open = hasDisplay();

const server = await createServer({ server: { host: '127.0.0.1', port, open } });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(open ? `SetScout is running at ${url} (opening it in your browser). Stop with Ctrl-C.` : `SetScout is running at ${url} — no display here, so open that address in a browser yourself. Stop with Ctrl-C.`);

let closing = false;
async function stop(signal) {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: stopping the dev server.`);
  await server.close().catch(() => {});
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop('npm exited');
}, 300);

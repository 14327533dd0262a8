/**
 * What window.__scout.figures() reads (docs/ARCHITECTURE.md §3). Frame mode binds the reader
 * while its scene is mounted, so the viewer route does not carry frame mode's store; outside
 * frame mode there are no stand-ins to report.
 */
export type FigureReading = { position: [number, number, number]; yawDeg: number }[];

export const figureReport: { read: () => FigureReading } = { read: () => [] };

import type { ReactNode } from 'react';
import type { RigDriverProps } from '../../canvas/RigDriver';
import type { Catalog, CatalogSet } from '../../data/load';
import type { Pose } from '../../lib/motion/pose';
import type { ViewParams } from '../../lib/url/viewUrl';

/** What a viewing mode adds to the set viewer. Every part is optional. */
export interface ModeParts {
  /** DOM over the 3D stage (frame guides, readouts, tour narration). */
  overlay?: ReactNode;
  /** A section at the top of the side panel (shot list, tour stops). */
  panel?: ReactNode;
  /** Scene content inside the model context (controllers, stand-in figures). */
  canvasChildren?: ReactNode;
  /** Field of view override for the canvas (frame mode's lens). */
  fov?: RigDriverProps;
  /** Extra parameters for the share link (body, lens, orient …). */
  shareParams?: () => Partial<ViewParams>;
  /**
   * The mode's own parameters for the share link, in place of the camera: a tour is shared
   * as its stop (and base tour), since the tour places the camera itself.
   */
  shareInstead?: () => [string, string][];
  /** Where the camera starts when the URL gives no cam= (a preset shot, the first tour stop). */
  startPose?: Pose | null;
}

/** What every mode hook receives from the set route. */
export interface ModeArgs {
  catalog: Catalog;
  set: CatalogSet;
  /** Whether this mode is the one shown. Hooks are always called; inactive ones return little. */
  active: boolean;
  /** The URL's parameters as read when the set opened (already validated). */
  initial: Partial<ViewParams>;
}

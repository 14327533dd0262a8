import type { FrameLensValues } from './FrameLens';
import { FrameController } from './controller/FrameController';
import { FigureReport } from './FigureReport';
import { FigureWalker } from './FigureWalker';
import { FrameLens } from './FrameLens';
import { MovePath } from './MovePath';
import { MovePlayer } from './MovePlayer';
import { SightBinding } from './SightBinding';
import { StandIns } from './StandIns';

/** Props of frame mode's scene content. */
export interface FrameSceneProps {
  /** The 9:16 frame's field of view and focal length for the chosen body, lens and orientation. */
  lens: FrameLensValues;
}

/** Everything frame mode adds inside the model context: the lens, the camera operator and the stand-ins. */
export function FrameScene({ lens }: FrameSceneProps) {
  return (
    <>
      <FrameLens lens={lens} />
      <FrameController lensVfovDeg={lens.vfovDeg} />
      <StandIns />
      <MovePlayer lens={lens} />
      <FigureWalker />
      <MovePath />
      <SightBinding />
      <FigureReport />
    </>
  );
}

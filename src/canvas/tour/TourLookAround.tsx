import { useTour } from '../../state/tour';
import { OrbitController } from '../OrbitController';

/**
 * The camera in tour mode belongs to the tour; "look around" hands it to the orbit controls
 * (from wherever the tour stopped) until the tour plays again.
 */
export function TourLookAround() {
  const lookAround = useTour((s) => s.lookAround);
  return lookAround ? <OrbitController /> : null;
}

import type { CatalogSet } from '../../data/load';

/** Props of the inquiry launcher shown in the shortlist. */
export interface InquiryLauncherProps {
  /** The shortlisted sets (the inquiry's default selection). */
  sets: readonly CatalogSet[];
}

/** Starts a shoot inquiry from the shortlist (built by the inquiry work; shows nothing yet). */
export function InquiryLauncher(_props: InquiryLauncherProps) {
  return null;
}

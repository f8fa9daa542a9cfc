import type { Decimals } from '../../lib/disguise/calculator';

/** What every look's component takes: how to tell the code, and what to do when it is used. */
export interface DecoyProps {
  /** True when what was typed is the code (the page compares; the look never sees the code). */
  isCode: (typed: string) => boolean;
  /** The code was used: open Waypoint (or, when practising, say that it worked). */
  onUnlock: () => void;
  /** The interface language's decimal separator. */
  separator: '.' | ',';
  /** Take focus on mount (the toolbar window), so typing works at once. */
  autoFocus?: boolean;
}

/** The calculator's and the converter's props: results shown with the chosen decimal places. */
export interface NumericDecoyProps extends DecoyProps {
  decimals: Decimals;
}

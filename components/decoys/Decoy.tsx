import type { Decimals } from '../../lib/disguise/calculator';
import type { Disguise } from '../../lib/settings/settings';
import { Calculator } from './Calculator';
import { Converter } from './Converter';
import type { DecoyProps } from './decoy-props';
import { Notepad } from './Notepad';

export interface LookProps extends DecoyProps {
  look: Exclude<Disguise, 'none'>;
  decimals: Decimals;
  /** The notepad's text and where it goes (the page keeps it). */
  notes: string;
  onNotes: (text: string) => void;
  notesSaved?: boolean;
}

/** The working tool for a look. */
export function Decoy({ look, decimals, notes, onNotes, notesSaved, ...common }: LookProps) {
  if (look === 'calculator') return <Calculator {...common} decimals={decimals} />;
  if (look === 'converter') return <Converter {...common} decimals={decimals} />;
  return <Notepad {...common} text={notes} onText={onNotes} saved={notesSaved} />;
}

import '../../components/base.css';
import '../../components/decoys/decoys.css';
import { DecoyShell } from '../../platform/decoy-shell';
import { mountPage } from '../../platform/page';
import { loadSettings } from '../../platform/settings-store';

// Nothing of the directory is imported here: behind a discreet look it loads after the code.
const initial = loadSettings();
mountPage(() => (
  <DecoyShell page="popup" initial={initial} load={() => import('./directory').then((m) => m.App)} />
));

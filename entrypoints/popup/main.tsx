import '../../components/base.css';
import '../../components/decoys/decoys.css';
import { DecoyShell } from '../../platform/decoy-shell';
import { mountPage } from '../../platform/page';

// Nothing of the directory is imported here: behind a discreet look it loads after the code.
mountPage(() => <DecoyShell page="popup" load={() => import('./directory').then((m) => m.App)} />);

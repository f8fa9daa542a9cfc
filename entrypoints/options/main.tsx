import '../../components/base.css';
import '../../components/decoys/decoys.css';
import './style.css';
import { DecoyShell } from '../../platform/decoy-shell';
import { mountPage } from '../../platform/page';
import { loadSettings } from '../../platform/settings-store';

// Behind a discreet look this page is the look's settings; Waypoint's load after the code.
const initial = loadSettings();
mountPage(() => (
  <DecoyShell page="options" initial={initial} load={() => import('./App').then((m) => m.App)} />
));

import '../../components/base.css';
import '../../components/decoys/decoys.css';
import { DecoyShell } from '../../platform/decoy-shell';
import { mountPage } from '../../platform/page';

// Nothing of the directory is imported here: behind a discreet look it loads after the code.
mountPage(
  ({ lang }) => <DecoyShell page="popup" lang={lang} load={() => import('./directory').then((m) => m.App)} />,
  { remount: false },
);

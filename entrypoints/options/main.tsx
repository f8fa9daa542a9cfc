import '../../components/base.css';
import '../../components/decoys/decoys.css';
import './style.css';
import { DecoyShell } from '../../platform/decoy-shell';
import { mountPage } from '../../platform/page';

// Behind a discreet look this page is the look's settings; Waypoint's load after the code.
mountPage(
  ({ lang }) => <DecoyShell page="options" lang={lang} load={() => import('./App').then((m) => m.App)} />,
  {
    remount: false,
  },
);

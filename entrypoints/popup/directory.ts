/** Waypoint's own popup (the directory), loaded by the shell only when it is shown. */
import '../../components/cards.css';
import './style.css';

export { App } from './App';

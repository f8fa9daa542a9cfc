import { render } from 'preact';
import '../../components/base.css';
import '../../components/cards.css';
import './style.css';
import { uiLang } from '../../platform/i18n';
import { App } from './App';

document.documentElement.lang = uiLang();

render(<App />, document.getElementById('app')!);

import '../../components/base.css';
import '../../components/cards.css';
import '../options/style.css';
import './style.css';
import { mountPage } from '../../platform/page';
import { App } from './App';

mountPage(App);

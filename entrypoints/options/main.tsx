import '../../components/base.css';
import './style.css';
import { mountPage } from '../../platform/page';
import { App } from './App';

mountPage(App);

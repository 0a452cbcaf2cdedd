import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/theme.css';

render(<PopupApp />, document.getElementById('root')!);

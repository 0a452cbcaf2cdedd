import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/ui/theme.css';

render(<PopupApp />, document.getElementById('root')!);

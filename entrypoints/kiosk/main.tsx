import { render } from 'preact';
import { KioskApp } from '../../components/KioskApp';
import '../../components/theme.css';
import '../../components/kiosk.css';

render(<KioskApp />, document.getElementById('root')!);

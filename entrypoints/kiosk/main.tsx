import { render } from 'preact';
import { KioskApp } from '../../components/kiosk/KioskApp';
import '../../components/ui/theme.css';
import '../../components/kiosk/kiosk.css';

render(<KioskApp />, document.getElementById('root')!);

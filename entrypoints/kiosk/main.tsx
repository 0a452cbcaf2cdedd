import { render } from 'preact';
import { KioskApp } from '../../components/KioskApp';
import '../../components/theme.css';

render(<KioskApp />, document.getElementById('root')!);

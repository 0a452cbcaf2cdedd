import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/theme.css';

render(<SidePanelApp />, document.getElementById('root')!);

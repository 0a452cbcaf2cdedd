import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import '../../components/ui/theme.css';

render(<SidePanelApp />, document.getElementById('root')!);

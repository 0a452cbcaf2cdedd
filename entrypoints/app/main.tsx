import { render } from 'preact';
import { WorkspaceApp } from '../../components/WorkspaceApp';
import '../../components/theme.css';

render(<WorkspaceApp />, document.getElementById('root')!);

import { render } from 'preact';
import { WorkspaceApp } from '../../components/workspace/WorkspaceApp';
import '../../components/ui/theme.css';

render(<WorkspaceApp />, document.getElementById('root')!);

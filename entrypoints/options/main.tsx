import { render } from 'preact';
import { OptionsApp } from '../../components/settings/OptionsApp';
import '../../components/ui/theme.css';

render(<OptionsApp />, document.getElementById('root')!);

import { useWorkspace } from '../workspace/WorkspaceContext';
import { IntakeForm } from './IntakeForm';
import { SuggestionList } from './SuggestionList';

/** The head start tab: what the organization already holds and follows, and the answers that suggests. */
export function HeadStartView() {
  const workspace = useWorkspace();
  const assessment = workspace.current.value;
  const catalog = workspace.catalog.value;
  if (!assessment || !catalog) return null;
  return (
    <div class="stack">
      <IntakeForm key={assessment.id} assessment={assessment} />
      <SuggestionList catalog={catalog} suggestions={workspace.suggestions.value} onConfirm={workspace.confirmSuggestions} />
    </div>
  );
}

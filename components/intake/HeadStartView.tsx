import { useWorkspace } from '../workspace/WorkspaceContext';
import { IntakeForm } from './IntakeForm';

/** The head start tab: what the organization already holds and follows. */
export function HeadStartView() {
  const workspace = useWorkspace();
  const assessment = workspace.current.value;
  if (!assessment) return null;
  return (
    <div class="stack">
      <IntakeForm key={assessment.id} assessment={assessment} />
    </div>
  );
}

import { useWorkspace } from './WorkspaceContext';

/** A compact switch between stored assessments, for narrow surfaces. */
export function AssessmentPicker() {
  const workspace = useWorkspace();
  return (
    <div class="field">
      <label for="current-assessment">Assessment</label>
      <select
        id="current-assessment"
        value={workspace.current.value?.id}
        onChange={(event) => void workspace.select(event.currentTarget.value)}
      >
        {workspace.assessments.value.map((record) => (
          <option key={record.id} value={record.id}>
            {record.organization}
          </option>
        ))}
      </select>
    </div>
  );
}

import { openPage } from '../../lib/state/navigation';
import { AssumptionsEditor } from './AssumptionsEditor';
import { BackupPanel } from './BackupPanel';
import { BrandForm } from './BrandForm';
import { CurrencyForm } from './CurrencyForm';
import { DeleteAllPanel } from './DeleteAllPanel';
import { KioskSettingsForm } from '../kiosk/SettingsForm';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { WorkspaceProvider } from '../workspace/WorkspaceProvider';

/** Settings and data management. */
export function OptionsApp() {
  return (
    <WorkspaceProvider>
      <OptionsScreen />
    </WorkspaceProvider>
  );
}

function OptionsScreen() {
  const workspace = useWorkspace();
  const catalog = workspace.catalog.value!;
  const controls = catalog.items.filter((item) => item.kind === 'control').length;
  return (
    <main class="page stack">
      <h1>Settings</h1>
      <section class="card stack" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>
          {workspace.assessments.value.length} assessment{workspace.assessments.value.length === 1 ? '' : 's'} stored in this
          browser profile. Nothing leaves this browser unless you export it.
        </p>
        <button type="button" onClick={() => void openPage('app')}>
          Open the workspace
        </button>
      </section>
      <BackupPanel />
      <DeleteAllPanel />
      <BrandForm />
      <CurrencyForm />
      <AssumptionsEditor />
      <KioskSettingsForm />
      <section class="card stack" aria-labelledby="catalog-title">
        <h2 id="catalog-title">Catalog</h2>
        <p>
          {catalog.standard}: {catalog.items.length - controls} clause requirements and {controls} Annex A controls, catalog
          version {catalog.version}.
        </p>
      </section>
    </main>
  );
}

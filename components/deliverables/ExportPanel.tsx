import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { toReportHtml } from '../../lib/exports/html';
import { toJson } from '../../lib/exports/json';
import { toMarkdown } from '../../lib/exports/markdown';
import { toRoadmapCsv } from '../../lib/exports/roadmap-csv';
import { toSoaCsv } from '../../lib/exports/soa';
import { downloadBytes, downloadText, openHtmlInNewTab, printHtml } from '../../lib/state/download';
import { EstimateProblem } from '../estimate/EstimateProblem';
import { exportFileName } from '../ui/file-names';
import { useBrand } from '../ui/useBrand';
import { useAssessmentReport } from './useAssessmentReport';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkbookTransfer } from './useWorkbookTransfer';
import { WorkbookImport } from './WorkbookImport';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every export of the current assessment: Markdown, the two CSVs, JSON and the printable report. */
export function ExportPanel() {
  const workspace = useWorkspace();
  const report = useAssessmentReport().value;
  const workbooks = useWorkbookTransfer();
  const brand = useBrand().brand.value;
  const status = useSignal('');
  const makingWorkbook = useSignal(false);
  const reportUrl = useRef<string | undefined>(undefined);
  // The report tab has loaded its copy long before this panel goes away.
  useEffect(
    () => () => {
      if (reportUrl.current) URL.revokeObjectURL(reportUrl.current);
    },
    [],
  );
  const { assessment, catalog, answers, soa, planned } = report;
  const name = (suffix: string) => exportFileName(assessment.organization, suffix);

  function download(fileName: string, text: string, type?: string) {
    downloadText(fileName, text, type);
    status.value = `Downloaded ${fileName}.`;
  }

  async function downloadWorkbook() {
    makingWorkbook.value = true;
    status.value = 'Making the workbook…';
    try {
      const bytes = await workbooks.workbook({ catalog, assessment, answers, planned, estimateErrors: report.estimateErrors, firmName: brand.firmName });
      downloadBytes(name('questionnaire.xlsx'), bytes, xlsxType);
      status.value = `Downloaded ${name('questionnaire.xlsx')}.`;
    } catch (failure) {
      status.value = `The workbook could not be made (${failure instanceof Error ? failure.message : String(failure)}).`;
    } finally {
      makingWorkbook.value = false;
    }
  }

  function reportHtml(): string | undefined {
    return planned && toReportHtml({ summary: planned.summary, roadmap: planned.roadmap, soa, brand });
  }

  function printReport() {
    const html = reportHtml();
    if (!html) return;
    printHtml(html);
    status.value = 'The print dialog shows the report: choose A4 or Letter, or save it as a PDF.';
  }

  function openReport() {
    const html = reportHtml();
    if (!html) return;
    if (reportUrl.current) URL.revokeObjectURL(reportUrl.current);
    reportUrl.current = openHtmlInNewTab(html);
    status.value = 'The report opened in a new tab: print it from there, or save it as a PDF.';
  }

  return (
    <section class="stack" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p class="hint">Files are made here, in your browser, and saved to your downloads. Nothing is sent anywhere.</p>
      {!planned && <EstimateProblem errors={report.estimateErrors} what="the roadmap, the Markdown and the report" />}
      <ul class="plain export-list">
        <li>
          <button
            type="button"
            disabled={!planned}
            onClick={() => planned && download(name('summary.md'), toMarkdown(planned.summary, planned.roadmap, brand), 'text/markdown;charset=utf-8')}
          >
            Markdown (.md)
          </button>
          <span class="hint">The summary and the roadmap, to paste into a proposal, Notion or Confluence.</span>
        </li>
        <li>
          <button type="button" disabled={!planned} onClick={() => planned && download(name('roadmap.csv'), toRoadmapCsv(planned.roadmap, catalog))}>
            Roadmap (CSV)
          </button>
          <span class="hint">One row per task, for Excel, LibreOffice or a project tool.</span>
        </li>
        <li>
          <button type="button" onClick={() => download(name('soa.csv'), toSoaCsv(catalog, answers))}>
            Statement of Applicability (CSV)
          </button>
          <span class="hint">All {soa.length} Annex A controls.</span>
        </li>
        <li>
          <button type="button" disabled={makingWorkbook.value} onClick={() => void downloadWorkbook()}>
            Workbook (.xlsx)
          </button>
          <span class="hint">
            Summary, SoA, roadmap and every item as a questionnaire your client can fill in (a drop-down per level), then send back to import
            below.
          </span>
        </li>
        <li>
          <button
            type="button"
            onClick={() =>
              download(name('assessment.json'), toJson(assessment, workspace.answers.value, catalog.version, Date.now()), 'application/json')
            }
          >
            Whole assessment (JSON)
          </button>
          <span class="hint">Every answer, note and setting, to import again here or in another browser.</span>
        </li>
        <li>
          <button type="button" disabled={!planned} onClick={openReport}>
            Printable report
          </button>
          <span class="hint">
            A cover with your brand, contents, the summary, the roadmap and the Statement of Applicability, with page numbers: opens in a
            new tab.
          </span>
        </li>
        <li>
          <button type="button" disabled={!planned} onClick={printReport}>
            Print the report
          </button>
          <span class="hint">The same report, straight to the print dialog (A4 or Letter), to print or save as a PDF.</span>
        </li>
      </ul>
      <p role="status" class="hint">
        {status.value}
      </p>
      <WorkbookImport />
    </section>
  );
}

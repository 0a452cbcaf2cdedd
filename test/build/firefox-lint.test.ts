import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

const firefoxBuild = '.output/firefox-mv2';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

/** One line per finding, readable in the failure: code, where, what. */
const explain = (message: LintMessage) =>
  `${message.code} in ${message.file ?? '(no file)'}${message.line ? `:${message.line}` : ''}: ${message.message}` +
  (message.description ? ` — ${message.description}` : '');

it("the Firefox build passes Mozilla's add-on linter with no errors and no warnings", () => {
  expect(existsSync(`${firefoxBuild}/manifest.json`), 'run `npm run build` first').toBe(true);
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as { errors: LintMessage[]; warnings: LintMessage[] };
  const findings = { errors: report.errors.map(explain), warnings: report.warnings.map(explain) };
  expect(findings, `the linter reported:\n${[...findings.errors, ...findings.warnings].join('\n')}`).toEqual({ errors: [], warnings: [] });
});

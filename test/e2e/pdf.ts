import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF's text and page count, read by poppler as a person's PDF reader would. */
export function pdfText(pdf: Buffer): { text: string; pages: number; size: string } {
  const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return {
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
      size: /^Page size:\s+(.*)$/m.exec(info)![1]!,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

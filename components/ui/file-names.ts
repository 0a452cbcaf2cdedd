/** Lower-case ASCII words joined by hyphens, "Müller & Co. GmbH" → "muller-co-gmbh"; never empty. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return words || 'assessment';
}

/** "acme-gmbh-roadmap.csv" */
export function exportFileName(organization: string, suffix: string): string {
  return `${slug(organization)}-${suffix}`;
}

/** "iso27001-readiness-backup-2025-03-14.json" */
export function backupFileName(now: number): string {
  return `iso27001-readiness-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

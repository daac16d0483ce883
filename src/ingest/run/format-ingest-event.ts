import path from 'node:path';
import type { IngestEvent, IngestReport } from './run-ingest.ts';

/** One line for one event: what happened to which file. */
export function formatIngestEvent(event: IngestEvent): string {
  switch (event.type) {
    case 'ingested': {
      const claims = `${event.claims} claim${event.claims === 1 ? '' : 's'}`;
      const warnings = event.warnings.length > 0 ? `; warning: ${event.warnings.join('; ')}` : '';
      return `${event.isNew ? 'new    ' : 'updated'} ${event.file} -> ${path.basename(event.entry)}: ${claims}${warnings}`;
    }
    case 'unchanged':
      return `same    ${event.file}`;
    case 'duplicate':
      return `skipped ${event.file}: same text as ${event.of}, so it is not ingested twice; delete one of the two`;
    case 'error':
      return `error   ${event.message}`;
    case 'skipped':
      return `skipped ${event.file}: ${event.reason}`;
    case 'removed':
      return `removed ${event.entry}: its source is gone (its URLs stay reachable through the permalink ledger)`;
  }
}

/** The closing summary: counts, and how to fix errors when there were any. */
export function formatIngestSummary(report: IngestReport): string {
  const count = (type: IngestEvent['type']) => report.events.filter((event) => event.type === type).length;
  const ingested = report.events.filter((event): event is Extract<IngestEvent, { type: 'ingested' }> => event.type === 'ingested');
  const claims = ingested.reduce((sum, event) => sum + event.claims, 0);
  const parts = [
    `${ingested.filter((e) => e.isNew).length} new`,
    `${ingested.filter((e) => !e.isNew).length} updated`,
    `${count('unchanged')} unchanged`,
    `${count('duplicate')} duplicate`,
    `${count('removed')} removed`,
    `${count('error')} failed`,
    ...(count('skipped') > 0 ? [`${count('skipped')} not read`] : []),
  ];
  const lines = [`Ingest: ${report.total} source${report.total === 1 ? '' : 's'} (${parts.join(', ')}); ${claims} claim${claims === 1 ? '' : 's'} in the ${ingested.length} ingested.`];
  if (count('error') > 0) lines.push('Fix or remove the failed files above and run the ingest again; the other articles were ingested.');
  return lines.join('\n');
}

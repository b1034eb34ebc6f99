import { describe, expect, test } from 'vitest';
import { withExportSection } from '../exportMeasure.js';

const FINDINGS = '<!-- findings -->';

describe('the export section of RESULTS.md', () => {
  test('goes before the findings, then replaces itself, keeping what others wrote', () => {
    const report = `# Results\n\n## Queries\n\nfigures\n\n${FINDINGS}\n\nby hand\n\n## Timeline\n\nkept\n`;
    const first = withExportSection(report, '## CSV export\n\nold\n', FINDINGS);
    expect(first).toBe(
      `# Results\n\n## Queries\n\nfigures\n\n## CSV export\n\nold\n\n${FINDINGS}\n\nby hand\n\n## Timeline\n\nkept\n`,
    );
    const second = withExportSection(first, '## CSV export\n\nnew\n', FINDINGS);
    expect(second).toBe(first.replace('old', 'new'));
  });
});

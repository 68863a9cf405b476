import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeReportSchema } from '../../../shared/programme/schemas';
import { runCli } from '../../support/cli';

let root: string;
let workspace: string;
let configDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-cli-programme-'));
  workspace = path.join(root, 'workspace');
  configDir = path.join(root, 'config');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const guftagu = (...args: string[]) => runCli(configDir, [...args, '-w', workspace]);

describe('guftagu session edit, participant, report', () => {
  it.each(['session edit', 'participant add', 'participant list', 'report'])(
    '%s --help names --workspace',
    async (command) => {
      const result = await runCli(configDir, [...command.split(' '), '--help']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('--workspace');
    },
  );

  it('edits a session, adds participants with consent and reports the figures', async () => {
    expect((await guftagu('session', 'create', 'Multan dialogue')).code).toBe(0);
    const edited = await guftagu(
      'session',
      'edit',
      'multan dialogue',
      '--type',
      'university-dialogue',
      '--date',
      '2026-02-01',
      '--city',
      'Multan',
      '--partner',
      'BZU',
      '--partner',
      'FES',
      '--campaign',
      'Bol',
      '--hashtag',
      'BolKeLab',
      '--topic',
      'Tolerance',
      '--language',
      'ur',
      '--link',
      'https://example.org/live',
    );
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toMatch(/partners\s+BZU, FES/);
    expect(edited.stdout).toMatch(/hashtags\s+#BolKeLab/);

    const scan = path.join(root, 'form.png');
    writeFileSync(scan, 'png');
    const added = await guftagu(
      'participant',
      'add',
      'Multan dialogue',
      '--name',
      'عائشہ خان',
      '--gender',
      'woman',
      '--age-band',
      '18-24',
      '--organisation',
      'BZU',
      '--consent',
      'publish-anonymous',
      '--consent-date',
      '2026-02-01',
      '--form-ref',
      'F-9',
      '--scan',
      scan,
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('as Participant 1');
    expect(
      (await guftagu('participant', 'add', 'Multan dialogue', '--name', 'Bilal', '--gender', 'man')).code,
    ).toBe(0);

    const listed = await guftagu('participant', 'list', 'Multan dialogue');
    expect(listed.stdout).toMatch(
      /1\s+عائشہ خان\s+woman\s+participant\s+BZU\s+publish-anonymous\s+2026-02-01\s+F-9 consent\//,
    );

    const json = await guftagu('report', '--format', 'json', '--campaign', 'bol', '--from', '2026-01-01');
    expect(json.code, json.stderr).toBe(0);
    const report = programmeReportSchema.parse(JSON.parse(json.stdout));
    expect(report.participants).toMatchObject({ total: 2, women: 1, womenPercent: 50 });
    expect(report.consent).toMatchObject({ missing: 1, withScan: 1 });

    const csv = await guftagu('report', '--format', 'csv', '--type', 'university-dialogue');
    expect(csv.stdout.startsWith('\uFEFFSection,Item,Count')).toBe(true);
    expect(csv.stdout).toContain('Participants,Women,1,50\r\n');
    const table = await guftagu('report');
    expect(table.stdout).toMatch(/Participants\s+Women\s+1\s+50/);
  });

  it('fails bad input with exit 1, a message and a hint', async () => {
    const cases = [
      ['participant', 'add', 'Multan dialogue', '--name', ' ', '--gender', 'man'],
      ['participant', 'add', 'Multan dialogue', '--name', 'bilal', '--gender', 'man'],
      [
        'participant',
        'add',
        'Multan dialogue',
        '--name',
        'Sana',
        '--gender',
        'woman',
        '--consent-date',
        '2026-13-01',
      ],
      ['session', 'edit', 'Multan dialogue', '--date', '2026-02-30'],
      ['session', 'edit', 'No such session', '--city', 'X'],
      ['report', '--from', '2026-02-30'],
    ];
    for (const args of cases) {
      const result = await guftagu(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^Error: .+\nHint: .+/);
    }
    // Upcoming events can be planned: a session date in the future is kept (consent dates cannot be).
    const planned = await guftagu('session', 'edit', 'Multan dialogue', '--date', '2999-01-01');
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain('2999-01-01');
    const badChoice = await guftagu(
      'participant',
      'add',
      'Multan dialogue',
      '--name',
      'Z',
      '--gender',
      'female',
    );
    expect(badChoice.code).not.toBe(0);
    expect(badChoice.stderr).toContain('Allowed choices are woman');
  });
});

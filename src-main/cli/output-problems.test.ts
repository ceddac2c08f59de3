/**
 * A coach's slips with where a command writes or reads its store: an `-o` into a folder that does
 * not exist, an `-o` for FIT workouts that names a file, `--data-dir` naming the store file rather
 * than its folder. Each is wrong usage (plan-file.md "Bad input": exit 2), said in one sentence
 * that names the path, never "internal error" or a Node error code; and nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkdir, springTenKPlan } from './cli-test-store';

const { dir, stride, seedStore } = cliWorkdir('stride-output-problems-', 30000);
const plan = springTenKPlan({ name: 'Maya Ortiz', runDaysPerWeek: 5 });

describe('where a command writes', () => {
  it('export plan into a folder that does not exist: exit 2 and the folder named, no "internal error"', () => {
    const { store } = seedStore(plan, 'plan-store');
    const r = stride(['export', 'plan', '1', '-o', 'no-such-folder/plan.json', '--data-dir', store]);
    expect(r.stderr).toBe(
      `stride: Cannot write ${path.join(dir, 'no-such-folder/plan.json')}: the folder ${path.join(dir, 'no-such-folder')} does not exist or is not writable\n`,
    );
    expect(r.status).toBe(2);
  });

  it('generate into a folder that does not exist: exit 2 and the folder named', () => {
    const r = stride(['generate', '--distance', '10k', '--race-date', '2027-06-13', '--start', '2027-03-01', '-o', 'missing/draft.json']);
    expect(r.stderr).toBe(
      `stride: Cannot write ${path.join(dir, 'missing/draft.json')}: the folder ${path.join(dir, 'missing')} does not exist or is not writable\n`,
    );
    expect(r.status).toBe(2);
  });

  it('export fit -o naming a file (not a folder): exit 2, the file named and --zip offered, the file untouched', () => {
    const { store } = seedStore(plan, 'fit-store');
    writeFileSync(path.join(dir, 'workouts.fit'), 'mine');
    const r = stride(['export', 'fit', '1', '-o', 'workouts.fit', '--data-dir', store]);
    expect(r.stderr).toBe(
      `stride: -o ${path.join(dir, 'workouts.fit')} is a file: export fit writes a folder of .fit files there (or, with --zip, one .zip file)\n`,
    );
    expect(r.status).toBe(2);
    expect(readFileSync(path.join(dir, 'workouts.fit'), 'utf8')).toBe('mine');
  });

  it('export fit -o inside a file: exit 2 and a sentence, not ENOTDIR', () => {
    const { store } = seedStore(plan, 'fit-store-2');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const r = stride(['export', 'fit', '1', '-o', 'notes.txt/watch', '--data-dir', store]);
    expect(r.stderr).toBe(
      `stride: Cannot make the folder ${path.join(dir, 'notes.txt/watch')}: ${path.join(dir, 'notes.txt')} is a file, not a folder\n`,
    );
    expect(r.status).toBe(2);
  });
});

describe('export fit -o - (standard output for the other exports)', () => {
  it('is refused as export pdf refuses it, writing no folder or file named "-"', () => {
    const { store } = seedStore(plan, 'fit-dash');
    for (const extra of [[], ['--zip']]) {
      const r = stride(['export', 'fit', '1', '-o', '-', ...extra, '--data-dir', store]);
      expect(r.stderr.split('\n')[0]).toBe('stride: export fit writes files: give -o a folder (or, with --zip, a .zip file name)');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(existsSync(path.join(dir, '-'))).toBe(false);
    }
  });
});

describe('--data-dir naming the store file instead of its folder', () => {
  it('an export says so and names the folder to give', () => {
    const { store } = seedStore(plan, 'file-store');
    const storeFile = path.join(store, 'stride.sqlite');
    const r = stride(['export', 'plan', '1', '-o', '-', '--data-dir', storeFile]);
    expect(r.stderr).toBe(
      `stride: --data-dir ${storeFile} is a file: give the folder that holds stride.sqlite (--data-dir ${store})\n`,
    );
    expect(r.status).toBe(2);
  });

  it('an import says so too, and creates nothing', () => {
    const { store } = seedStore(plan, 'file-store-2');
    const storeFile = path.join(store, 'stride.sqlite');
    const before = readFileSync(storeFile);
    const r = stride(['import', path.join(dir, 'file-store-2.strideplan.json'), '--data-dir', storeFile]);
    expect(r.stderr).toBe(
      `stride: --data-dir ${storeFile} is a file: give the folder that holds stride.sqlite (--data-dir ${store})\n`,
    );
    expect(r.status).toBe(2);
    expect(readFileSync(storeFile).equals(before)).toBe(true);
  });

  it('STRIDE_DATA_DIR naming a file is named as that', () => {
    mkdirSync(path.join(dir, 'env-case'));
    const notAFolder = path.join(dir, 'env-case', 'data');
    writeFileSync(notAFolder, 'x');
    const r = stride(['export', 'plan', '1', '-o', '-'], { STRIDE_DATA_DIR: notAFolder });
    expect(r.stderr).toBe(`stride: STRIDE_DATA_DIR ${notAFolder} is a file: give the folder that holds stride.sqlite\n`);
    expect(r.status).toBe(2);
    expect(existsSync(path.join(notAFolder, 'stride.sqlite'))).toBe(false);
  });
});

describe('an empty store file (0 bytes: a crash while creating it, a sync placeholder)', () => {
  // An export made it a new empty store (the upgrade path of an older store) and then said
  // "there is no plan 1": an export wrote. Now it says what it found and leaves the file as it was.
  it('an export says the store is empty and writes nothing', () => {
    const folder = path.join(dir, 'empty-store');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'stride.sqlite'), '');
    const r = stride(['export', 'plan', '1', '-o', '-', '--data-dir', folder]);
    expect(r.stderr).toBe(`stride: the plan store ${path.join(folder, 'stride.sqlite')} is empty (0 bytes): it holds no plans\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(path.join(folder, 'stride.sqlite')).length).toBe(0);
  });
});

describe('a command group with a wrong second word', () => {
  it('stride export xyz names "xyz" before listing the export commands', () => {
    const r = stride(['export', 'xyz', '1']);
    expect(r.stderr.split('\n')[0]).toBe('stride export: there is no "export xyz"; say which one');
    expect(r.stderr).toContain('stride export plan <plan-id>');
    expect(r.status).toBe(2);
  });

  it('stride export --help prints the export commands on stdout and exits 0 (it was an error, exit 2)', () => {
    for (const help of ['--help', '-h']) {
      const r = stride(['export', help]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage:\n {2}stride export fit /);
      expect(r.stdout).toContain('stride export plan <plan-id>');
    }
  });

  it('stride --version prints the version (it was "unknown command" and the whole usage, exit 2)', () => {
    const version = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version;
    for (const flag of ['--version', '-V', 'version']) {
      const r = stride([flag]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`stride ${version}\n`);
      expect(r.status).toBe(0);
    }
  });

  it('stride export alone still asks which one', () => {
    const r = stride(['export']);
    expect(r.stderr.split('\n')[0]).toBe('stride export: say which one');
    expect(r.status).toBe(2);
  });
});

/**
 * Every built page is valid HTML by html-validate's recommended rules
 * (https://html-validate.org/rules/presets.html), configured in .htmlvalidate.json.
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireBuild } from './site';

beforeAll(() => requireBuild());

describe('HTML validity', () => {
  it('reports no errors on any built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles();
    const reports = await Promise.all(files.map((f) => validator.validateFile(join(DIST, f))));
    const failing = reports.filter((r) => !r.valid);
    console.log(`html-validate: ${files.length} pages, ${failing.reduce((n, r) => n + r.errorCount, 0)} errors`);
    const text = formatterFactory('text');
    expect(failing.map((r) => text(r.results)).join('\n')).toBe('');
  });

  it('catches an invalid page (a control: the validator really runs)', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div id="a"></div><p id="a"><div></div></p></body></html>',
      join(DIST, 'control.html'),
    );
    expect(report.valid).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { pdfFileName, printPageUrl } from './print-page';

describe('the print page as main asks for it', () => {
  it('sits next to the host root and keeps the preview token', () => {
    const url = new URL(
      printPageUrl('http://127.0.0.1:5302/?token=a%2Bb', { planId: 7, view: 'weeks', week: 3, paper: 'letter' }),
    );
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:5302/print.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      token: 'a+b',
      plan: '7',
      view: 'weeks',
      week: '3',
      paper: 'letter',
    });
  });

  it('defaults to every week on A4', () => {
    const url = new URL(printPageUrl('http://127.0.0.1:1/', { planId: 1, view: 'plan' }));
    expect(url.searchParams.get('week')).toBe('all');
    expect(url.searchParams.get('paper')).toBe('a4');
    expect(url.searchParams.has('token')).toBe(false);
  });

  it('names the file after the plan and what was printed', () => {
    expect(pdfFileName('spring-10k', { planId: 1, view: 'plan' })).toBe('spring-10k.pdf');
    expect(pdfFileName('spring-10k', { planId: 1, view: 'weeks', week: 'all' })).toBe('spring-10k-weeks.pdf');
    expect(pdfFileName('spring-10k', { planId: 1, view: 'weeks', week: 4 })).toBe('spring-10k-week-4.pdf');
  });
});

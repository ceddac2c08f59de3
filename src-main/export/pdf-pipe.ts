/**
 * One-shot PDF printing for the command line: Chromium driven over its DevTools pipe
 * (`--remote-debugging-pipe`, fds 3 and 4, messages ended by NUL) with a few protocol calls,
 * instead of through playwright-core, whose loading alone took ≈0.4–0.5 s of the 2.2 s that
 * `stride export pdf` took on the 2-core machines here.
 *
 * The print page and everything it asks for (its scripts, its stylesheet, the `plans.get` call) are
 * answered from memory by intercepting its requests (the DevTools Fetch domain) on an origin
 * that never reaches the network, so no loopback host is started either. Chromium is spawned
 * first (`startPrinter`), and the caller reads the plan while it starts.
 *
 * The page is printed with exactly the options `page.pdf()` passes (pdf.ts: the page's own
 * @page size and margins, backgrounds, no header or footer, untagged), once the page sets
 * `data-print-ready` (or `data-print-error`) on <body> (renderer print/ready.ts), the same
 * signal Playwright and Electron wait for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { printerArgs } from './find-chromium';
import { paperFormat, type PrintRequest } from './print-page';

/** Where the intercepted print page lives: `.invalid` never resolves, and no request leaves Chromium. */
export const PRINT_ORIGIN = 'http://stride-print.invalid';

/** What the page asked for, as the Fetch domain reports it. */
export interface PageRequest {
  method: string;
  url: URL;
  postData?: string;
}

/** An answer to a request of the page; null is a 404. */
export type Served = { status?: number; type: string; body: Buffer | string; headers?: Record<string, string> } | null;

export interface PrintJob {
  /**
   * The print page's address on PRINT_ORIGIN (`printPageUrl(PRINT_ORIGIN + '/', request)`), or a
   * promise of it: the tab is made ready meanwhile, and the page opened once it is known.
   */
  url: string | Promise<string>;
  view: PrintRequest['view'];
  paper?: PrintRequest['paper'];
  /** Answers every request of the page. */
  serve: (request: PageRequest) => Served | Promise<Served>;
  /** How long the page may take to load and lay out (default 60 s). */
  timeoutMs?: number;
}

export interface Printer {
  print(job: PrintJob): Promise<Buffer>;
  /** Ends Chromium (at once: it holds nothing worth a graceful shutdown). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * `STRIDE_PDF_TIMING=1`: each step's time since Node started, on stderr (`npm run bench` prints them).
 */
export const markPdfStep: (step: string) => void = process.env.STRIDE_PDF_TIMING
  ? (step) => process.stderr.write(`stride-pdf-timing ${step} ${Math.round(process.uptime() * 1000)}\n`)
  : () => undefined;

/** Inches, as `page.pdf()` passes them for its named formats. */
const PAPER_INCHES = { A4: { width: 8.27, height: 11.7 }, Letter: { width: 8.5, height: 11 } } as const;

/**
 * Runs in every document of the print tab before its own scripts: reports the page's readiness
 * (print/ready.ts) through the `strideReady` binding as soon as <body> carries it.
 */
const READY_WATCH = `(() => {
  const done = () => {
    const b = document.body;
    if (!b) return false;
    if (b.dataset.printError !== undefined) return strideReady(JSON.stringify({ error: b.dataset.printError })), true;
    if (b.dataset.printReady === 'true') return strideReady('{}'), true;
    return false;
  };
  const watch = new MutationObserver(() => done() && watch.disconnect());
  watch.observe(document, { attributes: true, childList: true, subtree: true });
})();`;

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string }; sessionId?: string };

/** Spawns Chromium now; `print` then waits for it to be up. */
export function startPrinter(executablePath: string, timeoutMs = 60_000): Printer {
  const { executable, args, headlessShell } = printerArgs(executablePath);
  // The full browser keeps a profile on disk: give it a throwaway one. The headless shell keeps none.
  const profile = headlessShell ? null : mkdtempSync(path.join(tmpdir(), 'stride-chromium-'));
  const child: ChildProcess = spawn(
    executable,
    [...args, '--remote-debugging-pipe', ...(profile ? [`--user-data-dir=${profile}`] : []), 'about:blank'],
    // Its own process group, so that closing it ends every process the full browser starts (as
    // Playwright does); should Node die first, Chromium ends when its pipe closes.
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true },
  );
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;

  let stderrTail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => (stderrTail = (stderrTail + text).slice(-2000)));

  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Set<(message: Message) => void>();
  let gone: Error | null = null;

  const fail = (error: Error) => {
    if (gone) return;
    gone = error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    for (const listener of listeners) listener({ method: 'stride.gone' });
  };
  const chromiumError = (what: string) => {
    const detail = stderrTail.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
    return new Error(`Chromium (${executablePath}) ${what}${detail ? `: ${detail.slice(0, 400)}` : ''}`);
  };
  child.on('error', (error) => fail(chromiumError(`could not start (${error.message})`)));
  child.on('exit', (code, signal) => fail(chromiumError(`stopped (${signal ?? `exit ${code}`})`)));
  toChromium.on('error', () => undefined); // a dead Chromium shows through 'exit'
  fromChromium.on('error', () => undefined);

  let buffered: Buffer[] = [];
  fromChromium.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, end));
      const message = JSON.parse(Buffer.concat(buffered).toString('utf8')) as Message;
      buffered = [];
      start = end + 1;
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
        else call?.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
    if (start < chunk.length) buffered.push(chunk.subarray(start));
  });

  function send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (gone) return Promise.reject(gone);
    const id = ++nextId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      const finish = () => {
        if (profile) rmSync(profile, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return finish();
      fail(new Error('Chromium was closed'));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      if (profile) {
        // Its profile can only go once it has stopped writing to it.
        child.once('exit', finish);
        return;
      }
      // The shell keeps nothing on disk: the command need not wait the tens of milliseconds a
      // killed 200 MB process takes to go; the system reaps it.
      for (const stream of child.stdio) stream?.destroy();
      child.unref();
      finish();
    }));

  async function print(job: PrintJob): Promise<Buffer> {
    const timeout = job.timeoutMs ?? timeoutMs;
    const problems: string[] = [];
    // `ready` settles with the page's own signal; `aborted` only ever fails (a timeout, a missing
    // asset, Chromium gone), and every step races it so nothing waits past it.
    let signal: (error: string | null) => void = () => undefined;
    const ready = new Promise<string | null>((resolve) => (signal = resolve));
    let abort: (error: Error) => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => (abort = reject));
    aborted.catch(() => undefined);
    const step = <T>(promise: Promise<T>) => Promise.race([promise, aborted]);
    let sessionId = '';

    const answer = async (params: Record<string, unknown>) => {
      const requestId = params.requestId as string;
      const request = params.request as { url: string; method: string; postData?: string };
      const url = new URL(request.url);
      let served: Served;
      try {
        served = url.origin === PRINT_ORIGIN ? await job.serve({ method: request.method, url, postData: request.postData }) : null;
      } catch (error) {
        served = { status: 500, type: 'text/plain', body: (error as Error).message };
      }
      const type = params.resourceType as string;
      if (!served && (type === 'Script' || type === 'Stylesheet' || type === 'Document')) {
        // A missing script or stylesheet would otherwise only show as a page that never gets ready.
        abort(new Error(`The print page could not load ${url.pathname} (HTTP 404): is the renderer built (npx electron-vite build)?`));
      }
      if (!served) return send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, sessionId).catch(() => undefined);
      const body = typeof served.body === 'string' ? Buffer.from(served.body, 'utf8') : served.body;
      const headers = { ...served.headers, 'content-type': served.type, 'cache-control': 'no-store' };
      return send(
        'Fetch.fulfillRequest',
        {
          requestId,
          responseCode: served.status ?? 200,
          responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
          body: body.toString('base64'),
        },
        sessionId,
      ).catch(() => undefined);
    };

    const onMessage = (message: Message) => {
      if (message.method === 'stride.gone') return abort(gone ?? new Error('Chromium stopped'));
      if (message.sessionId !== sessionId) return;
      const params = message.params ?? {};
      switch (message.method) {
        case 'Fetch.requestPaused':
          void answer(params);
          break;
        case 'Runtime.bindingCalled':
          if (params.name === 'strideReady') {
            const sent = JSON.parse(params.payload as string) as { error?: string };
            signal(sent.error === undefined ? null : sent.error || 'The page could not be printed.');
          }
          break;
        case 'Inspector.targetCrashed':
          // The full browser's tab died on its own (the one-process shell would have exited).
          abort(new Error(`Chromium's print tab crashed${problems.length ? `: ${problems.join('; ')}` : ''}`));
          break;
        case 'Runtime.exceptionThrown': {
          const details = params.exceptionDetails as { text?: string; exception?: { description?: string } };
          problems.push(details.exception?.description?.split('\n')[0] ?? details.text ?? 'an error');
          break;
        }
        case 'Runtime.consoleAPICalled':
          if (params.type === 'error') {
            const args = params.args as Array<{ value?: unknown; description?: string }>;
            problems.push(args.map((a) => (a.value !== undefined ? String(a.value) : a.description ?? '')).join(' '));
          }
          break;
      }
    };
    listeners.add(onMessage);
    const timer = setTimeout(
      () =>
        abort(
          new Error(`The print page did not get ready within ${Math.round(timeout / 1000)} s${problems.length ? `: ${problems.join('; ')}` : ''}`),
        ),
      timeout,
    );
    try {
      // Chromium opens one tab (about:blank) at start: print in it.
      const { targetInfos } = await step(send<{ targetInfos: Array<{ targetId: string; type: string }> }>('Target.getTargets'));
      const targetId =
        targetInfos.find((t) => t.type === 'page')?.targetId ??
        (await step(send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' }))).targetId;
      sessionId = (await step(send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true }))).sessionId;
      markPdfStep('chromium-up');
      await step(Promise.all([
        send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId),
        send('Runtime.addBinding', { name: 'strideReady' }, sessionId),
        send('Page.enable', {}, sessionId),
        send('Page.addScriptToEvaluateOnNewDocument', { source: READY_WATCH }, sessionId),
        send('Runtime.enable', {}, sessionId),
        send('Inspector.enable', {}, sessionId),
      ]));
      markPdfStep('tab-ready');
      const url = await step(Promise.resolve(job.url));
      const navigated = await step(send<{ errorText?: string }>('Page.navigate', { url }, sessionId));
      if (navigated.errorText) throw new Error(`The print page could not be opened: ${navigated.errorText}`);
      markPdfStep('navigated');
      const error = await step(ready);
      markPdfStep('page-ready');
      if (error !== null) throw new Error(error);
      const paper = PAPER_INCHES[paperFormat(job.paper)];
      const { data } = await step(send<{ data: string }>(
        'Page.printToPDF',
        {
          landscape: job.view === 'plan',
          displayHeaderFooter: false,
          printBackground: true,
          scale: 1,
          paperWidth: paper.width,
          paperHeight: paper.height,
          marginTop: 0,
          marginBottom: 0,
          marginLeft: 0,
          marginRight: 0,
          pageRanges: '',
          // The page's @page rules set size, margins and the plan's footer (print/page-setup.ts).
          preferCSSPageSize: true,
          generateTaggedPDF: false,
          generateDocumentOutline: false,
        },
        sessionId,
      ));
      markPdfStep('printed');
      return Buffer.from(data, 'base64');
    } finally {
      clearTimeout(timer);
      listeners.delete(onMessage);
    }
  }

  return { print, close };
}

/**
 * Where the time of an edit goes in Chromium, on a 104-week plan (six sessions a week). Build first
 * (`npx electron-vite build`; with `STRIDE_UNMINIFIED=1` the function names are readable). Modes:
 * - (none): a CPU profile over twelve Alt+→ moves, by self and inclusive time; `--grep <regex>`
 *   lists the matching functions' inclusive time, `--under <name>` that function's callees;
 * - `--trace`: eight moves traced, main-thread time from the key to the first frame by step
 *   (script, style, layout, paint, layerize); `--drop` traces palette drops instead, `--repeat`
 *   the Repeat dialog's 51 weeks on a 52-week plan; `--sampler` adds time by function inside
 *   that window, `--tasks` lists the window's long tasks, `--invalidations` what dirtied style;
 * - `--measure`: the bench's key figure move by move; `--floor`: a key that changes one attribute;
 *   `--floor --move`: a key whose handler moves the card's node to the next day by hand (no app code);
 * - `--split [--drop] [--moves N]`: the key (or drop) figure in three parts: the handler until the DOM shows the
 *   move, the wait for the frame, and the frame itself (rendering until the next task); `--same`
 *   moves one card back and forth (no scrolling between keys), `--settle` waits 150 ms between
 *   focusing the card and the key (the bench presses it at once, right after scrolling);
 * - `--latency`: Chromium's own key -> presented figure (EventLatency) in stages, beside the bench's;
 * - `--trace --threads`: every thread's busy time around a move (raster, V8's compilers) and
 *   what the renderer's worker threads did;
 * - `--trace --hand`: before each traced move, the bench's floor (a copy of the card moved by a key
 *   with no app code, edit-scenario.ts) traced at the same place, and for each the frame's
 *   Layerize (PaintArtifactCompositor::Update) and Paint: what the app's frame costs beyond it;
 * - `--count`: how many elements the page has (and a screenshot in /tmp/big.png);
 * - `--render [--week N]`: one frame's rendering cost for a card moved by hand (no app script) in week N, optionally
 *   against `--css "…"`; `--layers-painted` (also with `--trace`) names the paint layers each
 *   frame repaints, `--invalidations` what was invalidated;
 * - `--floor --paint`: a key that changes one card's background (a frame that paints);
 * - `--js "…"` (with `--floor --move` or `--render`): script run after each hand-made move
 *   (`card`, `home`, `friday`, `i` in scope), e.g. `"card.focus({ preventScroll: true })"`;
 * - `--mutations`: the DOM changes of a move; `--layers`: the composited layers; `--cv`: which
 *   week rows content-visibility skips.
 * `--css "…"` adds a style sheet first (to try a CSS change without a build).
 * `EXTRA_ARGS="--js-flags=--no-maglev"` adds Chromium switches.
 * `npx tsx scripts/profile-edit.ts --trace --sampler`
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BUILT_RENDERER_DIR } from '../src-main/export/built-renderer';
import { CHROMIUM_ARGS, findChromium } from '../src-main/export/find-chromium';
import { createHandlers } from '../src-main/handlers';
import { startLoopbackHost } from '../src-main/host/loopback-host';
import { databasePath } from '../src-main/store/database';
import { openPlanStore } from '../src-main/store/plan-store';
import { addDays } from '../src-shared/domain/dates';
import { handMovedFloor, measureIn, openRepeatDialog, seedEditPlans, START } from '../bench/edit-scenario';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stride-profile-'));
  const store = openPlanStore(databasePath(dir));
  const { athleteId, big: plan, repeat: repeatPlan } = seedEditPlans(store, 'Profile');
  const host = await startLoopbackHost({
    handlers: createHandlers(store),
    rendererDir: BUILT_RENDERER_DIR,
    token: 't',
    port: 0,
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, ...(process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(' ') : [])],
    headless: true,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const repeat = process.argv.includes('--repeat');
    await page.addInitScript(
      ([a, p]) => localStorage.setItem('stride.last-open', JSON.stringify({ athleteId: a, planId: p })),
      [athleteId, repeat ? repeatPlan.id : plan.id] as const,
    );
    await page.goto(`${host.url}?token=t`);
    await page.locator(`[data-week="${repeat ? 52 : 104}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    if (repeat) {
      await traceRepeats(page);
      return;
    }
    const cssAt = process.argv.indexOf('--css');
    if (cssAt > 0 && !process.argv.includes('--render')) await page.addStyleTag({ content: process.argv[cssAt + 1] });
    if (process.argv.includes('--count')) {
      console.log(
        await page.evaluate(
          `JSON.stringify({all: document.querySelectorAll('*').length, cal: document.querySelector('[data-week]').parentElement.querySelectorAll('*').length, week: document.querySelector('[data-week="3"]').querySelectorAll('*').length, cards: document.querySelectorAll('[data-session-id]').length, outside: [...document.querySelectorAll('body *')].filter(e=>!e.closest('[data-week]')).length})`,
        ),
      );
      await page.screenshot({ path: '/tmp/big.png' });
      return;
    }
    if (process.argv.includes('--cv')) {
      // Which week rows content-visibility: auto skips now (their content is not rendered).
      const skipped = await page.evaluate(
        `[...document.querySelectorAll('[data-week]')].map((r) => r.querySelector('[data-date]').checkVisibility({ contentVisibilityAuto: true }) ? '+' : '.').join('')`,
      );
      console.log('rows rendered (+) or skipped (.):', skipped);
      return;
    }
    if (process.argv.includes('--measure')) {
      // The bench's key measurement, printed move by move (for trying a change quickly).
      const out: number[] = [];
      for (let i = 0; i < 24; i++) {
        const w = 3 + (i % 12) * 8;
        const id = `b${w}-2`;
        const card = page.locator(`[data-session-id="${id}"]`);
        await card.scrollIntoViewIfNeeded();
        await card.focus();
        const day = await card.evaluate((el) => el.closest('[data-date]')!.getAttribute('data-date')!);
        const target = addDays(day, 1);
        const measured = await measureIn(page, 'keydown', `[data-date="${target}"] [data-session-id="${id}"]`);
        await page.keyboard.press('Alt+ArrowRight');
        out.push(await measured());
        await page.waitForTimeout(150);
      }
      const sorted = [...out].sort((a, b) => a - b);
      console.log('key -> painted median', sorted[12].toFixed(1), 'ms; all', out.map((x) => x.toFixed(0)).join(' '));
      return;
    }
    if (process.argv.includes('--latency')) {
      await presentedLatency(page);
      return;
    }
    if (process.argv.includes('--split')) {
      if (process.argv.includes('--drop')) await splitDrops(page);
      else await splitMoves(page);
      return;
    }
    if (process.argv.includes('--render')) {
      await renderCost(page, cssAt > 0 ? process.argv[cssAt + 1] : null);
      return;
    }
    if (process.argv.includes('--layers')) {
      const cdp = await page.context().newCDPSession(page);
      let layers: Array<{
        layerId: string;
        backendNodeId?: number;
        width: number;
        height: number;
        drawsContent: boolean;
      }> = [];
      cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: typeof layers }) => {
        if (e.layers) layers = e.layers;
      });
      await cdp.send('DOM.getDocument', { depth: 0 });
      await cdp.send('LayerTree.enable');
      await page.waitForTimeout(500);
      await page.mouse.wheel(0, 10);
      await page.waitForTimeout(500);
      console.log('layers:', layers.length, 'drawing:', layers.filter((l) => l.drawsContent).length);
      const ids = layers.filter((l) => l.backendNodeId).map((l) => l.backendNodeId!);
      const described = await Promise.all(
        ids.slice(0, 60).map(async (id) => {
          try {
            const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: id })) as {
              node: { nodeName: string; attributes?: string[] };
            };
            const attrs = node.attributes ?? [];
            const cls = attrs[attrs.indexOf('class') + 1] ?? '';
            return `${node.nodeName}.${cls.slice(0, 40)}`;
          } catch {
            return '?';
          }
        }),
      );
      const counts = new Map<string, number>();
      for (const d of described) counts.set(d, (counts.get(d) ?? 0) + 1);
      console.log([...counts].map(([k, v]) => `${v} x ${k}`).join('\n'));
      return;
    }
    if (process.argv.includes('--floor') && process.argv.includes('--move')) {
      // The floor of the key figure itself: a key whose handler moves the card's node to Friday by
      // hand (no app code runs), measured as the bench measures, up to the task after the frame.
      await page.locator('[data-session-id="b3-2"]').scrollIntoViewIfNeeded();
      await page.evaluate(`(() => {
        let card = document.querySelector('[data-session-id="b3-2"]');
        const home = card.parentElement;
        const friday = document.querySelectorAll('[data-week="4"] .day')[4];
        let n = 0;
        window.__floor = [];
        window.addEventListener('keydown', (e) => {
          if (e.key !== 'F9') return;
          e.stopImmediatePropagation();
          e.preventDefault();
          const t0 = performance.now();
          (n++ % 2 ? home : friday.querySelector('.day-sessions') ?? friday).append(card);
          ${process.argv.includes('--js') ? process.argv[process.argv.indexOf('--js') + 1] : ''}
          requestAnimationFrame(() => setTimeout(() => window.__floor.push(performance.now() - t0), 0));
        }, { capture: true });
      })()`);
      for (let i = 0; i < 24; i++) {
        await page.keyboard.press('F9');
        await page.waitForTimeout(120);
      }
      const out = ((await page.evaluate('window.__floor')) as number[]).slice(4).sort((a, b) => a - b);
      console.log(
        'floor: key -> card node moved by hand, painted, median',
        out[10].toFixed(1),
        'ms; all',
        out.map((x) => x.toFixed(0)).join(' '),
      );
      return;
    }
    if (process.argv.includes('--floor')) {
      // The floor of the measurement: a key whose only effect is one attribute, painted.
      await page.locator('[data-session-id="b3-2"]').scrollIntoViewIfNeeded();
      const FLOOR = `(n) => new Promise((resolve) => {
        let t0 = 0;
        const onKey = () => {
          t0 = performance.now();
          // --paint: a change the coach would see (one card's background), so the frame paints.
          if (${process.argv.includes('--paint')}) document.querySelector('[data-session-id="b3-2"]').style.background = n % 2 ? '#fde' : '';
          else document.body.dataset.floor = String(n);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        };
        window.addEventListener('keyup', onKey, { capture: true, once: true });
      })`;
      const out: number[] = [];
      for (let i = 0; i < 20; i++) {
        await page.evaluate(`void (window.__f = (${FLOOR})(${i}))`);
        await page.keyboard.press('Shift');
        out.push((await page.evaluate('window.__f')) as number);
        await page.waitForTimeout(50);
      }
      out.sort((a, b) => a - b);
      console.log(
        'floor: key -> attribute painted, median',
        out[10].toFixed(1),
        'ms; all',
        out.map((x) => x.toFixed(0)).join(' '),
      );
      return;
    }
    if (process.argv.includes('--mutations')) {
      for (let i = 0; i < 3; i++) {
        const w = 3 + i * 8;
        const card = page.locator(`[data-session-id="b${w}-2"]`);
        await card.scrollIntoViewIfNeeded();
        await card.focus();
        await page.evaluate(
          `window.__muts = []; window.__mo = new MutationObserver((list) => { for (const m of list) { for (const n of m.removedNodes) window.__muts.push('- ' + (n.nodeType === 1 ? n.outerHTML.length + ' ' + n.tagName + '.' + n.className : '#text') + ' in ' + (m.target.className || m.target.tagName)); for (const n of m.addedNodes) window.__muts.push('+ ' + (n.nodeType === 1 ? n.outerHTML.length + ' ' + n.tagName + '.' + n.className : '#text') + ' in ' + (m.target.className || m.target.tagName)); if (m.type === 'attributes') window.__muts.push('@' + m.attributeName + ' on ' + (m.target.className || m.target.tagName)); if (m.type === 'characterData') window.__muts.push('~text in ' + (m.target.parentElement?.className || m.target.parentElement?.tagName) + ': ' + m.target.data.slice(0, 40)); } }); window.__mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });`,
        );
        await page.keyboard.press('Alt+ArrowRight');
        await page.waitForTimeout(30);
        const muts = (await page.evaluate('window.__mo.disconnect(), window.__muts')) as string[];
        const counts = new Map<string, number>();
        for (const m of muts) counts.set(m, (counts.get(m) ?? 0) + 1);
        console.log(`move ${i}: ${muts.length} mutations`);
        for (const [m, c] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25))
          console.log(`  ${c} x ${m.slice(0, 140)}`);
      }
      return;
    }
    if (process.argv.includes('--trace')) {
      await traceMoves(page);
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 12; i++) {
      const w = 3 + i * 8;
      const card = page.locator(`[data-session-id="b${w}-2"]`);
      await card.scrollIntoViewIfNeeded();
      await card.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await page.locator(`[data-date="${addDays(START, w * 7 + 4)}"] [data-session-id="b${w}-2"]`).waitFor();
      await page.waitForTimeout(200);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const byNode = new Map<number, number>();
    profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const self = new Map<string, number>();
    for (const n of profile.nodes) {
      const t = byNode.get(n.id) ?? 0;
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + t);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`total sampled ${(total / 1000).toFixed(1)} ms over 12 moves`);
    for (const [k, t] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${(t / 1000 / 12).toFixed(2).padStart(7)} ms/move  ${k}`);
    // Inclusive time by top-level-ish named functions: walk the tree.
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const incl = new Map<number, number>();
    const visit = (id: number): number => {
      const n = nodes.get(id)!;
      let t = byNode.get(id) ?? 0;
      for (const c of n.children ?? []) t += visit(c);
      incl.set(id, t);
      return t;
    };
    visit(profile.nodes[0].id);
    const inclByName = new Map<string, number>();
    for (const n of profile.nodes) {
      const name = n.callFrame.functionName;
      if (!name) continue;
      const key = `${name} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      inclByName.set(key, Math.max(inclByName.get(key) ?? 0, 0) + (incl.get(n.id) ?? 0));
    }
    console.log('\ninclusive (summed over call sites; recursion counts twice):');
    // `--under <name>`: where the time inside that function goes, by its direct callees.
    const underAt = process.argv.indexOf('--under');
    if (underAt > 0) {
      const byChild = new Map<string, number>();
      for (const n of profile.nodes) {
        if (n.callFrame.functionName !== process.argv[underAt + 1]) continue;
        byChild.set('(self)', (byChild.get('(self)') ?? 0) + (byNode.get(n.id) ?? 0));
        for (const c of n.children ?? []) {
          const child = nodes.get(c)!;
          const key = `${child.callFrame.functionName || '(anonymous)'}:${child.callFrame.lineNumber}`;
          byChild.set(key, (byChild.get(key) ?? 0) + (incl.get(c) ?? 0));
        }
      }
      console.log(`\ninside ${process.argv[underAt + 1]}:`);
      for (const [k, t] of [...byChild].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(`${(t / 1000 / 12).toFixed(2).padStart(7)} ms/move  ${k}`);
    }
    // `--grep <regex>`: the functions whose names match, wherever they rank.
    const grepAt = process.argv.indexOf('--grep');
    const wanted = grepAt > 0 ? new RegExp(process.argv[grepAt + 1]) : null;
    const ranked = [...inclByName.entries()].sort((a, b) => b[1] - a[1]);
    for (const [k, t] of wanted ? ranked.filter(([k]) => wanted.test(k)) : ranked.slice(0, 40))
      console.log(`${(t / 1000 / 12).toFixed(2).padStart(7)} ms/move  ${k}`);
  } finally {
    await browser.close();
    await host.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `--split`: the bench's key figure in parts, with timestamps in the page: the key to the DOM
 * showing the move (the app's script), to the frame's start (requestAnimationFrame), to the first
 * task after the frame (rendering: style, layout, paint, commit).
 */
const SPLIT = `(sel) => new Promise((resolve) => {
    let t0 = 0, tDom = 0;
    const observer = new MutationObserver(() => {
      if (!t0 || tDom || !document.querySelector(sel)) return;
      tDom = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    // As the bench's measure (edit-scenario.ts): a frame callback asked for at the key, first in
    // each frame, until a frame shows the move; then the first task after that frame.
    const frame = () => requestAnimationFrame(() => {
      if (!document.querySelector(sel)) return frame();
      const tFrame = performance.now();
      setTimeout(() => resolve([tDom - t0, tFrame - tDom, performance.now() - tFrame]), 0);
    });
    const start = (e) => { if (e.key === 'Alt') return; window.removeEventListener('keydown', start, { capture: true }); t0 = performance.now(); frame(); };
    window.addEventListener('keydown', start, { capture: true });
  })`;

async function splitMoves(page: import('playwright-core').Page): Promise<void> {
  const parts: number[][] = [[], [], [], []];
  const countAt = process.argv.indexOf('--moves');
  const moves = countAt > 0 ? Number(process.argv[countAt + 1]) : 24;
  for (let i = 0; i < moves; i++) {
    const same = process.argv.includes('--same');
    const w = same ? 3 : 3 + (i % 12) * 8;
    const id = `b${w}-2`;
    const card = page.locator(`[data-session-id="${id}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    const day = await card.evaluate((el) => el.closest('[data-date]')!.getAttribute('data-date')!);
    const back = same && i % 2 === 1;
    if (process.argv.includes('--settle')) await page.waitForTimeout(150);
    await page.evaluate(
      `void (window.__split = (${SPLIT})(${JSON.stringify(`[data-date="${addDays(day, back ? -1 : 1)}"] [data-session-id="${id}"]`)}))`,
    );
    await page.keyboard.press(back ? 'Alt+ArrowLeft' : 'Alt+ArrowRight');
    const [a, b, c] = (await page.evaluate('window.__split')) as number[];
    if (i >= 4) [a, b, c, a + b + c].forEach((x, j) => parts[j].push(x));
    await page.waitForTimeout(150);
  }
  printSplit(parts);
}

function printSplit(parts: number[][]): void {
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)].toFixed(1);
  console.log('totals in order:', parts[3].map((x) => x.toFixed(0)).join(' '));
  console.log(
    `medians of ${parts[3].length}: input -> DOM ${mid(parts[0])} ms, DOM -> frame start ${mid(parts[1])} ms, frame -> next task ${mid(parts[2])} ms; total ${mid(parts[3])} ms`,
  );
}

/** `--split --drop`: the bench's drop figure in the same three parts (a palette easy run onto a Wednesday). */
async function splitDrops(page: import('playwright-core').Page): Promise<void> {
  const parts: number[][] = [[], [], [], []];
  const countAt = process.argv.indexOf('--moves');
  const drops = countAt > 0 ? Number(process.argv[countAt + 1]) : 16;
  for (let i = 0; i < drops; i++) {
    const w = 5 + (i % 12) * 8;
    const wednesday = addDays(START, w * 7 + 2);
    const target = page.locator(`[data-date="${wednesday}"]`);
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(
      `void (window.__split = (${SPLIT.replace(/keydown/g, 'drop')})(${JSON.stringify(`[data-date="${wednesday}"] [data-origin="coach"][data-kind="easy"]`)}))`,
    );
    await page.locator('.palette [data-kind="easy"]').first().dragTo(target);
    const [a, b, c] = (await page.evaluate('window.__split')) as number[];
    if (i >= 4) [a, b, c, a + b + c].forEach((x, j) => parts[j].push(x));
    await page.waitForTimeout(150);
  }
  printSplit(parts);
}

/**
 * `--latency`: Chromium's own figure for each Alt+→, from the key's creation in the browser to the
 * presentation of the frame showing it (the `EventLatency` trace events INP is built on), in
 * stages, beside the bench's in-page figure for the same moves. Traces only the `benchmark`
 * category, which costs the page little. Where the in-page figure ends (the main thread's frame
 * done), Chromium still has to raster the frame's tiles (`EndCommitToActivation`) and draw it.
 */
async function presentedLatency(page: import('playwright-core').Page): Promise<void> {
  const move = async (w: number) => {
    const id = `b${w}-2`;
    const card = page.locator(`[data-session-id="${id}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    const day = await card.evaluate((el) => el.closest('[data-date]')!.getAttribute('data-date')!);
    const measured = await measureIn(page, 'keydown', `[data-date="${addDays(day, 1)}"] [data-session-id="${id}"]`);
    await page.keyboard.press('Alt+ArrowRight');
    const t = await measured();
    await page.waitForTimeout(150);
    return t;
  };
  for (const w of [1, 5, 9, 13]) await move(w);
  const file = join(mkdtempSync(join(tmpdir(), 'stride-latency-')), 'trace.json');
  const browser = page.context().browser()!;
  await browser.startTracing(page, { path: file, categories: ['benchmark'] });
  const inPage: number[] = [];
  for (let i = 0; i < 16; i++) inPage.push(await move(3 + (i % 12) * 8));
  await browser.stopTracing();
  interface Span {
    name: string;
    id: string;
    ts: number;
    end: number;
    args: { event_latency?: { event_type?: string; display_trace_id?: unknown } };
  }
  const open = new Map<string, Array<{ ts: number; args: Span['args'] }>>();
  const spans: Span[] = [];
  for (const e of JSON.parse(readFileSync(file, 'utf8')).traceEvents as Array<Record<string, unknown>>) {
    if (e.ph !== 'b' && e.ph !== 'e') continue;
    const id = JSON.stringify(e.id2 ?? e.id);
    const key = `${String(e.name)}|${id}|${String(e.cat)}`;
    if (e.ph === 'b')
      (open.get(key) ?? open.set(key, []).get(key)!).push({ ts: e.ts as number, args: (e.args ?? {}) as Span['args'] });
    else {
      const begin = open.get(key)?.shift();
      if (begin) spans.push({ name: String(e.name), id, ts: begin.ts, end: e.ts as number, args: begin.args });
    }
  }
  // The presented key presses: the arrow's (Alt alone changes nothing on screen and has no frame).
  const keys = spans.filter(
    (s) =>
      s.name === 'EventLatency' &&
      s.args.event_latency?.event_type === 'KEY_PRESSED' &&
      s.args.event_latency.display_trace_id,
  );
  const stages = new Map<string, number[]>();
  for (const k of keys)
    for (const s of spans.filter((x) => x.id === k.id && x.name !== 'EventLatency' && x.ts >= k.ts && x.end <= k.end))
      (stages.get(s.name) ?? stages.set(s.name, []).get(s.name)!).push((s.end - s.ts) / 1000);
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const total = keys.map((k) => (k.end - k.ts) / 1000);
  console.log(`in-page (the bench's figure), median of ${inPage.length}: ${mid(inPage).toFixed(1)} ms`);
  console.log(
    `key -> presented (EventLatency), median of ${total.length}: ${mid(total).toFixed(1)} ms; all ${total.map((x) => x.toFixed(0)).join(' ')}`,
  );
  for (const [name, xs] of stages) if (mid(xs) >= 0.3) console.log(`  ${name.padEnd(52)} ${mid(xs).toFixed(1)} ms`);
}

/**
 * `--render`: what one frame costs Chromium (style, layout, paint, layerize, commit) when a card
 * moves to the next day, with no app script: the card's node is moved by hand ten times, traced.
 * With `--css "…"` the same is measured with that style sheet too, alternating, so both figures
 * see the same machine load.
 */
async function renderCost(page: import('playwright-core').Page, css: string | null): Promise<void> {
  const browser = page.context().browser()!;
  const variants: Record<string, string> = css === null ? { app: '' } : { app: '', 'with --css': css };
  const steps = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
  const figures = new Map<string, Map<string, number[]>>();
  // `--week N`: the Thursday tempo of week N (4 unless told), so rows above the screen count too.
  const week = process.argv.includes('--week') ? Number(process.argv[process.argv.indexOf('--week') + 1]) : 4;
  const cardId = `b${week - 1}-2`;
  for (let round = 0; round < 6; round++) {
    for (const [name, sheet] of Object.entries(variants)) {
      await page.evaluate(
        `(() => { let s = document.getElementById('render-cost-css'); if (!s) { s = document.createElement('style'); s.id = 'render-cost-css'; document.head.append(s); } s.textContent = ${JSON.stringify(sheet)}; })()`,
      );
      // After the sheet: it may move the card's row (and skip the rows off screen).
      await page.locator(`[data-session-id="${cardId}"]`).scrollIntoViewIfNeeded();
      // Rows named by week in Paint events (--layers-painted says which weeks were painted again).
      await page.evaluate(
        `document.querySelectorAll('.calendar .week').forEach((r) => { r.id = 'w' + r.dataset.week; })`,
      );
      await page.waitForTimeout(200);
      const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
      if (process.argv.includes('--invalidations'))
        categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
      await browser.startTracing(page, { categories });
      await page.evaluate(`(async () => {
        const card = document.querySelector('[data-session-id="${cardId}"]');
        const home = card.parentElement;
        const friday = document.querySelectorAll('[data-week="${week}"] .day')[4];
        for (let i = 0; i < 10; i++) {
          (i % 2 ? home : friday.querySelector('.day-sessions') ?? friday).append(card);
          ${process.argv.includes('--js') ? process.argv[process.argv.indexOf('--js') + 1] : ''}
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      })()`);
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as Array<{
        name: string;
        ph: string;
        dur?: number;
        tdur?: number;
      }>;
      if (process.argv.includes('--layers-painted') && round === 0) {
        // Which paint layers each frame repaints (Blink's Paint events name the layer's element).
        const counts = new Map<string, { n: number; ms: number }>();
        const rows = new Set<number>();
        for (const e of events as Array<{
          name: string;
          ph: string;
          dur?: number;
          args?: { data?: { nodeName?: string } };
        }>) {
          if (e.name !== 'Paint' || e.ph !== 'X') continue;
          const row = /id='w(\d+)'/.exec(e.args?.data?.nodeName ?? '');
          if (row) rows.add(Number(row[1]));
          const key = (e.args?.data?.nodeName ?? '?').replace(/ id='[^']*'/, '').slice(0, 60);
          const c = counts.get(key) ?? { n: 0, ms: 0 };
          counts.set(key, { n: c.n + 1, ms: c.ms + (e.dur ?? 0) / 1000 });
        }
        console.log(`${name}: Paint events over 10 frames`);
        for (const [k, c] of [...counts].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
          console.log(`  ${c.n} x ${k}: ${c.ms.toFixed(1)} ms`);
        if (rows.size) console.log(`  week rows painted again: ${[...rows].sort((a, b) => a - b).join(' ')}`);
      }
      if (process.argv.includes('--invalidations') && round === 0) {
        // What each frame repaints, by reason and element (10 frames).
        const counts = new Map<string, number>();
        for (const e of events as Array<{ name: string; args?: { data?: { reason?: string; nodeName?: string } } }>) {
          if (e.name !== 'PaintInvalidationTracking' && e.name !== 'LayoutInvalidationTracking') continue;
          const key = `${e.name.replace('InvalidationTracking', '')} ${e.args?.data?.reason} ${(e.args?.data?.nodeName ?? '').replace(/ id='[^']*'/, '').slice(0, 50)}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        console.log(`${name}: invalidations over 10 frames`);
        for (const [k, c] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${c} x ${k}`);
      }
      const byStep = figures.get(name) ?? new Map<string, number[]>();
      figures.set(name, byStep);
      for (const step of steps) {
        const ms =
          events.filter((e) => e.name === step && e.ph === 'X').reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) /
          1000 /
          10;
        byStep.set(step, [...(byStep.get(step) ?? []), ms]);
      }
    }
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, byStep] of figures) {
    const total = [...byStep.values()].reduce((a, v) => a + mid(v), 0);
    console.log(
      `${name}: ${total.toFixed(1)} ms a frame (medians of 6 × 10 frames):`,
      [...byStep].map(([k, v]) => `${k} ${mid(v).toFixed(2)}`).join(', '),
    );
  }
}

/** Repeating week 1 51 times on the 52-week plan, traced from the click to the first frame, then undone. */
async function traceRepeats(page: import('playwright-core').Page): Promise<void> {
  const browser = page.context().browser()!;
  const cpuFigures: number[] = [];
  for (let i = 0; i < 4; i++) {
    const dialog = await openRepeatDialog(page, 51);
    await page.waitForTimeout(300);
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
    if (process.argv.includes('--sampler')) categories.push('disabled-by-default-v8.cpu_profiler');
    await browser.startTracing(page, { categories });
    if (process.argv.includes('--cancel')) await dialog.getByRole('button', { name: 'Cancel' }).click();
    else await dialog.locator('button[type="submit"]').click();
    await page.waitForTimeout(600);
    const buf = await browser.stopTracing();
    const events = (JSON.parse(buf.toString()).traceEvents ?? JSON.parse(buf.toString())) as TraceEvent[] &
      Array<{ dur?: number; tdur?: number }>;
    const click = events.find(
      (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'click',
    );
    if (!click) {
      console.log('no click seen');
      continue;
    }
    const tid = click.tid;
    const t0 = click.ts;
    const firstCommit = events.find(
      (e) => e.tid === tid && e.name === 'Commit' && e.ts >= t0 + ((click as { dur?: number }).dur ?? 0),
    );
    const cpuBy = new Map<string, number>();
    let cpu = 0;
    for (const e of events as Array<TraceEvent & { dur?: number; tdur?: number }>) {
      if (e.tid !== tid || e.ph !== 'X' || !firstCommit || e.ts > firstCommit.ts || e.tdur === undefined) continue;
      if (e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= t0) cpu += e.tdur / 1000;
      if (e.ts < t0) continue;
      if (['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit'].includes(e.name))
        cpuBy.set(e.name, (cpuBy.get(e.name) ?? 0) + e.tdur / 1000);
    }
    cpuFigures.push(cpu);
    console.log(
      `repeat ${i}: first frame at +${firstCommit ? ((firstCommit.ts - t0) / 1000).toFixed(1) : '?'} ms; CPU ${cpu.toFixed(1)} ms (`,
      [...cpuBy].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
      ')',
    );
    if (process.argv.includes('--layers-painted') && firstCommit) printLayersPainted(events, tid, t0, firstCommit.ts);
    if (process.argv.includes('--sampler') && firstCommit) cpuUntil(events, tid, t0, firstCommit.ts);
    if (process.argv.includes('--tasks'))
      for (const e of events as Array<TraceEvent & { dur?: number }>) {
        if (e.tid !== tid || e.ts < t0 || !firstCommit || e.ts > firstCommit.ts || (e.dur ?? 0) < 1000) continue;
        console.log(
          `    +${((e.ts - t0) / 1000).toFixed(1)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args ?? {}).slice(0, 300)}`,
        );
      }
    if (process.argv.includes('--cancel')) continue;
    await page.getByRole('button', { name: /^Undo/ }).click();
    await page
      .locator(`[data-date="${addDays(START, 51 * 7 + 6)}"] [data-origin="coach"]`)
      .waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
  }
  if (process.argv.includes('--sampler')) printSamples(cpuFigures.length);
}

/** A timeline trace over three moves: the main thread's time by kind (script, style, layout, paint). */
async function traceMoves(page: import('playwright-core').Page): Promise<void> {
  const browser = page.context().browser()!;
  const cpuFigures: number[] = [];
  const byStep = new Map<string, number[]>();
  for (let i = 0; i < 8; i++) {
    const w = 3 + i * 8;
    const card = page.locator(`[data-session-id="b${w}-2"]`);
    await card.scrollIntoViewIfNeeded();
    await card.focus();
    await page.waitForTimeout(300);
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
    if (process.argv.includes('--sampler')) categories.push('disabled-by-default-v8.cpu_profiler');
    if (process.argv.includes('--invalidations'))
      categories.push('disabled-by-default-devtools.timeline.invalidationTracking');
    if (process.argv.includes('--threads'))
      categories.push(
        'cc',
        'viz',
        'disabled-by-default-cc.debug',
        'benchmark',
        '__metadata',
        'v8',
        'disabled-by-default-v8.compile',
        'disabled-by-default-v8.gc',
        'blink',
      );
    const drop = process.argv.includes('--drop');
    // --drop: an easy run from the palette onto the Wednesday of a week (traced from the drop event).
    const wednesday = page.locator(`[data-date="${addDays(START, (w + 2) * 7 + 2)}"]`);
    if (drop) await wednesday.scrollIntoViewIfNeeded();
    if (process.argv.includes('--hand')) {
      await browser.startTracing(page, { categories });
      await handMovedFloor(page, `[data-session-id="b${w}-2"]`, 300);
      await page.waitForTimeout(200);
      console.log(`week ${w + 1}, by hand: ${frameSteps(await browser.stopTracing())}`);
      await card.focus();
      await page.waitForTimeout(300);
    }
    await browser.startTracing(page, { categories });
    if (drop) await page.locator('.palette [data-kind="easy"]').first().dragTo(wednesday);
    else await page.keyboard.press('Alt+ArrowRight');
    await page.waitForTimeout(400);
    const buf = await browser.stopTracing();
    if (process.argv.includes('--hand')) console.log(`week ${w + 1}, the app: ${frameSteps(buf)}`);
    const events = (JSON.parse(buf.toString()).traceEvents ?? JSON.parse(buf.toString())) as Array<{
      name: string;
      ph: string;
      ts: number;
      dur?: number;
      tdur?: number;
      tid: number;
      args?: { data?: { type?: string } };
    }>;
    // The key that completes the chord (Alt's own keydown comes first): the last keydown.
    const key = events
      .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === (drop ? 'drop' : 'keydown'))
      .at(-1);
    if (!key) {
      console.log('no keydown seen');
      continue;
    }
    const tid = key.tid;
    const t0 = key.ts;
    const sum = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== tid || e.ph !== 'X' || e.ts < t0 || !e.dur) continue;
      if (
        [
          'FunctionCall',
          'EventDispatch',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'PrePaint',
          'Layerize',
          'RunMicrotasks',
          'TimerFire',
          'FireAnimationFrame',
          'FireIdleCallback',
          'Commit',
          'HitTest',
          'ParseHTML',
        ].includes(e.name)
      )
        sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
    }
    // CPU time (thread time, not wall time: this machine is often busy) of the main thread's
    // tasks from the key to the first frame committed after it.
    const firstCommit = events.find((e) => e.tid === tid && e.name === 'Commit' && e.ts >= t0);
    const cpu = events
      .filter(
        (e) =>
          e.tid === tid &&
          e.name === 'RunTask' &&
          e.ph === 'X' &&
          e.ts + (e.dur ?? 0) >= t0 &&
          firstCommit &&
          e.ts <= firstCommit.ts,
      )
      .reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0);
    const cpuBy = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== tid || e.ph !== 'X' || e.ts < t0 || !firstCommit || e.ts > firstCommit.ts || e.tdur === undefined)
        continue;
      if (
        [
          'FunctionCall',
          'RunMicrotasks',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'PrePaint',
          'Layerize',
          'Commit',
        ].includes(e.name)
      )
        cpuBy.set(e.name, (cpuBy.get(e.name) ?? 0) + e.tdur / 1000);
    }
    cpuFigures.push(cpu);
    if (i > 0) for (const [k, v] of cpuBy) byStep.set(k, [...(byStep.get(k) ?? []), v]);
    console.log(
      `  CPU to first frame: ${cpu.toFixed(1)} ms (`,
      [...cpuBy.entries()].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
      ')',
    );
    if (process.argv.includes('--tasks')) {
      const until = process.argv.includes('--long')
        ? t0 + 60_000
        : (firstCommit?.ts ?? 0) + (process.argv.includes('--after') ? 15_000 : 0);
      for (const e of events) {
        if (e.tid !== tid || e.ph !== 'X' || e.ts < t0 || !firstCommit || e.ts > until || (e.dur ?? 0) < 300) continue;
        const data = (e.args as { data?: Record<string, unknown> } | undefined)?.data;
        const what = data ? String(data.functionName ?? data.type ?? data.url ?? '').slice(0, 60) : '';
        console.log(`    +${((e.ts - t0) / 1000).toFixed(1)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${what}`);
      }
      for (const e of events) {
        if (e.tid !== tid || e.ts < t0 || !firstCommit || e.ts > firstCommit.ts + 1) continue;
        if (
          e.name === 'Paint' ||
          e.name === 'Layerize' ||
          e.name === 'Layout' ||
          e.name === 'UpdateLayoutTree' ||
          (process.argv.includes('--invalidations') &&
            (e.name === 'StyleRecalcInvalidationTracking' ||
              e.name === 'LayoutInvalidationTracking' ||
              e.name === 'PaintInvalidationTracking'))
        )
          console.log(
            `      ${e.name} +${((e.ts - t0) / 1000).toFixed(1)} ${((e.dur ?? 0) / 1000).toFixed(2)} ms ${JSON.stringify(e.args?.data ?? e.args).slice(0, 220)}`,
          );
      }
    }
    if (process.argv.includes('--threads') && firstCommit) {
      const names = new Map<number, string>();
      for (const e of events as Array<{
        ph: string;
        name: string;
        tid: number;
        pid?: number;
        args?: { name?: string };
      }>)
        if (e.ph === 'M' && e.name === 'thread_name') names.set(e.tid, `${e.pid}:${e.args?.name}`);
      const busy = new Map<string, number>();
      const end = firstCommit.ts + 10_000;
      for (const e of events) {
        if (e.ph !== 'X' || !e.dur || e.ts + e.dur < t0 || e.ts > end) continue;
        if (
          !['ThreadControllerImpl::RunTask', 'TaskGraphRunner::RunTask', 'RasterTask', 'ThreadPool_RunTask'].includes(
            e.name,
          )
        )
          continue;
        const k = `${names.get(e.tid) ?? e.tid} ${e.name}`;
        busy.set(k, (busy.get(k) ?? 0) + (Math.min(end, e.ts + e.dur) - Math.max(t0, e.ts)) / 1000);
      }
      const inner = new Map<string, number>();
      const workers = new Set([...names].filter(([, n]) => n.includes('ThreadPoolForegroundWorker')).map(([t]) => t));
      for (const e of events as Array<{
        ph: string;
        name: string;
        tid: number;
        ts: number;
        dur?: number;
        args?: { src_func?: string; src_file?: string };
      }>) {
        if (!workers.has(e.tid) || e.ph !== 'X' || !e.dur || e.ts + e.dur < t0 || e.ts > end) continue;
        const k = e.name + (e.args?.src_func ? ` ${e.args.src_file}:${e.args.src_func}` : '');
        inner.set(k, (inner.get(k) ?? 0) + e.dur / 1000);
      }
      console.log(
        '  worker events:',
        [...inner]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join('; '),
      );
      console.log(
        `  threads busy from the key to 10 ms after the first commit (+${((firstCommit.ts - t0) / 1000).toFixed(1)}):`,
        [...busy]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join('; '),
      );
    }
    if (process.argv.includes('--layers-painted') && firstCommit) printLayersPainted(events, tid, t0, firstCommit.ts);
    if (process.argv.includes('--sampler') && firstCommit)
      cpuUntil(events as unknown as TraceEvent[], tid, t0, firstCommit.ts);
    const frames = events
      .filter((e) => e.tid === tid && e.name === 'Commit' && e.ts >= t0)
      .map((e) => ((e.ts - t0) / 1000).toFixed(1));
    console.log(
      `move ${i}: keydown ${(key.dur! / 1000).toFixed(1)} ms; commits at +${frames.slice(0, 4).join(', +')} ms;`,
      [...sum.entries()].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
    );
  }
  if (process.argv.includes('--sampler')) printSamples(cpuFigures.length);
  const warm = cpuFigures.slice(1).sort((a, b) => a - b);
  console.log(
    `main-thread CPU from the key to the first frame, median of ${warm.length}: ${warm[Math.floor(warm.length / 2)].toFixed(1)} ms`,
  );
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log('  by step (medians):', [...byStep].map(([k, v]) => `${k} ${mid(v).toFixed(1)}`).join(', '));
}

/** The paint layers repainted between `from` and `to` on thread `tid` (Blink's Paint events name the layer's element). */
function printLayersPainted(events: readonly object[], tid: number, from: number, to: number): void {
  const counts = new Map<string, number>();
  for (const e of events as Array<{
    name: string;
    ph: string;
    ts: number;
    tid: number;
    args?: { data?: { nodeName?: string } };
  }>) {
    if (e.name !== 'Paint' || e.ph !== 'X' || e.tid !== tid || e.ts < from || e.ts > to) continue;
    const k = (e.args?.data?.nodeName ?? '?').replace(/ id='[^']*'/, '').slice(0, 60);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  console.log('    layers painted:', [...counts].map(([k, n]) => `${n} x ${k}`).join('; '));
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tid: number;
  pid: number;
  id?: string;
  args?: {
    data?: {
      cpuProfile?: {
        nodes?: Array<{
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
          parent?: number;
        }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/** Self time by function (and by its callers' names) from the V8 sampler's trace events, for samples in [from, to]. */
const self = new Map<string, number>();
const incl = new Map<string, number>();
function cpuUntil(events: TraceEvent[], tid: number, from: number, to: number): void {
  const names = new Map<number, string>();
  const parent = new Map<number, number>();
  // The main thread's profile (the sampler's events carry its pid and the profile's id).
  const main = events.find((e) => e.tid === tid);
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main?.pid);
  let ts = (profile?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || (profile && e.id !== profile.id)) continue;
    const p = e.args?.data?.cpuProfile;
    for (const n of p?.nodes ?? []) {
      names.set(
        n.id,
        `${n.callFrame.functionName || '(anon)'}:${(n.callFrame.url ?? '').includes('index-') ? 'app' : (n.callFrame.url ?? '').includes('load-chart') ? 'svelte' : ''}:${n.callFrame.lineNumber}`,
      );
      if (n.parent !== undefined) parent.set(n.id, n.parent);
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (p?.samples ?? []).forEach((node, i) => {
      ts += deltas[i] ?? 0;
      if (ts < from || ts > to) return;
      const name = names.get(node) ?? '?';
      self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 100) / 1000);
      const seen = new Set<string>();
      for (let n: number | undefined = node; n !== undefined; n = parent.get(n)) {
        const nm = names.get(n) ?? '?';
        if (seen.has(nm)) continue;
        seen.add(nm);
        incl.set(nm, (incl.get(nm) ?? 0) + (deltas[i + 1] ?? 100) / 1000);
      }
    });
  }
}

/** The sampler's figures summed over every traced move. */
function printSamples(moves: number): void {
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, v]) => `${(v / moves).toFixed(2)} ${n}`)
      .join('\n      ');
  console.log(`per move, over ${moves} moves:`);
  console.log('    self:', top(self, 14));
  console.log('    incl:', top(incl, 30));
  console.log('    app incl:', top(new Map([...incl].filter(([n]) => n.includes(':app:'))), 50));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/** The first frame after the trace's last keydown: its Layerize and Paint on the main thread (ms). */
function frameSteps(buf: Buffer): string {
  const parsed = JSON.parse(buf.toString()) as { traceEvents?: unknown[] } | unknown[];
  const events = (Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])) as Array<{
    name: string;
    ts: number;
    dur?: number;
    tid: number;
    args?: { data?: { type?: string } };
  }>;
  const key = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').at(-1);
  if (!key) return 'no keydown seen';
  const first = (name: string) =>
    events.filter((e) => e.tid === key.tid && e.ts > key.ts && e.name === name).sort((a, b) => a.ts - b.ts)[0];
  const ms = (name: string) => ((first(name)?.dur ?? 0) / 1000).toFixed(2);
  return `Layerize ${ms('Layerize')} ms, Paint ${ms('Paint')} ms`;
}

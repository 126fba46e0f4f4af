// Helpers shared by the end-to-end tests that drive the workbench UI (playwright-core).

/** Retries `fn` until it returns a truthy value or the time runs out. */
export async function until(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out: ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The centre of the first on-screen occurrence of `text` in the editor's rendered lines. */
export function textPoint(page, text) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, text);
}

/** Moves the mouse onto `word` in the editor until a hover with `hasText` shows; returns that hover. */
export async function hoverOn(page, word, hasText, timeoutMs = 45_000) {
  const hover = page.locator('.monaco-hover', { hasText });
  await until(`the hover on ${word} shows ${hasText}`, async () => {
    const p = await textPoint(page, word);
    if (!p) return false;
    await page.mouse.move(p.x - 40, p.y + 30);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await page.mouse.move(p.x + 1, p.y);
    return hover.first().isVisible();
  }, timeoutMs);
  return hover.first();
}

/** The first frame (webviews live in iframes) with an element matching `selector`, and that element. */
export function inFrames(page, selector, hasText, timeoutMs = 30_000) {
  return until(`a frame shows ${hasText ?? selector}`, async () => {
    for (const frame of page.frames()) {
      const el = frame.locator(selector, hasText ? { hasText } : undefined);
      if ((await el.count().catch(() => 0)) > 0) return { frame, el };
    }
    return null;
  }, timeoutMs);
}

/**
 * Runs a command from the command palette, retried: F1 pressed while the palette is already open would close
 * it, and a first F1 on a busy machine can go to a view still taking focus. The row itself is clicked, not
 * whichever is focused: a fuzzy match ("Re-attach Annotation to Selection…") can rank first.
 */
export async function runFromPalette(page, command, timeoutMs = 45_000) {
  const input = page.locator('.quick-input-widget input');
  await until(`"${command}" run from the palette`, async () => {
    if (!(await input.isVisible())) await page.keyboard.press('F1');
    await input.waitFor({ timeout: 5_000 });
    await input.fill(`>${command}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: command.replace(/^[^:]+: /, '') }).first();
    await row.waitFor({ timeout: 5_000 });
    await row.click();
    return true;
  }, timeoutMs);
}

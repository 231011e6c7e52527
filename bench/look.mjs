// look.mjs: README's pictures of the canvas at 320 px (bench/look/<lang>-320.png): each language's
// page in headless Chromium at 2x, scrolled to "Ankle monitors", as a reader on a small phone sees
// it. Usage: node bench/look.mjs (after scripts/build-web.sh; serves dist/ itself).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { root, startServer, startBrowser, openSheet, waitForIdle } from '../tests/browser/harness.mjs';

const out = path.join(root, 'bench/look');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await startBrowser();
try {
  for (const lang of ['en', 'es', 'pt-BR', 'ht']) {
    const { page, context } = await openSheet(browser, `${server.url}${lang}/#ankle-monitors`,
      { context: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 } });
    await waitForIdle(page);
    await page.screenshot({ path: path.join(out, `${lang}-320.png`) });
    await context.close();
    console.log(`bench/look/${lang}-320.png`);
  }
} finally {
  await browser.close();
  await server.stop();
}

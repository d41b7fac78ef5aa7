/**
 * `npm start` on a machine with no display: loads the built extension in headless Chromium, opens the start
 * page, and saves a screenshot, so the command still proves Pandu builds, installs and renders.
 */
import { launchWithExtension } from '../tests/e2e/browser';

const startPage = process.argv[2] ?? '';
const session = await launchWithExtension();
try {
  const page = await session.context.newPage();
  await page.goto(startPage);
  await page.locator('h1').first().waitFor();
  const screenshot = '.output/start-screenshot.png';
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`Pandu ${session.extensionId} loaded; "${await page.locator('h1').first().innerText()}" rendered.`);
  console.log(`Screenshot: ${screenshot}. On a desktop, the same command opens a Chromium window.`);
} finally {
  await session.close();
}

// Supervision, part one (issue 16): at the committee office's desk, the
// key list of the demo session under its written principle; an accepted
// item chosen from the others as key, its leading and supervising leaders
// named on its 督办 page, the key list showing them; a manual warning
// raised there turns the item red on the warning board until lifted; the
// item's 办理 page shows its responsibilities.
import type { Page } from '@playwright/test';
import { test, expect, openDemo } from './fixtures';

const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

async function atDesk(page: Page, desk: string) {
  await page.getByLabel('工作台', { exact: true }).selectOption({ label: desk });
}

test('the committee office chooses a key item, names its leaders, warns and lifts the warning', async ({ page, consoleErrors }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(at('2026-12-01'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation').getByRole('link', { name: '督办', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('重点建议');
  await expect(page.getByText('联名代表多、涉及面广')).toBeVisible({ timeout: 30_000 });

  const keyList = page.getByRole('table', { name: '重点建议清单' });
  const before = await keyList.locator('tbody tr').count();
  expect(before).toBeGreaterThan(4);
  // The demo's last key item has no supervising leader yet: said so.
  await expect(keyList.getByText('未定督办领导')).toHaveCount(1);

  // Choose another accepted item of the session as key.
  const others = page.getByRole('table', { name: '已立案的建议' });
  const first = others.locator('tbody tr').first();
  const title = (await first.locator('td').nth(1).innerText()).trim();
  const number = (await first.locator('td').nth(0).innerText()).trim();
  await page.getByLabel('负责督办的委室').selectOption({ index: 1 });
  await first.getByRole('button', { name: `列为重点：${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `已将“${title}”列为重点建议` })).toBeVisible();
  await expect(keyList.locator('tbody tr')).toHaveCount(before + 1);
  const row = keyList.locator('tbody tr', { hasText: title });
  await expect(row).toContainText(number);
  await expect(row).toContainText('未定领办领导');

  // Its 督办 page: the leaders from the directory.
  await row.getByRole('link', { name: `督办：${title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const leading = page.getByLabel('领办领导');
  const supervising = page.getByLabel('督办领导');
  const mayor = (await leading.locator('option', { hasText: '（县长）' }).first().innerText()).trim();
  const vice = (await supervising.locator('option', { hasText: '常委会副主任' }).first().innerText()).trim();
  await leading.selectOption({ label: mayor });
  await supervising.selectOption({ label: vice });
  await page.getByRole('button', { name: '保存责任' }).click();
  await expect(page.getByRole('status').filter({ hasText: '领办、督办和跟踪责任已保存' })).toBeVisible();
  await expect(page.locator('dl.keyvalue')).toContainText(mayor);

  await page.getByRole('link', { name: '← 重点建议' }).click();
  const named = page.getByRole('table', { name: '重点建议清单' }).locator('tbody tr', { hasText: title });
  await expect(named).toContainText(mayor);
  await expect(named).toContainText(vice);
  await expect(named).not.toContainText('未定领办领导');

  // A manual warning on an assigned item: the demo's warned one is red on
  // the board; warn another one from its 督办 page and lift it again.
  await page.goto('./handling.html#/warnings');
  await expect(page.getByText(/人工预警：承办单位答应的实地调研至今没有安排/)).toBeVisible({ timeout: 30_000 });
  const green = page.locator('tbody tr.row-green').first();
  const greenTitle = (await green.locator('td').nth(2).innerText()).trim();
  const href = await green.getByRole('link', { name: greenTitle }).getAttribute('href');
  const id = href!.split('/').pop()!;
  await page.goto(`./supervision.html#/oversight/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(greenTitle);
  await page.getByLabel('预警理由').fill('代表反映施工迟迟未开始');
  await page.getByRole('button', { name: '发出人工预警' }).click();
  await expect(page.getByRole('status').filter({ hasText: '人工预警已发出' })).toBeVisible();
  await expect(page.locator('.light.red')).toBeVisible();
  await page.goto('./handling.html#/warnings');
  const warned = page.locator('tbody tr', { hasText: greenTitle });
  await expect(warned).toHaveClass(/row-red/);
  await expect(warned).toContainText('人工预警：代表反映施工迟迟未开始');
  await page.goto(`./supervision.html#/oversight/${id}`);
  await page.getByLabel('解除的理由').fill('经电话回访，已开工');
  await page.getByRole('button', { name: '解除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '人工预警已解除' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /由代表工委解除：经电话回访，已开工/ })).toBeVisible();
  await page.goto('./handling.html#/warnings');
  await expect(page.locator('tbody tr', { hasText: greenTitle })).toHaveClass(/row-green/);
  expect(consoleErrors).toEqual([]);
});

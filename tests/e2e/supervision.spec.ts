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

  // The leader's desk: the item among those the mayor leads.
  await atDesk(page, '领导');
  await page.getByRole('navigation', { name: '督办' }).getByRole('link', { name: '我的督办' }).click();
  await page.getByLabel('领导', { exact: true }).selectOption({ label: mayor });
  const mine = page.getByRole('table', { name: '督办的建议' });
  await expect(mine.locator('tr', { hasText: title })).toContainText('领办');
  await atDesk(page, '代表工委');

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

test('a group formed from an item’s proposers, a face-to-face meeting over two items with a follow-up, its summary printed, the follow-up done', async ({ page, consoleErrors }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(at('2026-12-01'));
  await openDemo(page);
  await atDesk(page, '代表工委');
  await page.getByRole('navigation').getByRole('link', { name: '督办', exact: true }).click();
  const keyList = page.getByRole('table', { name: '重点建议清单' });
  await expect(keyList).toBeVisible({ timeout: 30_000 });
  // A key item raised by several deputies: its title and proposers.
  const row = keyList.locator('tbody tr').filter({ hasNotText: /\b1人/ }).first();
  const title = (await row.locator('td').nth(2).innerText()).trim();
  const proposers = Number((await row.locator('td').nth(3).innerText()).replace('人', ''));
  expect(proposers).toBeGreaterThan(1);

  // 督办组: a ninth group for it.
  await page.getByRole('navigation', { name: '督办' }).getByRole('link', { name: '督办组' }).click();
  await expect(page.getByRole('table', { name: '督办组' }).locator('tbody tr')).toHaveCount(8);
  const form = page.getByRole('form', { name: '成立督办组' });
  const first = form.getByRole('group', { name: '第1组' });
  await first.getByLabel('督办组名称').fill('第九督办组');
  await first.getByLabel('组长（常委会领导）').selectOption({ index: 1 });
  await first.getByRole('group', { name: '督办的建议' }).getByLabel(new RegExp(title)).check();
  await form.getByRole('button', { name: '成立督办组' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已成立 1 个督办组' })).toBeVisible();
  await page.getByRole('link', { name: '第九督办组' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第九督办组');
  await expect(page.locator('dl.keyvalue')).toContainText(`（${proposers - 1}人）`);
  await expect(page.getByRole('table', { name: '督办的建议' })).toContainText(title);

  // A face-to-face meeting over two items, with a follow-up.
  await page.getByRole('navigation', { name: '督办' }).getByRole('link', { name: '督办记录' }).click();
  await page.getByRole('link', { name: '登记督办记录' }).click();
  const rec = page.getByRole('form', { name: '督办记录' });
  await rec.getByLabel('督办方式').selectOption({ label: '面对面座谈会' });
  await rec.getByLabel('地点').fill('县人大常委会第一会议室');
  const items = rec.getByRole('group', { name: '涉及的建议' });
  await items.getByLabel(new RegExp(title)).check();
  const second = items.getByRole('checkbox').nth(1);
  const secondTitle = ((await second.locator('xpath=..').innerText()).trim()).split(' ').slice(1).join(' ');
  if (await second.isChecked()) throw new Error('the second item is already chosen');
  await second.check();
  await rec.getByRole('group', { name: '领导' }).getByRole('checkbox').first().check();
  const deputies = rec.getByRole('group', { name: /^代表/ });
  for (const i of [0, 1, 2]) await deputies.getByRole('checkbox').nth(i).check();
  const heads = rec.getByRole('group', { name: '单位负责人' });
  for (const i of [0, 1]) await heads.getByRole('checkbox').nth(i).check();
  await rec.getByLabel('企业家代表人数').fill('2');
  await rec.getByLabel('群众代表人数').fill('2');
  await rec.getByLabel('了解的情况和发现的问题').fill('代表反映山区信号盲区多，企业反映宽带资费偏高。');
  await rec.getByLabel('现场议定事项').fill('相关部门年底前拿出基站建设方案。');
  await rec.getByLabel('第1项 事项').fill('报送基站建设方案');
  await rec.getByLabel('第1项 责任单位').selectOption({ index: 3 });
  const owner = (await rec.getByLabel('第1项 责任单位').locator('option:checked').innerText()).trim();
  await rec.getByLabel('第1项 期限').fill('2026-12-11');
  await rec.getByRole('button', { name: '保存督办记录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('面对面座谈会　2026年12月1日');
  await expect(page.locator('dl.keyvalue')).toContainText('共10人');
  await expect(page.locator('dl.keyvalue')).toContainText(title);
  await expect(page.locator('dl.keyvalue')).toContainText(secondTitle);
  const followUps = page.getByRole('table', { name: '督办事项' });
  await expect(followUps.locator('tbody tr')).toHaveCount(1);
  await expect(followUps).toContainText(owner);
  await expect(followUps.locator('.light')).toHaveText('黄');

  // The meeting summary on A4.
  await page.getByRole('link', { name: '打印会议纪要' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('面对面座谈会纪要');
  await expect(page.locator('.summary')).toContainText(title);
  await expect(page.locator('.summary')).toContainText(`报送基站建设方案（责任单位：${owner}；期限：2026年12月11日）`);
  await page.getByRole('link', { name: '← 督办记录' }).click();

  // The follow-up done.
  await followUps.getByLabel('落实情况').fill('12月5日已报送方案');
  await followUps.getByRole('button', { name: '办结' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“报送基站建设方案”已办结' })).toBeVisible();
  await expect(followUps).toContainText('2026年12月1日办结：12月5日已报送方案');
  await page.getByRole('navigation', { name: '督办' }).getByRole('link', { name: '督办事项' }).click();
  await expect(page.getByRole('table', { name: '督办事项' }).locator('tr', { hasText: '报送基站建设方案' })).toContainText('办结：12月5日已报送方案');
  expect(consoleErrors).toEqual([]);
});

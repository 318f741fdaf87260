// The chosen desk decides the navigation and survives a reload; the URL
// still wins over it.
import { test, expect, openDemo } from './fixtures';

test('the chosen desk is remembered and decides the navigation', async ({ page, consoleErrors }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '名册' })).toBeVisible();

  await page.getByLabel('工作台').selectOption({ label: '代表' });
  await expect(nav.getByRole('link', { name: '起草建议' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '名册' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('工作台')).toHaveValue('deputy');
  await expect(nav.getByRole('link', { name: '名册' })).toHaveCount(0);

  await page.getByLabel('工作台').selectOption({ label: '公众' });
  await expect(nav.getByRole('link')).toHaveCount(1);
  // Desks are not access control: an address still opens its view.
  await page.goto('./settings.html#/settings');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('工作台')).toHaveValue('public');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  void consoleErrors;
});

test('each reviewing desk sees what waits for it on its home page', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await page.getByLabel('工作台').selectOption({ label: '委室' });
  const work = page.getByRole('list', { name: '待办' });
  const link = work.getByRole('link', { name: /^待委室再审：\d+ 件$/ });
  await expect(link).toBeVisible();
  const n = Number(/(\d+)/.exec((await link.textContent()) ?? '')![1]);
  await link.click();
  await expect(page).toHaveURL(/#\/reviews\?step=committee$/);
  await expect(page.getByRole('status').filter({ hasText: `待委室再审共 ${n} 件` })).toBeVisible();
  void consoleErrors;
});

test('the 委室 queue opens on the delegations the chosen committee body covers', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await page.getByLabel('工作台').selectOption({ label: '委室' });
  await page.getByRole('link', { name: '审查' }).click();
  const status = page.getByRole('status').filter({ hasText: '待委室再审共' });
  await expect(status).toBeVisible();
  const all = Number(/共 (\d+) 件/.exec((await status.textContent()) ?? '')![1]);

  // Choose the first committee body: only its delegations' items remain.
  const body = page.getByLabel('包联委室');
  const name = (await body.locator('option').nth(1).textContent())!.trim();
  await body.selectOption({ index: 1 });
  await expect(page).toHaveURL(/group=[0-9a-f-]{36}/);
  const covered = Number(/共 (\d+) 件/.exec((await status.textContent()) ?? '')![1]);
  expect(covered).toBeLessThanOrEqual(all);

  // Coming back to the queue later, it opens on that body again.
  await page.getByRole('link', { name: '首页' }).click();
  await page.getByRole('link', { name: '审查' }).click();
  await expect(page.getByLabel('包联委室').locator('option:checked')).toHaveText(name);
  await expect(status).toContainText(`共 ${covered} 件`);
  void consoleErrors;
});

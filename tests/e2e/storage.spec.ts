// Storage failures are shown in Chinese and lose nothing; a second tab is
// read-only.
import { test, expect } from './fixtures';

async function addDelegation(page, name: string) {
  await page.goto('./#/directories/delegations');
  await page.getByLabel('新增代表团').fill(name);
  await page.getByRole('button', { name: '保存' }).click();
}

test('IndexedDB that cannot be opened is explained and loses nothing', async ({ page, context, consoleErrors }) => {
  await addDelegation(page, '城关镇代表团');
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await page.close();

  const broken = await context.newPage();
  await broken.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await broken.goto('./#/directories/delegations');
  await expect(broken.getByRole('heading', { name: '无法打开本机数据' })).toBeVisible();
  await expect(broken.getByRole('alert')).toContainText('无痕');
  await expect(broken.getByRole('button', { name: '重试' })).toBeVisible();
  await broken.close();

  const healthy = await context.newPage();
  await healthy.goto('./#/directories/delegations');
  await expect(healthy.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  void consoleErrors;
});

test('a full disk refuses the write, says so, and keeps what was stored', async ({ page, context, consoleErrors }) => {
  await addDelegation(page, '城关镇代表团');
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await page.close();

  const full = await context.newPage();
  await full.addInitScript(() => {
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await addDelegation(full, '河口乡代表团');
  await expect(full.getByRole('alert')).toContainText('存储空间已满');
  await expect(full.getByRole('rowheader', { name: '河口乡代表团' })).toHaveCount(0);
  await full.close();

  const healthy = await context.newPage();
  await healthy.goto('./#/directories/delegations');
  await expect(healthy.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await expect(healthy.getByRole('rowheader', { name: '河口乡代表团' })).toHaveCount(0);
  void consoleErrors;
});

test('a second tab opens read-only with a notice', async ({ page, context, consoleErrors }) => {
  await addDelegation(page, '城关镇代表团');
  await expect(page.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();

  const second = await context.newPage();
  await second.goto('./#/directories/delegations');
  await expect(second.getByText('只读：建议通已在本浏览器的另一个标签页中打开')).toBeVisible();
  await expect(second.getByRole('rowheader', { name: '城关镇代表团' })).toBeVisible();
  await expect(second.getByRole('button', { name: '保存' })).toBeDisabled();

  // The first tab still writes.
  await addDelegation(page, '河口乡代表团');
  await expect(page.getByRole('rowheader', { name: '河口乡代表团' })).toBeVisible();
  void consoleErrors;
});

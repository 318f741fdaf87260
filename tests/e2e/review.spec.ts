// 三提 part 2: a co-signed draft passes 初审, is returned at 再审 with a
// comment, is revised (signers see the change), passes, is accepted at 终审
// with the next number, and prints with its number and signers; a motion
// from fewer than 10 deputies is converted into a suggestion.
import { test, expect, Page } from '@playwright/test';
import { test as cleanTest, openDemo, atDesk } from './fixtures';

// Each act is done at the desk whose work it is, from that desk's queue.

async function openFromQueue(page: Page, desk: string, title: string) {
  await atDesk(page, desk);
  await page.getByRole('link', { name: '审查' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '审查' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('建议');
}

async function draftAndSubmit(page: Page, title: string, motion: boolean, cosigners: number) {
  await atDesk(page, '代表');
  await page.goto('./item.html#/suggestions/new');
  await page.getByLabel('案由').fill(title);
  await page.getByLabel('案据').fill('城关镇东街三百米路段夜间没有路灯，行人和电动车经常摔倒，居民多次向代表联络站反映，代表实地查看属实。');
  await page.getByLabel('建议', { exact: true }).fill('在城关镇东街加装太阳能路灯，解决夜间照明问题。');
  await page.getByLabel('对策').fill('由县城市管理局牵头，今年内完成东街路段二十盏太阳能路灯的选址、采购和安装，并纳入日常维护。');
  await page.getByLabel('类别').selectOption('城市建设');
  if (motion) await page.getByLabel('类型').selectOption('motion');
  await page.getByLabel('领衔代表').selectOption({ index: 1 });
  const checks = page.getByRole('complementary', { name: '随写随查' });
  for (const box of await checks.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);
  const cosign = page.getByRole('region', { name: '联名代表' });
  for (let i = 0; i < cosigners; i++) {
    await cosign.getByLabel('邀请联名代表').selectOption({ index: 1 });
    await cosign.getByRole('button', { name: '邀请' }).click();
    await expect(cosign.getByRole('row')).toHaveCount(i + 2);
  }
  const confirms = cosign.getByRole('button', { name: /据纸质签名录入$/ });
  for (let i = 0; i < cosigners; i++) {
    await confirms.first().click();
    await expect(confirms).toHaveCount(cosigners - 1 - i);
  }
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已提交，等待审查' })).toBeVisible();
}

cleanTest('reviews: pass, return with a comment, revise, pass, accept with the next number, print', async ({ page, consoleErrors }) => {
  await openDemo(page);

  // The highest number given so far in the session's suggestion series.
  await page.goto('./suggestions.html#/suggestions');
  await expect(page.getByText(/^共 \d+ 件$/)).toBeVisible();
  const numbers = (await page.locator('tbody tr td:last-child').allTextContents())
    .map((t) => /^建议第(\d+)号$/.exec(t.trim()))
    .filter((m) => m)
    .map((m) => Number(m![1]));
  const next = Math.max(0, ...numbers) + 1;

  await draftAndSubmit(page, '关于城关镇东街加装路灯的建议', false, 2);
  const review = page.getByRole('region', { name: '审查' });
  // At the deputy's desk the review is not offered: it says who acts.
  await expect(review).toContainText('这件建议待代表团初审，请在“代表团/主席团”工作台办理');
  await expect(review.getByRole('button', { name: '通过' })).toHaveCount(0);

  // The delegation's queue lists it; it passes 初审 from the item.
  await openFromQueue(page, '代表团/主席团', '关于城关镇东街加装路灯的建议');
  await expect(review).toContainText('当前环节：代表团初审');
  await review.getByRole('button', { name: '通过' }).click();
  await expect(review).toContainText('这件建议待委室再审，请在“委室”工作台办理');

  // 再审 returns it with a comment, at the 委室 desk (switched from the item).
  await review.getByRole('button', { name: '切换到委室工作台' }).click();
  await expect(review).toContainText('当前环节：委室再审');
  await review.getByRole('button', { name: '退回补充完善' }).click();
  await expect(page.getByRole('alert')).toContainText('请填写“退回意见”');
  await review.getByLabel(/审查意见/).fill('请补充路段长度和事故情况的具体数据。');
  await review.getByRole('button', { name: '退回补充完善' }).click();
  await expect(review).toContainText('委室再审退回补充完善：请补充路段长度和事故情况的具体数据。');

  // The deputy revises; the signatures stay and the signers see the change.
  await atDesk(page, '代表');
  await page.getByLabel('案据').fill('城关镇东街三百米路段夜间没有路灯，今年以来发生摔倒事故六起，居民多次向代表联络站反映，代表实地查看属实。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  const cosign = page.getByRole('region', { name: '联名代表' });
  await expect(cosign).toContainText('已确认联名 3 人');
  const changes = page.getByRole('region', { name: '退回后的修改' });
  await expect(changes).toContainText('今年以来发生摔倒事故六起');
  await expect(cosign.getByText('审查退回后的修改待阅知')).toHaveCount(2);
  await cosign.getByRole('button', { name: /阅知修改$/ }).first().click();
  await expect(cosign.getByText('审查退回后的修改待阅知')).toHaveCount(1);
  await review.getByRole('button', { name: '重新提交' }).click();
  await expect(review).toContainText('这件建议待委室再审');

  await openFromQueue(page, '委室', '关于城关镇东街加装路灯的建议');
  await review.getByRole('button', { name: '通过' }).click();
  await expect(review).toContainText('这件建议待议案组终审');
  await openFromQueue(page, '议案组', '关于城关镇东街加装路灯的建议');
  await expect(review).toContainText('当前环节：议案组终审');

  // 终审 accepts it with the next number.
  await review.getByRole('button', { name: '立案编号' }).click();
  await expect(review).toContainText(`已立案：建议第${next}号`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`建议第${next}号`);
  await expect(review.getByRole('table')).toContainText('退回补充完善');

  // The printed 代表建议书 shows the number and the signers.
  await review.getByRole('link', { name: '打印代表建议书' }).click();
  const doc = page.locator('.print-doc');
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('示范县人大代表建议书');
  await expect(doc).toContainText(`建议第${next}号`);
  await expect(doc.getByRole('row', { name: /联名代表/ })).toContainText('、');
  await page.reload();
  await expect(doc).toContainText(`建议第${next}号`);
  void consoleErrors;
});

cleanTest('a motion from fewer than 10 deputies is converted into a suggestion at 终审', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await draftAndSubmit(page, '关于制定城区夜间照明管理办法的议案', true, 1);
  const checks = page.getByRole('complementary', { name: '随写随查' });
  await expect(checks).toContainText('议案须由代表团或10名以上代表联名提出，目前2名');
  const review = page.getByRole('region', { name: '审查' });
  await openFromQueue(page, '代表团/主席团', '关于制定城区夜间照明管理办法的议案');
  await review.getByRole('button', { name: '通过' }).click();
  await openFromQueue(page, '委室', '关于制定城区夜间照明管理办法的议案');
  await review.getByRole('button', { name: '通过' }).click();
  await openFromQueue(page, '议案组', '关于制定城区夜间照明管理办法的议案');
  await expect(review).toContainText('当前环节：议案组终审');
  await review.getByRole('button', { name: '议案转为建议' }).click();
  await expect(page.getByLabel('类型')).toHaveValue('suggestion');
  await expect(review.getByRole('table')).toContainText('议案转为建议');
  await review.getByRole('button', { name: '立案编号' }).click();
  await expect(review).toContainText(/已立案：建议第\d+号/);
  void consoleErrors;
});

cleanTest('a motion that falls short, accepted as it stands, is numbered as a suggestion and the trail says why', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await draftAndSubmit(page, '关于规范城区户外广告设置的议案', true, 1);
  const review = page.getByRole('region', { name: '审查' });
  await openFromQueue(page, '代表团/主席团', '关于规范城区户外广告设置的议案');
  await review.getByRole('button', { name: '通过' }).click();
  await openFromQueue(page, '委室', '关于规范城区户外广告设置的议案');
  await review.getByRole('button', { name: '通过' }).click();
  await openFromQueue(page, '议案组', '关于规范城区户外广告设置的议案');
  await review.getByRole('button', { name: '立案编号' }).click();
  await expect(review).toContainText(/已立案：建议第\d+号/);
  await expect(review.getByRole('table')).toContainText('不符合议案条件，作为建议立案');
  void consoleErrors;
});

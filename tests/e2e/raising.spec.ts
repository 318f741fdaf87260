// 三提: a station clerk records an opinion, a deputy turns it into a draft
// that is refused without 对策, completes it, nine co-signers confirm, the
// 重点候选 mark shows, and an edit by the drafter voids the signatures.
import { test, expect, openDemo } from './fixtures';

test('opinion to draft, refused without 对策, co-signed by ten, voided by an edit', async ({ page, consoleErrors }) => {
  await openDemo(page);

  // A station clerk records an opinion.
  await page.getByRole('link', { name: '群众意见' }).click();
  await page.getByLabel('收集站点').selectOption({ label: '城关镇人大代表联络站' });
  await page.getByLabel('意见主题').fill('城关镇东街夜间无路灯');
  await page.getByLabel('意见内容').fill('东街三百米路段夜间没有路灯，行人和电动车经常摔倒，居民多次向联络站反映。');
  await page.getByLabel('群众联系方式（不公开）').fill('13700009999');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '群众意见已登记' })).toBeVisible();

  // The deputy turns it into a draft.
  await page.getByRole('checkbox', { name: '选择：城关镇东街夜间无路灯' }).check();
  await page.getByRole('link', { name: '将选中的 1 条意见转为建议草稿' }).click();
  await expect(page.getByLabel('案由')).toHaveValue('关于城关镇东街夜间无路灯的建议');
  await expect(page.getByText('城关镇人大代表联络站 · 城关镇东街夜间无路灯')).toBeVisible();
  await page.getByLabel('案据').fill('城关镇东街三百米路段夜间没有路灯，行人和电动车经常摔倒，居民多次向代表联络站反映，代表实地查看属实。');
  await page.getByLabel('建议', { exact: true }).fill('在城关镇东街加装太阳能路灯，解决夜间照明问题。');
  await page.getByLabel('类别').selectOption('城市建设');
  await page.getByLabel('领衔代表').selectOption({ index: 1 });
  const checks = page.getByRole('complementary', { name: '随写随查' });
  await expect(checks).toContainText('对策 未填写');
  for (const box of await checks.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);

  // Submitting without 对策 is refused, naming 对策.
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert')).toContainText('还不能提交，请补充：“对策”');

  // Complete it.
  await page.getByLabel('对策').fill('由县城市管理局牵头，今年内完成东街路段二十盏太阳能路灯的选址、采购和安装，并纳入日常维护。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '草稿已保存' })).toBeVisible();
  await expect(checks).toContainText('✓ 可以提交');

  // The opinion now leads to the draft.
  // Nine co-signers confirm.
  const cosign = page.getByRole('region', { name: '联名代表' });
  for (let i = 0; i < 9; i++) {
    await cosign.getByLabel('邀请联名代表').selectOption({ index: 1 });
    await cosign.getByRole('button', { name: '邀请' }).click();
    await expect(cosign.getByRole('row')).toHaveCount(i + 2);
  }
  const confirms = cosign.getByRole('button', { name: /本人在场确认$/ });
  for (let i = 0; i < 9; i++) {
    await confirms.first().click();
    await expect(confirms).toHaveCount(8 - i);
  }
  await expect(cosign).toContainText('已确认联名 10 人');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('重点候选');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('重点候选');

  // An edit by the drafter voids the signatures and tells the signers.
  await page.getByLabel('对策').fill('由县城市管理局牵头，今年内完成东街路段二十盏太阳能路灯的安装，并纳入日常维护和巡查。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(cosign).toContainText('已确认联名 1 人');
  await expect(cosign.getByText('原签名失效，待重新确认')).toHaveCount(9);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('重点候选');

  await page.getByRole('link', { name: '群众意见' }).click();
  await expect(page.getByRole('row', { name: /城关镇东街夜间无路灯/ })).toContainText('关于城关镇东街夜间无路灯的建议（草稿）');
  void consoleErrors;
});

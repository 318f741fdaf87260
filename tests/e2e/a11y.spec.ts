// Accessibility: the main views pass axe's WCAG A/AA rules (labels,
// contrast, roles), in the demo county where every view has content.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDemo } from './fixtures';

const views = [
  ['首页', './#/'],
  ['建议列表', './#/suggestions'],
  ['起草建议', './#/suggestions/new'],
  ['群众意见', './#/opinions'],
  ['审查', './#/reviews?step=committee'],
  ['名册', './#/directories/deputies'],
  ['设置', './settings.html#/settings'],
  ['交换', './exchange.html#/exchange'],
  ['导入', './import.html#/import'],
  ['台账导入', './ledger.html#/ledger'],
  ['冲突', './conflicts.html#/conflicts'],
  ['交办', './handling.html#/assign'],
  ['承办件', './handling.html#/inbox'],
  ['预警', './handling.html#/warnings'],
  ['征询意见', './handle.html#/feedback'],
  ['满意度测评', './evaluation.html#/surveys'],
  ['登记测评', './evaluation.html#/surveys/new'],
  ['评议测评', './evaluation.html#/appraisals'],
  ['登记常委会测评', './evaluation.html#/meetings/new'],
  ['大会测评计票', './evaluation.html#/votes/new'],
  ['开展部门评议', './evaluation.html#/dreviews/new'],
  ['先进承办单位评选', './evaluation.html#/ranking?year=2026'],
  ['评价报告和自查报告', './evaluation.html#/ereports'],
  ['统计', './figures.html#/figures?year=2026'],
  ['承诺跟踪', './handling.html#/followups?year=2026'],
  ['重点建议', './supervision.html#/key'],
  ['督办组', './supervision.html#/groups'],
  ['登记督办记录', './supervision.html#/records/new'],
  ['督办事项', './supervision.html#/actions'],
  ['检察衔接', './supervision.html#/procuratorate'],
  ['办理进展报告', './supervision.html#/report'],
];

test('the main views have no WCAG A/AA violations', async ({ page, consoleErrors }) => {
  // Ten axe runs over the demo county's full tables take about 30 s on a
  // 2-core machine running both projects at once.
  test.setTimeout(180_000);
  await openDemo(page);
  for (const [name, url] of views) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const found = results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.help}`);
    expect(found, name).toEqual([]);
  }
  // 办理 and the printed 答复函, on the demo's item answered A.
  await page.goto('./suggestions.html#/suggestions');
  const href = await page.getByRole('link', { name: /完善城关镇生活垃圾收运设施/ }).first().getAttribute('href');
  await page.goto(`./handle.html#/handle/${href!.split('/').pop()}`);
  await expect(page.getByRole('heading', { name: '办理', exact: true })).toBeVisible();
  const check = async (name: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.help}`), name).toEqual([]);
  };
  await check('办理');
  await page.getByRole('link', { name: '打印答复函' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  await check('答复函');
  // The feedback form of the same item.
  await page.goto(`./handle.html#/feedback/${href!.split('/').pop()}`);
  await expect(page.getByRole('heading', { name: '征询意见', exact: true })).toBeVisible();
  await check('征询意见表单');
  // Its 督办 page, at the committee office's desk (every form shown).
  await page.getByLabel('工作台', { exact: true }).selectOption({ label: '代表工委' });
  await page.goto(`./supervision.html#/oversight/${href!.split('/').pop()}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('督办');
  await check('督办');
  void consoleErrors;
});

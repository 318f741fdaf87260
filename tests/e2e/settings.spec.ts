// 设置: a clerk sets up the office as the numbering committee office, and
// changes the rules from a business date on — each change in force from its
// date, listed in the history; a wrong value is refused with the core's
// reason and changes nothing; a date after today is asked about first;
// township mode sends a new draft to the presidium's one review.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openDemo } from './fixtures';

/** Today in China, as the app dates business: `2026-11-27`. */
function chinaDay(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 24 * 3600 * 1000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** A settings group's section and its form. */
function group(page: Page, name: string) {
  const section = page.getByRole('region', { name, exact: true });
  return { section, form: section.getByRole('form', { name: `修改${name}` }) };
}

/** The row of one setting in a group's table. */
function settingRow(page: Page, section: Locator, name: string) {
  return section.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test('a committee office that numbers shortens the reply deadline from today', async ({ page, consoleErrors }) => {
  const today = chinaDay();
  await page.goto('./settings.html#/settings');
  const profile = page.getByRole('form', { name: '本机单位' });
  await profile.getByLabel('单位名称').fill('某县人大常委会代表工作委员会');
  await profile.getByLabel('行政区域').fill('某县');
  await expect(profile.getByLabel('单位类型')).toHaveValue('代表工委');
  const numbering = profile.getByLabel(/本机为编号单位/);
  await expect(numbering).not.toBeChecked();

  // Only a role that may number is offered the choice; the others say why.
  await profile.getByLabel('单位类型').selectOption({ label: '代表团' });
  await expect(numbering).toHaveCount(0);
  await expect(profile).toContainText('代表团的建议通不编号');
  await profile.getByLabel('单位类型').selectOption({ label: '乡镇人大主席团' });
  await expect(profile).toContainText('乡镇人大主席团只在乡镇模式下编号');
  await profile.getByLabel('单位类型').selectOption({ label: '代表工委' });
  await numbering.check();
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(profile.getByRole('status')).toContainText('本机单位已保存');
  await expect(profile).toContainText('当前：本机为编号单位');
  await expect(page.getByRole('banner')).toContainText('某县人大常委会代表工作委员会');

  // The reply deadline: 3 months → 2 months, from today.
  const { section, form } = group(page, '办理时限');
  await expect(section).toContainText('现行为默认设置');
  const reply = settingRow(page, section, '答复');
  await expect(reply.getByRole('cell').first()).toHaveText('3个月');
  await form.getByLabel('答复', { exact: true }).fill('2');
  await expect(form.getByLabel('答复时限的单位', { exact: true })).toHaveValue('months');
  await expect(form.getByLabel('自何日起施行')).toHaveValue(today);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(section.getByRole('status')).toContainText(`已保存：办理时限自 ${today} 起施行`);
  await expect(reply.getByRole('cell').first()).toHaveText('2个月');
  await expect(section).toContainText(`现行设置自 ${today} 起施行`);

  const history = page.getByRole('table', { name: /按施行日期从新到旧/ });
  const change = history.getByRole('row').filter({ hasText: '办理时限' });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(today);
  await expect(change).toContainText('现行');
  await expect(change).toContainText('答复：3个月 → 2个月');

  // Kept: a reload shows the same.
  await page.reload();
  await expect(settingRow(page, group(page, '办理时限').section, '答复').getByRole('cell').first()).toHaveText('2个月');
  await expect(page.getByRole('form', { name: '本机单位' }).getByLabel(/本机为编号单位/)).toBeChecked();
  void consoleErrors;
});

test('a wrong value is refused with the reason and changes nothing', async ({ page, consoleErrors }) => {
  await page.goto('./settings.html#/settings');
  const evaluation = group(page, '评议测评');
  await evaluation.form.getByLabel('满意度测评达标线').fill('120');
  await evaluation.form.getByRole('button', { name: '保存' }).click();
  await expect(evaluation.section.getByRole('alert')).toHaveText('设置有误：“满意度测评达标线”须在0%到100%之间，现为120%');
  await expect(settingRow(page, evaluation.section, '满意度测评达标线').getByRole('cell').first()).toHaveText('80%');

  // A number that is not one is refused before it reaches the core.
  await evaluation.form.getByLabel('满意度测评达标线').fill('80');
  await evaluation.form.getByLabel('部门评议追溯年限').fill('');
  await evaluation.form.getByRole('button', { name: '保存' }).click();
  await expect(evaluation.section.getByRole('alert')).toContainText('“部门评议追溯年限”须填写整数');

  const numbering = group(page, '案号格式');
  await numbering.form.getByLabel('案号格式').fill('建字〔2026〕号');
  await numbering.form.getByRole('button', { name: '保存' }).click();
  await expect(numbering.section.getByRole('alert')).toHaveText('设置有误：案号格式中须含有 {n}（序号的位置）');

  // Unchanged values are not a change.
  await numbering.form.getByRole('button', { name: '恢复现行值' }).click();
  await expect(numbering.form.getByLabel('案号格式')).toHaveValue('第{n}号');
  await numbering.form.getByRole('button', { name: '保存' }).click();
  await expect(numbering.section.getByRole('alert')).toHaveText('内容没有变化，无需保存');

  await expect(page.getByText('尚未修改过设置：各项均为默认值。')).toBeVisible();
  await page.reload();
  await expect(settingRow(page, group(page, '评议测评').section, '满意度测评达标线').getByRole('cell').first()).toHaveText('80%');
  await expect(settingRow(page, group(page, '案号格式').section, '案号格式').getByRole('cell').first()).toHaveText('第{n}号');
  void consoleErrors;
});

test('a change dated after today is asked about, then waits for its date', async ({ page, consoleErrors }) => {
  const tomorrow = chinaDay(1);
  await page.goto('./settings.html#/settings');
  const { section, form } = group(page, '办理时限');
  await form.getByLabel('二次办理', { exact: true }).fill('2');
  await form.getByLabel('自何日起施行').fill(tomorrow);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(section.getByRole('status')).toContainText(`施行日期 ${tomorrow} 晚于今天`);
  await section.getByRole('button', { name: `确定，自 ${tomorrow} 起施行` }).click();
  await expect(section.getByRole('status').filter({ hasText: '已保存' })).toContainText(`办理时限将自 ${tomorrow} 起施行`);
  // Today the old value is still in force.
  await expect(settingRow(page, section, '二次办理').getByRole('cell').first()).toHaveText('1个月');
  await expect(section).toContainText(`已预先设定：自 ${tomorrow} 起施行新的设置`);
  const change = page.getByRole('table', { name: /按施行日期从新到旧/ }).getByRole('row').filter({ hasText: '办理时限' });
  await expect(change).toContainText('尚未施行');
  await expect(change).toContainText('二次办理：1个月 → 2个月');
  void consoleErrors;
});

test('the lists: professional stations renamed, removed and added; a negative-list keyword read back', async ({ page, consoleErrors }) => {
  await page.goto('./settings.html#/settings');
  const stations = group(page, '专业代表工作站');
  await stations.form.getByLabel('第4个工作站的名称').fill('经济发展');
  await stations.form.getByRole('button', { name: '删除“社会建设”' }).click();
  await stations.form.getByRole('button', { name: '增加工作站' }).click();
  await expect(stations.form.getByLabel('第6个工作站的名称')).toBeFocused();
  await page.keyboard.type('生态环境');
  await stations.form.getByRole('button', { name: '保存' }).click();
  await expect(stations.section.getByRole('status')).toContainText('已保存：专业代表工作站');
  const change = page.getByRole('table', { name: /按施行日期从新到旧/ }).getByRole('row').filter({ hasText: '专业代表工作站' });
  await expect(change).toContainText('增加“经济发展”、“生态环境”；删除“经济”、“社会建设”');

  const negative = group(page, '负面清单');
  await negative.form.getByRole('button', { name: '增加一项' }).click();
  await expect(negative.form.getByLabel('第6项不提的情形')).toBeFocused();
  await page.keyboard.type('为企业争取优惠政策');
  await negative.form.getByLabel('第6项的提示关键词').fill('优惠政策+我公司\n减免!减免手续');
  const row = negative.form.getByRole('row').filter({ has: page.getByLabel('第6项不提的情形') });
  await expect(row).toContainText('“优惠政策”与“我公司”在同一句中');
  await expect(row).toContainText('“减免”（“减免手续”中的除外）');
  await negative.form.getByRole('button', { name: '保存' }).click();
  await expect(negative.section.getByRole('status')).toContainText('已保存：负面清单');
  await page.reload();
  await expect(group(page, '负面清单').form.getByLabel('第6项不提的情形')).toHaveValue('为企业争取优惠政策');
  await expect(group(page, '专业代表工作站').form.getByLabel('第4个工作站的名称')).toHaveValue('经济发展');
  void consoleErrors;
});

test('township mode from today sends a new draft to the presidium', async ({ page, consoleErrors }) => {
  await openDemo(page);
  await page.goto('./settings.html#/settings');
  const rules = group(page, '提出规则');
  await rules.form.getByLabel('乡镇模式').check();
  await rules.form.getByRole('button', { name: '保存' }).click();
  await expect(rules.section.getByRole('status')).toContainText('已保存：提出规则');
  await expect(settingRow(page, rules.section, '乡镇模式').getByRole('cell').first()).toHaveText('开启');

  const title = '关于乡镇卫生院增设夜间门诊的建议';
  await page.goto('./item.html#/suggestions/new');
  await page.getByLabel('案由').fill(title);
  await page.getByLabel('案据').fill('镇卫生院晚上六点后不再接诊，群众夜间看病要赶三十公里去县医院，代表走访时多名群众反映此事。');
  await page.getByLabel('建议', { exact: true }).fill('在镇卫生院增设夜间门诊，方便群众夜间就医。');
  await page.getByLabel('对策').fill('由镇卫生院调整排班，安排两名医生轮流值夜班，县卫生健康局给予人员和经费支持，年内开诊。');
  await page.getByLabel('类别').selectOption('医疗卫生');
  await page.getByLabel('领衔代表').selectOption({ index: 1 });
  const checks = page.getByRole('complementary', { name: '随写随查' });
  for (const box of await checks.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/#\/suggestions\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已提交，等待审查' })).toBeVisible();
  await expect(page.getByRole('region', { name: '审查' })).toContainText('待主席团审查');

  await page.getByLabel('工作台').selectOption({ label: '代表团/主席团' });
  await page.getByRole('link', { name: '审查', exact: true }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  void consoleErrors;
});

test('工作日历: the next year\'s holiday table is added from the notice, and a wrong line is named', async ({ page, consoleErrors }) => {
  await page.goto('./settings.html#/settings');
  const calendar = group(page, '工作日历');
  // The shipped tables, each a line per holiday or make-up day.
  await expect(calendar.form.getByLabel('2026年节假日安排')).toHaveValue(/春节 2026-02-15 至 2026-02-23/);
  await expect(calendar.form.getByLabel('2026年节假日安排')).toHaveValue(/调休上班 2026-02-28/);
  await calendar.form.getByLabel('增加年份').fill('2027');
  await calendar.form.getByRole('button', { name: '增加', exact: true }).click();
  const table = calendar.form.getByLabel('2027年节假日安排');
  // A date that does not exist is refused, naming the line; nothing is saved.
  await table.fill('来源：国务院办公厅关于2027年部分节假日安排的通知\n元旦 2027-01-01\n春节 2027-02-30 至 2027-02-13');
  await calendar.form.getByRole('button', { name: '保存' }).click();
  await expect(calendar.section.getByRole('alert')).toContainText('2027年节假日安排第3行');
  await expect(calendar.section.getByRole('alert')).toContainText('“2027-02-30”不是日期');
  // A make-up day on a weekday is the core's to refuse, saying which.
  await table.fill('来源：国务院办公厅关于2027年部分节假日安排的通知\n元旦 2027-01-01\n调休上班 2027-01-04');
  await calendar.form.getByRole('button', { name: '保存' }).click();
  await expect(calendar.section.getByRole('alert')).toContainText('2027年的调休上班日2027-01-04不是周六或周日');
  await table.fill('来源：国务院办公厅关于2027年部分节假日安排的通知\n元旦 2027-01-01\n春节 2027-02-06 至 2027-02-13\n调休上班 2027-02-14');
  await calendar.form.getByRole('button', { name: '保存' }).click();
  await expect(calendar.section.getByRole('status')).toContainText('已保存：工作日历');
  const change = page.getByRole('table', { name: /按施行日期从新到旧/ }).getByRole('row').filter({ hasText: '工作日历' });
  await expect(change).toContainText('增加“2027年节假日安排”');
  await page.reload();
  await expect(group(page, '工作日历').form.getByLabel('2027年节假日安排')).toHaveValue(/春节 2027-02-06 至 2027-02-13\n调休上班 2027-02-14/);
  void consoleErrors;
});

//! The words on screen, in Simplified Chinese, kept in one place so wording
//! is consistent and a later translation has one file to follow.

pub const PRODUCT: &str = "建议通";
pub const PRODUCT_TAGLINE: &str = "人大代表建议全过程管理";
pub const NAV_LABEL: &str = "主导航";
pub const NAV_HOME: &str = "首页";
pub const NAV_SETTINGS: &str = "设置";
pub const NAV_EXCHANGE: &str = "交换";
pub const NAV_CONFLICTS: &str = "冲突";
pub const NOT_FOUND_TITLE: &str = "没有这个页面";
pub const NOT_FOUND_BODY: &str = "地址中的页面不存在，可能是链接有误或来自更新的版本。";
pub const BACK_HOME: &str = "返回首页";
pub const OFFLINE_NOTE: &str = "本系统完全在浏览器中运行：数据只保存在本机浏览器里，打开过一次后断网也能再次打开，也不向任何服务器发送数据。";
pub const NAV_SUGGESTIONS: &str = "建议";
pub const NAV_NEW_DRAFT: &str = "起草建议";
pub const NAV_DIRECTORIES: &str = "名册";
pub const DESK_LABEL: &str = "工作台";
pub const NO_OFFICE: &str = "尚未设置本机单位";
pub const DEMO_BANNER: &str = "示范数据：当前打开的是虚构的“示范县”，与本单位的真实数据分开保存。";
pub const DEMO_LEAVE: &str = "返回本单位数据";
pub const DEMO_CLEAR: &str = "清除示范数据";
pub const READ_ONLY: &str = "只读：建议通已在本浏览器的另一个标签页中打开，为防止两处同时写入，本标签页只能查看。请在另一个标签页中操作，或关闭它后刷新本页。";
pub const SAVE: &str = "保存";
pub const SAVING: &str = "正在保存……";
pub const NAV_OPINIONS: &str = "群众意见";
pub const NAV_REVIEWS: &str = "审查";
pub const NAV_ASSIGN: &str = "交办";
pub const NAV_INBOX: &str = "承办件";
pub const NAV_WARNINGS: &str = "预警";
pub const NAV_FEEDBACK: &str = "征询意见";
pub const NAV_FOLLOW_UPS: &str = "承诺跟踪";
pub const NAV_SURVEYS: &str = "满意度测评";
pub const NAV_APPRAISALS: &str = "评议测评";
pub const NAV_FIGURES: &str = "统计";
pub const NAV_KEY_ITEMS: &str = "督办";
pub const SAVED: &str = "已保存";

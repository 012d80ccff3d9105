using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Users;

namespace Federation.Cms.BackOffice;

/// <summary>The back office's words. Its users are the Federation's editors, so it speaks Chinese.</summary>
internal static class BackOfficeWords
{
    public const string Title = "上海现代服务业联合会 · 内容管理";

    public static string Of(ContentType type) => type switch
    {
        ContentType.News => "新闻动态",
        ContentType.Forum => "论坛活动",
        ContentType.Standard => "团体标准",
        ContentType.Course => "培训通知",
        ContentType.Showcase => "上海服务",
        ContentType.Page => "关于联合会",
        _ => type.ToString(),
    };

    public static string Of(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "草稿",
        ContentStatus.InReview => "待审核",
        ContentStatus.Scheduled => "已排期",
        ContentStatus.Published => "已发布",
        ContentStatus.Unpublished => "已下线",
        _ => status.ToString(),
    };

    public static string Role(string role) => role switch
    {
        CmsRoles.Administrator => "管理员",
        CmsRoles.Editor => "编辑",
        CmsRoles.Writer => "撰稿人",
        _ => role,
    };

    public static string Of(AuditAction action) => action switch
    {
        AuditAction.SignedIn => "登录",
        AuditAction.SignInFailed => "登录失败",
        AuditAction.LockedOut => "账户锁定",
        AuditAction.SignedOut => "退出",
        AuditAction.SetUp => "初始设置",
        AuditAction.Saved => "保存",
        AuditAction.SubmittedForReview => "提交审核",
        AuditAction.Published => "发布",
        AuditAction.Unpublished => "下线",
        AuditAction.Scheduled => "排期",
        AuditAction.RolledBack => "回滚",
        AuditAction.Deleted => "删除",
        AuditAction.MediaChanged => "媒体",
        AuditAction.RedirectRemoved => "删除跳转",
        AuditAction.Imported => "导入",
        AuditAction.UserCreated => "新建用户",
        AuditAction.RolesChanged => "角色变更",
        AuditAction.UserChanged => "用户变更",
        AuditAction.PartnerChanged => "合作伙伴变更",
        AuditAction.ApiKeyCreated => "新建 API 密钥",
        AuditAction.ApiKeyRevoked => "吊销 API 密钥",
        AuditAction.WebhookChanged => "Webhook 变更",
        AuditAction.WebhookResent => "重发 Webhook",
        AuditAction.TrustedDocumentAdded => "添加可信文档",
        AuditAction.TrustedDocumentRemoved => "删除可信文档",
        AuditAction.SearchRebuildStarted => "重建搜索索引",
        _ => action.ToString(),
    };

    /// <summary>A time in Shanghai, as editors read it.</summary>
    public static string Time(DateTimeOffset? value) => value is { } v ? ShanghaiTime.From(v).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
}

using Federation.Cms.Content;

namespace Federation.Cms.Editing.Forms;

/// <summary>The content rules' messages in the back office's words.</summary>
internal static class ValidationWords
{
    public static string Of(ValidationProblem problem) => problem.Message switch
    {
        "is required" => "请填写。",
        "is before the start" => "结束早于开始。",
        "must be 1 or more" => "须为 1 或更大。",
        "cannot be the page itself" => "不能选择本页面。",
        "cannot name the standard itself" => "不能填写本标准。",
        "cannot name the item itself" => "不能填写本条内容。",
        SafeLinks.NotWebAddress => "请填写以 https:// 或 http:// 开头的完整网址，如 https://www.ttbz.org.cn/。",
        RichTextLimits.TooLarge => "富文本超过 1 MB（约 30 万汉字），请精简或分成几篇。",
        var m when m == SafeLinks.TooLong => $"网址最多 {SafeLinks.MaxLength} 个字符。",
        var m when m == RichTextLimits.TooDeep => $"标签嵌套超过 {RichTextLimits.MaxDepth} 层（多为从网页粘贴带入），请清除格式后再保存。",
        var m when m == RichTextLimits.TooManyElements => $"标签超过 {RichTextLimits.MaxElements:N0} 个，请精简格式或分成几篇。",
        var m when m.StartsWith("must be lower-case letters", StringComparison.Ordinal) => "只能用小写字母、数字和单个连字符，如 urban-renewal-forum-2026。",
        var m when m.Contains("is already used by another", StringComparison.Ordinal) => "这个别名已被同类内容使用，请换一个。",
        var m => m,
    };
}

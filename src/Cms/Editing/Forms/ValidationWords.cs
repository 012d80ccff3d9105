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
        var m when m.StartsWith("must be lower-case letters", StringComparison.Ordinal) => "只能用小写字母、数字和单个连字符，如 urban-renewal-forum-2026。",
        var m when m.Contains("is already used by another", StringComparison.Ordinal) => "这个别名已被同类内容使用，请换一个。",
        var m => m,
    };
}

using Federation.Cms.BackOffice;
using Federation.Cms.Search;

namespace Federation.Cms.Areas.Cms.Pages.Search;

/// <summary>
/// The search index as the screen shows it, in its words: the page renders it, and the progress
/// handler sends the same as JSON, so the script that follows a rebuild only copies the words in.
/// </summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="Ready">Whether searches find anything, in words.</param>
/// <param name="State">The rebuild's state, in words.</param>
/// <param name="Running">Whether a rebuild runs now.</param>
/// <param name="Done">Items indexed by the running or last rebuild.</param>
/// <param name="Total">Items it indexes.</param>
/// <param name="Percent">How far it has come, 0 to 100.</param>
/// <param name="Started">When it started; null when there was none.</param>
/// <param name="StartedText">The same in Beijing time, or a dash.</param>
/// <param name="Finished">When it finished or failed; null while it runs or when there was none.</param>
/// <param name="FinishedText">The same in Beijing time, or a dash.</param>
/// <param name="Error">Why it failed; null when it did not.</param>
internal sealed record SearchIndexView(
    string Engine, string Ready, string State, bool Running, int Done, int Total, int Percent,
    DateTimeOffset? Started, string StartedText, DateTimeOffset? Finished, string FinishedText, string? Error)
{
    public static SearchIndexView Of(SearchIndexStatus status)
    {
        var rebuild = status.Rebuild;
        var state = rebuild switch
        {
            null => "自本服务器启动以来没有重建过。",
            { IsRunning: true } => $"正在重建：已索引 {rebuild.Done} / {rebuild.Total} 条。",
            { Error: not null } => "重建失败，网站继续使用原来的索引。",
            _ => $"重建完成：共索引 {rebuild.Total} 条。",
        };
        return new SearchIndexView(
            status.Engine,
            status.IsReady ? "是" : "否：正在首次建立索引，建好之前搜索找不到任何内容。",
            state,
            rebuild?.IsRunning == true,
            rebuild?.Done ?? 0,
            rebuild?.Total ?? 0,
            rebuild is null ? 0 : (int)Math.Floor(rebuild.Fraction * 100),
            rebuild?.Started,
            BackOfficeWords.Time(rebuild?.Started),
            rebuild?.Finished,
            BackOfficeWords.Time(rebuild?.Finished),
            rebuild?.Error);
    }
}

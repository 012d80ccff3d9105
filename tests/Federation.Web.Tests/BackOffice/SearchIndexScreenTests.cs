using System.Net;
using System.Text.Json;
using Federation.Api.Search.Indexing;
using Federation.Cms.Audit;
using Federation.Cms.Search;
using Federation.Cms.Snapshot;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.BackOffice;

/// <summary>The search screen of the back office: administrators see the index and rebuild it; nobody else gets in, by any handler.</summary>
public sealed class SearchIndexScreenTests
{
    const string Screen = "/cms/search";
    const string Progress = "/cms/search?handler=Progress";
    const string Rebuild = "/cms/search?handler=Rebuild";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record IndexState(string Engine, bool Running, int Done, int Total, int Percent, DateTimeOffset? Started, DateTimeOffset? Finished, string? Error, string State);

    static async Task<IndexState> StateAsync(BackOfficeClient client)
    {
        var response = await client.Http.GetAsync(Progress);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        return JsonSerializer.Deserialize<IndexState>(await response.Content.ReadAsStringAsync(), Json)!;
    }

    [Fact]
    public async Task Administrator_StartsARebuild_FollowsItToTheEnd_AndSearchStillAnswers()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");
        var before = DateTimeOffset.UtcNow;

        var (_, screen) = await admin.GetAsync(Screen);
        var started = await admin.PostFormAsync(Screen, [], Rebuild);
        var state = await StateAsync(admin);
        for (var deadline = DateTime.UtcNow.AddSeconds(60); state.Running && DateTime.UtcNow < deadline; state = await StateAsync(admin))
        {
            await Task.Delay(100);
        }

        var (_, after) = await admin.GetAsync(Screen);
        var (_, log) = await admin.GetAsync("/cms/audit?action=" + nameof(AuditAction.SearchRebuildStarted));
        var published = site.Services.GetRequiredService<PublishedSnapshotStore>().Current.Count;
        var (_, results) = await Html.GetAsync(site.CreateClient(), "/search?q=" + Uri.EscapeDataString("专项行动") + "&type=brand");

        Assert.Equal("lucene", screen.QuerySelector("[data-field=engine]").Text());
        Assert.Contains(screen.QuerySelectorAll("nav.bo-nav a"), a => a.GetAttribute("href") == Screen);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(Screen, started.Headers.Location?.OriginalString);
        Assert.False(state.Running, "the rebuild did not finish within a minute");
        Assert.True(state.Started >= before, $"no rebuild started after the button: the last one started at {state.Started}");
        Assert.Null(state.Error);
        Assert.NotNull(state.Finished);
        Assert.Equal((published, published, 100), (state.Done, state.Total, state.Percent));
        Assert.Equal($"重建完成：共索引 {published} 条。", after.QuerySelector("[data-field=state]").Text());
        Assert.Null(after.QuerySelector("[data-rebuild][disabled]"));
        Assert.Null(after.Head!.QuerySelector("noscript"));
        Assert.Equal(["王管理 重建搜索索引 lucene · " + Environment.MachineName],
            log.QuerySelectorAll("table tbody tr").Select(row => string.Join(' ', row.QuerySelectorAll("td").Skip(1).Select(td => td.Text().Trim()).Where(t => t.Length > 0))));
        Assert.Equal(13, results.QuerySelectorAll(".search-results h2").Count(h => h.Text().EndsWith("专项行动", StringComparison.Ordinal)));
    }

    /// <summary>A rebuild that stays where the test put it: 20 of 64 done.</summary>
    sealed class RebuildUnderWay : ISearchMaintenance
    {
        public static readonly DateTimeOffset Started = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

        public SearchIndexStatus Status(Actor actor) => new("lucene", true, new RebuildProgress(20, 64, Started));

        public Task StartRebuildAsync(Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task WhileARebuildRuns_TheScreenShowsHowFarItHasCome_AndReloadsItselfWithoutJavaScript()
    {
        await using var site = FederationSite.With(new Dictionary<string, string>(), services => services.AddSingleton<ISearchMaintenance, RebuildUnderWay>());
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");

        var (_, screen) = await admin.GetAsync(Screen);
        var state = await StateAsync(admin);

        Assert.Equal("true", screen.QuerySelector("[data-search-index]")?.GetAttribute("data-running"));
        Assert.Equal("正在重建：已索引 20 / 64 条。", screen.QuerySelector("[data-field=state]").Text());
        Assert.Equal("31", screen.QuerySelector("progress[data-field=percent]")?.GetAttribute("value"));
        Assert.Equal("2026-03-02 09:30", screen.QuerySelector("[data-field=startedText]").Text());
        Assert.NotNull(screen.QuerySelector("[data-rebuild][disabled]"));
        Assert.Contains("http-equiv=\"refresh\"", screen.Head!.QuerySelector("noscript")?.InnerHtml, StringComparison.Ordinal);
        Assert.Equal((true, 20, 64, 31, RebuildUnderWay.Started), (state.Running, state.Done, state.Total, state.Percent, state.Started!.Value));
        Assert.Null(state.Finished);
    }

    [Fact]
    public async Task Editor_AndAnonymous_AreRefused_TheScreen_ItsProgress_AndTheRebuild()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor, "李编辑");
        var anonymous = BackOfficeClient.For(site);
        var (_, dashboard) = await editor.GetAsync("/cms");
        var token = dashboard.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var index = site.Services.GetRequiredService<SearchIndex>();
        var last = index.Progress;

        foreach (var url in new[] { Screen, Progress })
        {
            var refused = await editor.Http.GetAsync(url);
            Assert.True(refused.Headers.Location?.AbsolutePath == "/cms/denied", $"GET {url} was not refused to an editor: {refused.StatusCode}");
            var unknown = await anonymous.Http.GetAsync(url);
            Assert.True(unknown.Headers.Location?.AbsolutePath == "/cms/sign-in", $"GET {url} was not refused to a stranger: {unknown.StatusCode}");
        }

        var post = await editor.PostAsync(Rebuild, [], token);
        var anonymousPost = await anonymous.PostAsync(Rebuild, [], token: null);

        Assert.Equal("/cms/denied", post.Headers.Location?.AbsolutePath);
        Assert.Equal("/cms/sign-in", anonymousPost.Headers.Location?.AbsolutePath);
        Assert.Same(last, index.Progress);
        Assert.DoesNotContain(dashboard.QuerySelectorAll("nav.bo-nav a"), a => a.GetAttribute("href") == Screen);
    }

    [Fact]
    public async Task TheMaintenanceService_RefusesAnEditor_WhateverPageCalledIt_AndLogsNothing()
    {
        await using var site = new FederationSite();
        var maintenance = site.Services.GetRequiredService<ISearchMaintenance>();
        var editor = new Actor("editor", "李编辑", new HashSet<string> { CmsRoles.Editor });
        var last = site.Services.GetRequiredService<SearchIndex>().Progress;

        Assert.Throws<ForbiddenActionException>(() => maintenance.Status(editor));
        await Assert.ThrowsAsync<ForbiddenActionException>(() => maintenance.StartRebuildAsync(editor, CancellationToken.None));
        Assert.Same(last, site.Services.GetRequiredService<SearchIndex>().Progress);
        Assert.Equal(0, (await site.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { Action = AuditAction.SearchRebuildStarted })).Total);
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Federation.Cms.Audit;
using Federation.Cms.Partners;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Partners;

/// <summary>
/// The partners screens as an administrator uses them, and what the API's lookups make of it at once:
/// keys shown once and stored as hashes, origins matched exactly, trusted documents by their sha256 id.
/// </summary>
public sealed class PartnerScreensTests
{
    internal static Dictionary<string, string> PartnerForm(string name, string origins = "", bool active = true, string cost = "1000")
    {
        var form = new Dictionary<string, string> { ["name"] = name, ["contact"] = "王工 wang@partner.example.org", ["allowedOrigins"] = origins, ["costPerMinute"] = cost };
        if (active)
        {
            form["active"] = "true";
        }

        return form;
    }

    /// <summary>Registers a partner on the screen and returns its page's address.</summary>
    internal static async Task<string> RegisterAsync(BackOfficeClient admin, string name, string origins = "", string cost = "1000")
    {
        var created = await admin.PostFormAsync("/cms/partners", PartnerForm(name, origins, cost: cost));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString.Split('?')[0];
    }

    /// <summary>Makes an API key on the partner's page; the answer, and the key it shows once.</summary>
    internal static async Task<(HttpResponseMessage Response, string Key)> MakeKeyAsync(BackOfficeClient admin, string partner, string label)
    {
        var made = await admin.PostFormAsync(partner, new() { ["label"] = label }, partner + "?handler=CreateKey");
        return (made, (await PageOfAsync(made, partner)).QuerySelector("#new-key")!.GetAttribute("value")!);
    }

    static async Task<AngleSharp.Dom.IDocument> PageOfAsync(HttpResponseMessage response, string url) =>
        await Html.ParseAsync(await response.Content.ReadAsStringAsync(), url);

    [Fact]
    public async Task NewKey_IsShownOnce_StoredOnlyAsItsHash_FoundByTheApi_UntilRevoked()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");
        var partner = await RegisterAsync(admin, "安徽省现代服务业联合会");
        var directory = site.Services.GetRequiredService<PartnerDirectory>();

        var (made, key) = await MakeKeyAsync(admin, partner, "正式环境");
        var found = directory.FindByApiKey(key);
        var (_, later) = await admin.GetAsync(partner);
        ApiKeyRecord stored;
        await using (var db = site.Services.GetRequiredService<ContentDbContextFactory>().Create())
        {
            stored = await db.ApiKeys.SingleAsync();
        }

        var keyId = later.QuerySelector("form[action*=RevokeKey] input[name=keyId]")!.GetAttribute("value")!;
        var revoked = await admin.PostFormAsync(partner, new() { ["keyId"] = keyId }, partner + "?handler=RevokeKey");
        var (_, afterRevoke) = await admin.GetAsync(partner);
        var (_, log) = await admin.GetAsync("/cms/audit?action=ApiKeyCreated");

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains("no-store", made.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Matches("^fed_[A-Za-z0-9]{40}$", key);
        Assert.Equal(("安徽省现代服务业联合会", 1000), (found?.Name, found?.CostPerMinute));
        Assert.Equal(partner.Split('/')[^1], found!.PartnerId.ToString());
        Assert.DoesNotContain(key, later.Source.Text, StringComparison.Ordinal);
        Assert.Contains(key[..12] + "…", later.QuerySelector("table")!.Text(), StringComparison.Ordinal);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored.Hash);
        Assert.Equal(key[..12], stored.Prefix);
        Assert.False(StoreHolds(site, key), "the key is in the store in clear");
        Assert.Null(directory.FindByApiKey(key[..^1] + (key[^1] == 'a' ? 'b' : 'a')));
        Assert.Null(directory.FindByApiKey("not a key"));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Null(directory.FindByApiKey(key));
        Assert.Contains("已吊销", afterRevoke.QuerySelector("table")!.Text(), StringComparison.Ordinal);
        Assert.Contains(log.QuerySelectorAll("table.bo-table tbody tr"), r => r.Text().Contains("王管理", StringComparison.Ordinal) && r.Text().Contains("安徽省现代服务业联合会", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="text"/> is anywhere in the site's SQLite files, the write-ahead log included.</summary>
    static bool StoreHolds(FederationSite site, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(site.Folder, "content.db*").Any(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        });
    }

    [Fact]
    public async Task Origins_AreMatchedExactly_AndABadOneIsShownBesideItsField_WithNothingSaved()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var directory = site.Services.GetRequiredService<PartnerDirectory>();
        var partner = await RegisterAsync(admin, "上海市会员单位门户", "HTTPS://Partner.Example.org:443/\nhttp://localhost:8080");

        var bad = await admin.PostFormAsync(partner, PartnerForm("上海市会员单位门户", "https://partner.example.org/news\nhttps://*.example.org"), partner + "?handler=Save");
        var page = await PageOfAsync(bad, partner);
        var (_, shown) = await admin.GetAsync(partner);

        Assert.True(directory.IsAllowedOrigin("https://partner.example.org"));
        Assert.True(directory.IsAllowedOrigin("http://localhost:8080"));
        Assert.False(directory.IsAllowedOrigin("https://partner.example.org:8443"));
        Assert.False(directory.IsAllowedOrigin("http://partner.example.org"));
        Assert.False(directory.IsAllowedOrigin("https://evil.example.org"));
        Assert.False(directory.IsAllowedOrigin("null"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(page.QuerySelector(".has-problem #allowedOrigins"));
        Assert.Contains("https://partner.example.org/news", page.QuerySelector("#allowedOrigins-problem").Text(), StringComparison.Ordinal);
        Assert.Contains("https://*.example.org", page.QuerySelector("#allowedOrigins-problem").Text(), StringComparison.Ordinal);
        Assert.Contains("https://*.example.org", page.QuerySelector("#allowedOrigins")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://partner.example.org\nhttp://localhost:8080", shown.QuerySelector("#allowedOrigins")!.TextContent.Trim());
    }

    [Fact]
    public async Task SwitchingAPartnerOff_StopsItsKeysAndOrigins_AtOnce()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var directory = site.Services.GetRequiredService<PartnerDirectory>();
        var partner = await RegisterAsync(admin, "长三角数据聚合平台", "https://aggregator.example.org");
        var (_, key) = await MakeKeyAsync(admin, partner, "");
        var before = (directory.FindByApiKey(key) is not null, directory.IsAllowedOrigin("https://aggregator.example.org"));

        await admin.PostFormAsync(partner, PartnerForm("长三角数据聚合平台", "https://aggregator.example.org", active: false, cost: "250"), partner + "?handler=Save");
        var off = (directory.FindByApiKey(key) is not null, directory.IsAllowedOrigin("https://aggregator.example.org"));
        await admin.PostFormAsync(partner, PartnerForm("长三角数据聚合平台", "https://aggregator.example.org", cost: "250"), partner + "?handler=Save");

        Assert.Equal((true, true), before);
        Assert.Equal((false, false), off);
        Assert.Equal(250, directory.FindByApiKey(key)?.CostPerMinute);
    }

    [Fact]
    public async Task WebhookUrl_MustBeHttps_OrLoopbackHttp_AndItsSecretIsShownOnce_NeverStoredInClear()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var partner = await RegisterAsync(admin, "浙江省现代服务业联合会");
        Dictionary<string, string> Webhook(string url) => new() { ["url"] = url, ["onPublished"] = "true", ["active"] = "true" };

        var plainHttp = await admin.PostFormAsync(partner, Webhook("http://partner.example.org/hooks"), partner + "?handler=CreateWebhook");
        var notAUrl = await admin.PostFormAsync(partner, Webhook("partner.example.org/hooks"), partner + "?handler=CreateWebhook");
        var noEvent = await admin.PostFormAsync(partner, new() { ["url"] = "https://partner.example.org/hooks", ["active"] = "true" }, partner + "?handler=CreateWebhook");
        var created = await admin.PostFormAsync(partner, Webhook("https://partner.example.org/hooks/federation"), partner + "?handler=CreateWebhook");
        var secret = (await PageOfAsync(created, partner)).QuerySelector("#new-secret")!.GetAttribute("value")!;
        var loopback = await admin.PostFormAsync(partner, Webhook("http://127.0.0.1:8080/hooks"), partner + "?handler=CreateWebhook");
        var (_, later) = await admin.GetAsync(partner);
        string stored;
        await using (var db = site.Services.GetRequiredService<ContentDbContextFactory>().Create())
        {
            stored = (await db.Webhooks.FirstAsync(w => w.Url == "https://partner.example.org/hooks/federation")).ProtectedSecret;
        }

        var plainHttpPage = await PageOfAsync(plainHttp, partner);
        Assert.Equal(HttpStatusCode.BadRequest, plainHttp.StatusCode);
        Assert.NotNull(plainHttpPage.QuerySelector(".has-problem #url"));
        Assert.Contains("https", plainHttpPage.QuerySelector("#url-problem").Text(), StringComparison.Ordinal);
        Assert.Equal("http://partner.example.org/hooks", plainHttpPage.QuerySelector("#url")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, notAUrl.StatusCode);
        Assert.NotNull((await PageOfAsync(notAUrl, partner)).QuerySelector("#url-problem"));
        Assert.Equal(HttpStatusCode.BadRequest, noEvent.StatusCode);
        Assert.NotNull((await PageOfAsync(noEvent, partner)).QuerySelector("#events-problem"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Matches("^whsec_[A-Za-z0-9]{40}$", secret);
        Assert.Equal(HttpStatusCode.OK, loopback.StatusCode);
        Assert.Equal(2, later.QuerySelectorAll("a[href*='/webhooks/']").Length);
        Assert.DoesNotContain(secret, later.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.False(StoreHolds(site, secret), "the secret is in the store in clear");
    }

    [Fact]
    public async Task TrustedDocument_IdIsTheSha256OfItsText_AndTheApiFindsItUntilItIsRemoved()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var directory = site.Services.GetRequiredService<PartnerDirectory>();
        const string Document = "query HomeNews {\n  news(first: 5) { edges { node { title url } } }\n}\n";
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));

        // A browser sends a text box's lines with CRLF.
        var added = await admin.PostFormAsync("/cms/partners/documents", new() { ["name"] = "首页新闻列表", ["text"] = Document.Replace("\n", "\r\n", StringComparison.Ordinal) }, "/cms/partners/documents?handler=Add");
        var (_, list) = await admin.GetAsync(added.Headers.Location!.OriginalString);
        var found = directory.FindTrustedDocument(expected);
        var mismatch = await admin.PostFormAsync("/cms/partners/documents", new() { ["name"] = "另一份", ["text"] = "{ news { totalCount } }", ["expectedId"] = expected }, "/cms/partners/documents?handler=Add");
        var withoutFinalLineEnd = await admin.PostFormAsync("/cms/partners/documents", new() { ["name"] = "标准目录", ["text"] = "{ standards { totalCount } }", ["expectedId"] = TrustedDocumentIds.Of("{ standards { totalCount } }\n") }, "/cms/partners/documents?handler=Add");
        await admin.PostFormAsync("/cms/partners/documents", new() { ["documentId"] = expected }, "/cms/partners/documents?handler=Remove");

        Assert.Equal(expected, list.QuerySelector("[role=status] code").Text());
        Assert.Contains(list.QuerySelectorAll("table.bo-table tbody tr"), r => r.Text().Contains("首页新闻列表", StringComparison.Ordinal) && r.Text().Contains(expected, StringComparison.Ordinal));
        Assert.Equal(Document, found);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.NotNull((await PageOfAsync(mismatch, "/cms/partners/documents")).QuerySelector(".has-problem #expectedId"));
        Assert.Equal(HttpStatusCode.Redirect, withoutFinalLineEnd.StatusCode);
        Assert.Equal("{ standards { totalCount } }\n", directory.FindTrustedDocument(TrustedDocumentIds.Of("{ standards { totalCount } }\n")));
        Assert.Null(directory.FindTrustedDocument(expected));
    }

    [Fact]
    public async Task Editor_IsRefusedEveryPartnerAction_OnTheServer_AndNothingChanges()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var partner = await RegisterAsync(admin, "会员单位 A", "https://member-a.example.org");
        var (_, key) = await MakeKeyAsync(admin, partner, "正式环境");
        await admin.PostFormAsync(partner, new() { ["url"] = "https://member-a.example.org/hooks", ["onPublished"] = "true", ["active"] = "true" }, partner + "?handler=CreateWebhook");
        await admin.PostFormAsync("/cms/partners/documents", new() { ["name"] = "新闻", ["text"] = "{ news { totalCount } }" }, "/cms/partners/documents?handler=Add");
        var (_, adminView) = await admin.GetAsync(partner);
        var keyId = adminView.QuerySelector("input[name=keyId]")!.GetAttribute("value")!;
        var webhook = adminView.QuerySelector("a[href*='/webhooks/']")!.GetAttribute("href")!;
        var documentId = TrustedDocumentIds.Of("{ news { totalCount } }");

        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        // A valid anti-forgery token of the editor's own session, from a form editors may use: only the role can refuse.
        var (_, form) = await editor.GetAsync("/cms/content/news/new");
        var token = form.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var pages = new[] { "/cms/partners", partner, webhook, "/cms/partners/documents" };
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ("/cms/partners", PartnerForm("编辑想建的伙伴")),
            (partner + "?handler=Save", PartnerForm("会员单位 A", "https://evil.example.org")),
            (partner + "?handler=CreateKey", new() { ["label"] = "编辑的密钥" }),
            (partner + "?handler=RevokeKey", new() { ["keyId"] = keyId }),
            (partner + "?handler=CreateWebhook", new() { ["url"] = "https://evil.example.org/hooks", ["onPublished"] = "true", ["active"] = "true" }),
            (webhook + "?handler=Save", new() { ["url"] = "https://evil.example.org/hooks", ["onPublished"] = "true", ["active"] = "true" }),
            (webhook + "?handler=Test", new()),
            (webhook + "?handler=RenewSecret", new()),
            (webhook + "?handler=Redeliver", new() { ["deliveryId"] = Guid.NewGuid().ToString() }),
            (webhook + "?handler=Delete", new()),
            ("/cms/partners/documents?handler=Add", new() { ["name"] = "编辑的文档", ["text"] = "{ standards { totalCount } }" }),
            ("/cms/partners/documents?handler=Remove", new() { ["documentId"] = documentId }),
        };

        foreach (var url in pages)
        {
            var refused = await editor.Http.GetAsync(url);
            Assert.True(refused.Headers.Location?.AbsolutePath == "/cms/denied", $"GET {url} was not refused: {refused.StatusCode}");
        }

        foreach (var (url, fields) in posts)
        {
            var refused = await editor.PostAsync(url, fields, token);
            Assert.True(refused.Headers.Location?.AbsolutePath == "/cms/denied", $"POST {url} was not refused: {refused.StatusCode}");
        }

        var (_, editorNav) = await editor.GetAsync("/cms");
        var (_, after) = await admin.GetAsync(partner);
        var directory = site.Services.GetRequiredService<PartnerDirectory>();
        Assert.DoesNotContain(editorNav.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/cms/partners");
        Assert.Single((await site.Services.GetRequiredService<PartnerRegistry>().ListAsync(Actor.System)));
        Assert.Equal(adminView.QuerySelectorAll("main table").Select(t => t.Text()), after.QuerySelectorAll("main table").Select(t => t.Text()));
        Assert.Equal(("会员单位 A", "https://member-a.example.org"), (after.QuerySelector("#name")!.GetAttribute("value"), after.QuerySelector("#allowedOrigins")!.TextContent.Trim()));
        Assert.NotNull(directory.FindByApiKey(key));
        Assert.False(directory.IsAllowedOrigin("https://evil.example.org"));
        Assert.NotNull(directory.FindTrustedDocument(documentId));
        Assert.Null(directory.FindTrustedDocument(TrustedDocumentIds.Of("{ standards { totalCount } }")));
    }

    [Fact]
    public async Task EveryRegistryService_RefusesAnEditor_WhateverPageCalledIt()
    {
        await using var site = new FederationSite();
        var editor = new Actor("editor", "李编辑", new HashSet<string> { CmsRoles.Editor });
        var registry = site.Services.GetRequiredService<PartnerRegistry>();
        var webhooks = site.Services.GetRequiredService<WebhookRegistry>();
        var documents = site.Services.GetRequiredService<TrustedDocuments>();
        var (partner, _) = await registry.CreateAsync(Actor.System, new PartnerInput("会员单位 B", null, null, null, "1000", Active: true));
        var id = partner!.Value;
        var input = new WebhookInput("https://member-b.example.org/hooks", true, true, [], true);
        var (webhook, _, _) = await webhooks.CreateAsync(Actor.System, id, input);
        var calls = new Func<Task>[]
        {
            () => registry.ListAsync(editor),
            () => registry.FindAsync(editor, id),
            () => registry.CreateAsync(editor, new PartnerInput("x", null, null, null, "1", true)),
            () => registry.UpdateAsync(editor, id, new PartnerInput("x", null, null, null, "1", true)),
            () => registry.CreateKeyAsync(editor, id, null),
            () => registry.RevokeKeyAsync(editor, id, Guid.NewGuid()),
            () => webhooks.FindAsync(editor, id, webhook!.Id),
            () => webhooks.CreateAsync(editor, id, input),
            () => webhooks.UpdateAsync(editor, id, webhook!.Id, input),
            () => webhooks.RenewSecretAsync(editor, id, webhook!.Id),
            () => webhooks.DeleteAsync(editor, id, webhook!.Id),
            () => webhooks.DeliveriesAsync(editor, webhook!.Id, 1),
            () => webhooks.RedeliverAsync(editor, id, webhook!.Id, Guid.NewGuid()),
            () => webhooks.SendTestAsync(editor, id, webhook!.Id),
            () => documents.ListAsync(editor),
            () => documents.AddAsync(editor, "x", "{ news { totalCount } }", null, null),
            () => documents.RemoveAsync(editor, "sha256:00"),
        };

        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<ForbiddenActionException>(call);
        }

        var log = await site.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { Actor = "李编辑" });
        Assert.Empty(log.Lines);
    }
}

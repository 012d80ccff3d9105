using Federation.Cms.Partners;
using Federation.Cms.Storage;
using Federation.Cms.Tests.Support;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Partners;

/// <summary>The API's lookups: origins as browsers send them, document ids, and a key's last use written cheaply.</summary>
public sealed class PartnerDirectoryTests
{
    [Theory]
    [InlineData("https://partner.example.org", "https://partner.example.org")]
    [InlineData("HTTPS://Partner.Example.ORG:443/", "https://partner.example.org")]
    [InlineData("http://localhost:8080", "http://localhost:8080")]
    [InlineData("http://127.0.0.1:80", "http://127.0.0.1")]
    [InlineData("https://[::1]:8443", "https://[::1]:8443")]
    // Browsers send internationalised names as punycode (python3 -c 'print("联合会".encode("idna"))').
    [InlineData("https://联合会.example.org", "https://xn--6oqy3j809b.example.org")]
    [InlineData("https://partner.example.org/news", null)]
    [InlineData("https://partner.example.org?x=1", null)]
    [InlineData("https://partner.example.org#top", null)]
    [InlineData("https://user@partner.example.org", null)]
    [InlineData("https://*.example.org", null)]
    [InlineData("ftp://partner.example.org", null)]
    [InlineData("partner.example.org", null)]
    [InlineData("null", null)]
    public void Origin_IsWrittenAsTheOriginHeaderWritesIt(string typed, string? origin) => Assert.Equal(origin, PartnerOrigins.Normalize(typed));

    [Fact]
    public void TrustedDocumentId_IsTheSha256OfTheUtf8Text()
    {
        // printf '{ news { totalCount } }' | sha256sum
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{ news { totalCount } }"u8)), TrustedDocumentIds.Of("{ news { totalCount } }"));
        Assert.NotEqual(TrustedDocumentIds.Of("{ news { totalCount } }"), TrustedDocumentIds.Of("{ news { totalCount } }\n"));
        Assert.Equal(TrustedDocumentIds.Length, TrustedDocumentIds.Of("标准").Length);
    }

    [Fact]
    public async Task KeyUse_IsWrittenAtMostOnceAMinute_HoweverOftenTheKeyIsUsed()
    {
        await using var store = await TestStore.OpenAsync();
        var registry = store.Services.GetRequiredService<PartnerRegistry>();
        var directory = store.Services.GetRequiredService<PartnerDirectory>();
        var (partner, _) = await registry.CreateAsync(Actor.System, new PartnerInput("会员单位", null, null, null, "1000", Active: true));
        var (key, _) = await registry.CreateKeyAsync(Actor.System, partner!.Value, null);
        var start = store.Time.GetUtcNow();

        var unused = await LastUsedAsync(store);
        for (var request = 0; request < 100; request++)
        {
            Assert.NotNull(directory.FindByApiKey(key!.Key));
        }

        await directory.RecordUsesAsync();
        var first = await LastUsedAsync(store);
        store.Time.Advance(TimeSpan.FromSeconds(30));
        directory.FindByApiKey(key!.Key);
        await directory.RecordUsesAsync();
        var halfAMinuteLater = await LastUsedAsync(store);
        store.Time.Advance(TimeSpan.FromSeconds(31));
        directory.FindByApiKey(key.Key);
        await directory.RecordUsesAsync();
        var aMinuteLater = await LastUsedAsync(store);

        Assert.Null(unused);
        Assert.Equal(start, first);
        Assert.Equal(start, halfAMinuteLater);
        Assert.Equal(start.AddSeconds(61), aMinuteLater);
    }

    static async Task<DateTimeOffset?> LastUsedAsync(TestStore store)
    {
        await using var db = store.Services.GetRequiredService<ContentDbContextFactory>().Create();
        return await db.ApiKeys.Select(k => k.LastUsedAt).SingleAsync();
    }
}

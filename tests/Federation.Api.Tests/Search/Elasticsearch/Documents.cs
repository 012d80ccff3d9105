using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>Documents as the site's index would hand them over.</summary>
internal static class Documents
{
    public static readonly Guid StandardId = Guid.Parse("0b6f3c1e-5d2a-4f7e-9c3b-1a2b3c4d5e6f");

    public static readonly Guid NewsId = Guid.Parse("7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6");

    public static SearchDocument Standard(string culture = Cultures.Chinese) => new()
    {
        Id = StandardId,
        Culture = culture,
        Type = ContentType.Standard,
        Title = "现代服务业 人工智能应用服务规范",
        Summary = "本文件规定了人工智能应用服务的术语和定义、基本要求。",
        Body = "标准创新发展中心组织起草。",
        Tags = ["人工智能", "团体标准"],
        Code = "T/SSFSIDC 001—2019",
        Attachment = "1 范围 本文件适用于现代服务业中人工智能应用服务的提供与评价。",
        Date = new DateTimeOffset(2019, 12, 30, 0, 0, 0, TimeSpan.FromHours(8)),
        Stamp = "v7:a1",
    };

    public static SearchDocument News(string culture = Cultures.English) => new()
    {
        Id = NewsId,
        Culture = culture,
        Type = ContentType.News,
        Title = "Yangtze River Delta service standards forum",
        Body = "Members discussed standards for modern services.",
        Stamp = "v3:b2",
    };
}

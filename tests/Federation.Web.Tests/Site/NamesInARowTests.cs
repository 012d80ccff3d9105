using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Site;

/// <summary>Lists of names read as their language writes them: 甲、乙（…） in Chinese, "A, B (…)" in English, and Chinese punctuation for Chinese text shown on the English site.</summary>
public sealed class NamesInARowTests
{
    [Fact]
    public async Task DraftingOrganisations_AreJoinedAsTheTextsLanguageWritesThem()
    {
        await using var site = new FederationSite();
        await site.PublishAsync(
            new StandardFields { Code = "T/SHMSIF 901-2031" },
            new StandardText { Title = "两家起草的标准", Slug = "two-drafters", DraftingOrganisations = ["起草单位甲", "起草单位乙"] },
            new StandardText { Title = "A standard with two drafters", Slug = "two-drafters", DraftingOrganisations = ["Drafter A", "Drafter B"] });
        await site.PublishAsync(
            new StandardFields { Code = "T/SHMSIF 902-2031" },
            new StandardText { Title = "只有中文的标准", Slug = "chinese-only", DraftingOrganisations = ["起草单位丙", "起草单位丁"] });

        Assert.Equal("起草单位甲、起草单位乙", await FactAsync(site, "/standards/two-drafters", "起草单位"));
        Assert.Equal("Drafter A, Drafter B", await FactAsync(site, "/en/standards/two-drafters", "Drafted by"));
        Assert.Equal("起草单位丙、起草单位丁", await FactAsync(site, "/en/standards/chinese-only", "Drafted by"));
    }

    [Fact]
    public async Task ForumAgendaSpeakersAndCoOrganisers_AreJoinedAsTheTextsLanguageWritesThem()
    {
        await using var site = new FederationSite();
        await site.PublishAsync(
            new ForumFields(),
            new ForumText { Title = "议程论坛", Slug = "agenda-forum", CoOrganisers = ["协办甲", "协办乙"], Agenda = [new AgendaEntry { Time = "09:30", Title = "圆桌对话", Speakers = ["嘉宾甲", "嘉宾乙"] }] },
            new ForumText { Title = "Agenda forum", Slug = "agenda-forum", CoOrganisers = ["Co-organiser A", "Co-organiser B"], Agenda = [new AgendaEntry { Time = "09:30", Title = "Round table", Speakers = ["Guest A", "Guest B"] }] });

        var (_, zh) = await Html.GetAsync(site.CreateClient(), "/forums/agenda-forum");
        var (_, en) = await Html.GetAsync(site.CreateClient(), "/en/forums/agenda-forum");

        Assert.Equal("协办甲、协办乙", zh.Fact("协办单位"));
        Assert.Equal("Co-organiser A, Co-organiser B", en.Fact("Co-organisers"));
        Assert.Equal("09:30 圆桌对话（嘉宾甲、嘉宾乙）", zh.QuerySelector(".agenda li").Text());
        Assert.Equal("09:30 Round table (Guest A, Guest B)", en.QuerySelector(".agenda li").Text());
    }

    static async Task<string> FactAsync(FederationSite site, string url, string label) => (await Html.GetAsync(site.CreateClient(), url)).Document.Fact(label);
}

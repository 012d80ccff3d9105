using Federation.Cms.Snapshot;

namespace Federation.Cms.Preview;

/// <summary>Where an item lives on the public site. The site implements it; the back office uses it for preview links, knowing no public route itself.</summary>
public interface IPublicAddresses
{
    /// <summary>The path of <paramref name="item"/> in <paramref name="culture"/>, e.g. <c>/en/news/annual-meeting</c>.</summary>
    string PathOf(PublishedItem item, string culture);
}

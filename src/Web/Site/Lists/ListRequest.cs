using System.Globalization;
using System.Text.Json;
using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;

namespace Federation.Web.Site.Lists;

/// <summary>
/// A list page's query string, both ways: what the filter form and links ask for, read into a
/// <see cref="ListQuery"/> (with a plain reason for every value that could not be read), and a
/// query written back as the one URL that asks for it.
/// </summary>
internal sealed record ListRequest(ListQuery Query, int Page, IReadOnlyList<string> Problems)
{
    /// <summary>Reads the query string of a <paramref name="type"/> list. Unknown keys (tracking parameters and the like) are ignored.</summary>
    public static ListRequest Parse(ContentType type, IQueryCollection values, ListLabels labels)
    {
        var problems = new List<string>();
        string? Text(string key) => values[key].LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        T? Choice<T>(string key) where T : struct, Enum
        {
            if (Text(key) is not { } raw)
            {
                return null;
            }

            foreach (var value in Enum.GetValues<T>())
            {
                if (string.Equals(Name(value), raw, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            problems.Add(string.Format(CultureInfo.CurrentCulture, labels.InvalidValue, key, raw));
            return null;
        }

        int? Year(string key)
        {
            if (Text(key) is not { } raw)
            {
                return null;
            }

            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999)
            {
                return year;
            }

            problems.Add(string.Format(CultureInfo.CurrentCulture, labels.InvalidValue, key, raw));
            return null;
        }

        var tag = Text("tag");
        ListQuery query = type switch
        {
            ContentType.News => new NewsQuery { Tag = tag, Category = Choice<NewsCategory>("category") },
            ContentType.Forum => new ForumQuery { Tag = tag, When = Choice<ForumTiming>("when") },
            ContentType.Standard => new StandardQuery
            {
                Tag = tag, Status = Choice<StandardStatus>("status"), Domain = Text("domain"), Year = Year("year"),
                Order = Choice<StandardOrder>("sort") ?? StandardOrder.Newest,
            },
            ContentType.Course => new CourseQuery
            {
                Tag = tag, Kind = Choice<CourseKind>("kind"), Occupation = Text("occupation"), Level = Choice<SkillLevel>("level"),
                OpenForRegistration = Text("open") is "1" or "true" or "on",
            },
            _ => new ListQuery { Tag = tag },
        };

        var page = 1;
        if (Text("page") is { } rawPage && !(int.TryParse(rawPage, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            problems.Add(string.Format(CultureInfo.CurrentCulture, labels.InvalidPage, rawPage));
            page = 1;
        }

        return new ListRequest(query, page, problems);
    }

    /// <summary>The URL under <paramref name="path"/> that asks for <paramref name="query"/> and page <paramref name="page"/>, keys in a fixed order.</summary>
    public static string Url(string path, ListQuery query, int page = 1)
    {
        var pairs = Pairs(query).Where(p => p.Value is not null).ToList();
        if (page > 1)
        {
            pairs.Add(("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return path + QueryString.Create(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
    }

    /// <summary>The URL of another page of this request's list.</summary>
    public string PageUrl(string path, int page) => Url(path, Query, page);

    /// <summary>How an enum value is written in URLs: the camelCase name content-export uses too.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    static IEnumerable<(string Key, string? Value)> Pairs(ListQuery query)
    {
        switch (query)
        {
            case NewsQuery news:
                yield return ("category", news.Category is { } category ? Name(category) : null);
                break;
            case ForumQuery forum:
                yield return ("when", forum.When is { } when ? Name(when) : null);
                break;
            case StandardQuery standard:
                yield return ("status", standard.Status is { } status ? Name(status) : null);
                yield return ("domain", standard.Domain);
                yield return ("year", standard.Year?.ToString(CultureInfo.InvariantCulture));
                yield return ("sort", standard.Order == StandardOrder.Newest ? null : Name(standard.Order));
                break;
            case CourseQuery course:
                yield return ("kind", course.Kind is { } kind ? Name(kind) : null);
                yield return ("occupation", course.Occupation);
                yield return ("level", course.Level is { } level ? Name(level) : null);
                yield return ("open", course.OpenForRegistration ? "1" : null);
                break;
        }

        yield return ("tag", query.Tag);
    }
}

using System.Text.RegularExpressions;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;

namespace Federation.Cms.Editing;

/// <summary>The rules every saved or imported item obeys, each broken rule named by its field.</summary>
internal static partial class ContentValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Every problem with <paramref name="document"/>, as "field: reason"; empty when it is valid.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(ContentDocument document)
    {
        var problems = new List<ValidationProblem>();
        if (document.Id == Guid.Empty)
        {
            problems.Add(new("id", "must not be empty"));
        }

        if (ContentTypeInfo.Of(document.Type).FieldsType != document.Fields.GetType())
        {
            problems.Add(new("fields", $"are not the fields of a {document.Type}"));
        }

        if (!document.Cultures.ContainsKey(Cultures.Chinese))
        {
            problems.Add(new("cultures.zh-CN", "is required"));
        }

        foreach (var (culture, text) in document.Cultures)
        {
            if (string.IsNullOrWhiteSpace(text.Title))
            {
                problems.Add(new($"cultures.{culture}.title", "is required"));
            }

            if (!SlugPattern().IsMatch(text.Slug ?? ""))
            {
                problems.Add(new($"cultures.{culture}.slug", "must be lower-case letters, digits and single hyphens, like first-forum-2024"));
            }

            text.MapRichText((field, html) =>
            {
                if (RichTextLimits.Problem(html) is { } tooBig)
                {
                    problems.Add(new($"cultures.{culture}.{field}", tooBig));
                }

                return html;
            });
        }

        foreach (var (field, url) in document.Fields.Links())
        {
            if (SafeLinks.Problem(url) is { } notSafe)
            {
                problems.Add(new($"fields.{field}", notSafe));
            }
        }

        problems.AddRange(document.Fields switch
        {
            ForumFields forum when forum.Start > forum.End => [new("fields.end", "is before the start")],
            CourseFields course when course.Start > course.End => [new("fields.end", "is before the start")],
            ShowcaseFields { Kind: ShowcaseKind.SpecialAction, Number: < 1 } => [new("fields.number", "must be 1 or more")],
            PageFields page when page.Parent == document.Id => [new("fields.parent", "cannot be the page itself")],
            StandardFields standard when standard.Supersedes.Contains(document.Id) || standard.SupersededBy.Contains(document.Id) =>
                [new("fields.supersedes", "cannot name the standard itself")],
            _ => Array.Empty<ValidationProblem>(),
        });
        if (document.Related.Contains(document.Id))
        {
            problems.Add(new("related", "cannot name the item itself"));
        }

        return problems;
    }
}

/// <summary>One broken rule.</summary>
/// <param name="Field">The field's path, e.g. <c>cultures.zh-CN.title</c>.</param>
/// <param name="Message">What is wrong, for the person who can fix it.</param>
public sealed record ValidationProblem(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field} {Message}";
}

/// <summary>A save was refused because the item breaks rules.</summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContentValidationException() : this([]) { }

    /// <summary>Creates the exception with a single reason.</summary>
    public ContentValidationException(string message) : this([new ValidationProblem("", message)]) { }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public ContentValidationException(string message, Exception inner) : base(message, inner) => Problems = [new("", message)];

    /// <summary>Creates the exception from the broken rules.</summary>
    public ContentValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(string.Join("; ", problems)) => Problems = problems;

    /// <summary>Each broken rule.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }
}

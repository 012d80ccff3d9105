using System.Net;
using System.Text.RegularExpressions;
using Federation.Cms.Content;
using Federation.Cms.Editing.Forms;

namespace Federation.Cms.Versions;

/// <summary>Two versions of an item compared field by field, as the edit form names the fields.</summary>
internal sealed partial class VersionComparison(VersionHistory history, ItemReferences references)
{
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    public async Task<IReadOnlyList<FieldChange>> CompareAsync(Guid itemId, int older, int newer, CancellationToken cancellationToken = default)
    {
        var a = await history.GetAsync(itemId, older, cancellationToken);
        var b = await history.GetAsync(itemId, newer, cancellationToken);
        var before = await FormValues.FromAsync(a, references, cancellationToken);
        var after = await FormValues.FromAsync(b, references, cancellationToken);
        var form = ContentForm.For(a.Type);
        var changes = new List<FieldChange>();
        foreach (var path in before.Values.Keys.Union(after.Values.Keys).Where(p => p != "author").OrderBy(form.PositionOf).ThenBy(p => p, StringComparer.Ordinal))
        {
            var (was, now) = (before.Value(path), after.Value(path));
            var rich = path.EndsWith(".body", StringComparison.Ordinal) || path.EndsWith(".scope", StringComparison.Ordinal);
            var (wasText, nowText) = rich ? (PlainText(was), PlainText(now)) : (was, now);
            changes.Add(new FieldChange(path, form.LabelOf(path), was != now, was == now ? [new DiffRun(DiffKind.Same, nowText)] : TextDiff.Compare(wasText, nowText)));
        }

        return changes;
    }

    /// <summary>Rich text compared as the reader reads it: paragraphs on their own lines, tags dropped.</summary>
    static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(html.Replace("</p>", "</p>\n", StringComparison.Ordinal).Replace("<br>", "\n", StringComparison.Ordinal), "")).Trim();
}

/// <summary>One field in two versions.</summary>
public sealed record FieldChange(string Path, string Label, bool Changed, IReadOnlyList<DiffRun> Runs);

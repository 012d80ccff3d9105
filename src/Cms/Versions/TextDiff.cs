using System.Text.RegularExpressions;

namespace Federation.Cms.Versions;

/// <summary>
/// The differences between two texts as runs of kept, removed and added text: by character for
/// Chinese, by word for English. Long texts are compared sentence by sentence first, so a
/// 10,000-character article still compares in milliseconds.
/// </summary>
internal static partial class TextDiff
{
    /// <summary>Above this many token pairs, compare sentences instead of characters and words.</summary>
    const long FineLimit = 4_000_000;

    [GeneratedRegex(@"[A-Za-z0-9]+|\s+|.", RegexOptions.Singleline)]
    private static partial Regex FineTokens();

    [GeneratedRegex(@"[^。！？!?.\n]*[。！？!?.\n]?", RegexOptions.Singleline)]
    private static partial Regex Sentences();

    public static IReadOnlyList<DiffRun> Compare(string before, string after)
    {
        var a = Tokens(before, FineTokens());
        var b = Tokens(after, FineTokens());
        if ((long)a.Length * b.Length > FineLimit)
        {
            (a, b) = (Tokens(before, Sentences()), Tokens(after, Sentences()));
        }

        return Merge(Lcs(a, b));
    }

    static string[] Tokens(string text, Regex pattern) => [.. pattern.Matches(text).Select(m => m.Value).Where(t => t.Length > 0)];

    static List<DiffRun> Lcs(string[] a, string[] b)
    {
        // Common prefix and suffix first: most edits touch a small part of a long text.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var n = endA - start;
        var m = endB - start;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[start + i] == b[start + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var runs = new List<DiffRun>();
        runs.AddRange(a.Take(start).Select(t => new DiffRun(DiffKind.Same, t)));
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[start + x] == b[start + y])
            {
                runs.Add(new(DiffKind.Same, a[start + x++]));
                y++;
            }
            else if (y < m && (x == n || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                runs.Add(new(DiffKind.Added, b[start + y++]));
            }
            else
            {
                runs.Add(new(DiffKind.Removed, a[start + x++]));
            }
        }

        runs.AddRange(a.Skip(endA).Select(t => new DiffRun(DiffKind.Same, t)));
        return runs;
    }

    static List<DiffRun> Merge(List<DiffRun> runs)
    {
        var merged = new List<DiffRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Kind == run.Kind)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}

/// <summary>Whether a run of text is in both versions, only the older, or only the newer.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of text of one kind.</summary>
public sealed record DiffRun(DiffKind Kind, string Text);

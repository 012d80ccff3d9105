namespace Federation.Cms.Editing.Forms;

/// <summary>What the edit form shows: each field's value by its path (<c>cultures.zh-CN.title</c>) and the problems found with it.</summary>
internal sealed class FormState
{
    readonly Dictionary<string, List<string>> problems = new(StringComparer.Ordinal);

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public string Value(string path) => Values.GetValueOrDefault(path) ?? "";

    public IReadOnlyList<string> ProblemsAt(string path) => problems.GetValueOrDefault(path) ?? [];

    /// <summary>Every problem, in the order found, for the summary at the top of the form.</summary>
    public IEnumerable<(string Path, string Message)> AllProblems => problems.SelectMany(p => p.Value.Select(m => (p.Key, m)));

    public bool HasProblems => problems.Count > 0;

    public void AddProblem(string path, string message)
    {
        if (!problems.TryGetValue(path, out var list))
        {
            problems[path] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    /// <summary>The row numbers present under a repeating field, e.g. <c>cultures.zh-CN.agenda</c>.</summary>
    public IReadOnlyList<int> Rows(string path)
    {
        var prefix = path + "[";
        return
        [
            .. Values.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
                .Select(k => int.TryParse(k.AsSpan(prefix.Length, Math.Max(0, k.IndexOf(']', prefix.Length) - prefix.Length)), out var i) ? i : -1)
                .Where(i => i >= 0).Distinct().Order(),
        ];
    }

    /// <summary>Whether anything was typed under <paramref name="prefix"/>.</summary>
    public bool AnyValueUnder(string prefix) =>
        Values.Any(v => v.Key.StartsWith(prefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(v.Value));
}

using System.Globalization;
using System.Text;

namespace Federation.Cms.Editing;

/// <summary>
/// How big and how deep one rich-text field may be, checked in one linear pass before the text
/// reaches the HTML parser. The sanitizer's parse grows with size times depth: 40,000 nested
/// <c>&lt;div&gt;</c>s (440 KB) took 18 s, so without these limits any writer could stall a node.
/// The biggest body in content-export is about 50 KB; the limits are far above any real article.
/// </summary>
internal static class RichTextLimits
{
    /// <summary>The most UTF-8 bytes one rich-text field holds: 1 MB.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting of elements: enough for lists 60 levels deep, each item holding a paragraph.</summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// The most elements the parser may build from one field, counting those it rebuilds: a formatting
    /// element (<c>&lt;b&gt;</c>, <c>&lt;em&gt;</c>…) closed by its parent is reopened before the next text
    /// (the HTML "reconstruct the active formatting elements" step), so a few bytes can make many elements.
    /// </summary>
    public const int MaxElements = 100_000;

    /// <summary>The problem code for a field over <see cref="MaxBytes"/>.</summary>
    public const string TooLarge = "is larger than 1 MB";

    /// <summary>The problem code for a field nested deeper than <see cref="MaxDepth"/>.</summary>
    public static readonly string TooDeep = string.Create(CultureInfo.InvariantCulture, $"nests tags more than {MaxDepth} levels deep");

    /// <summary>The problem code for a field that would make more than <see cref="MaxElements"/> elements.</summary>
    public static readonly string TooManyElements = string.Create(CultureInfo.InvariantCulture, $"has more than {MaxElements:N0} tags");

    /// <summary>Why <paramref name="html"/> is beyond the limits, as a problem code; null when it is within them.</summary>
    public static string? Problem(string? html)
    {
        if (html is null)
        {
            return null;
        }

        // A character is at least one UTF-8 byte: the long ones are refused before they are counted.
        if (html.Length > MaxBytes || Encoding.UTF8.GetByteCount(html) > MaxBytes)
        {
            return TooLarge;
        }

        return new TagScan(html).Problem();
    }

    /// <summary>
    /// A small model of the HTML tree builder (https://html.spec.whatwg.org/multipage/parsing.html#tree-construction):
    /// a stack of open elements, the implied ends of a <c>&lt;p&gt;</c> or <c>&lt;li&gt;</c> directly followed by
    /// another, end tags that close only within their scope, and formatting elements reopened after their parent
    /// closed. Where it is unsure it errs deep, never shallow: a misjudged real article is refused with a clear
    /// reason, while a misjudged hostile one would reach the parser. Each tag costs at most <see cref="MaxDepth"/>
    /// steps, so the scan is linear in the text.
    /// </summary>
    sealed class TagScan(string html)
    {
        static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        };

        // Their content is text up to their own end tag (the tokenizer's RAWTEXT, RCDATA and script states).
        static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        {
            "iframe", "noembed", "noframes", "noscript", "script", "style", "textarea", "title", "xmp",
        };

        // Start tags before which the parser does not reopen closed formatting elements ("in body" insertion
        // mode): it reopens them inside these, before their text, and again after each time they close.
        static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
        {
            "address", "article", "aside", "blockquote", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing",
            "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        };

        static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
        };

        // An end tag does not close past these (the "has an element in scope" boundaries, widened to
        // every kind of scope: a wider boundary can only make the model deeper than the parser).
        static readonly HashSet<string> ScopeBoundaries = new(StringComparer.OrdinalIgnoreCase)
        {
            "applet", "button", "caption", "html", "marquee", "math", "object", "ol", "select", "svg", "table", "td", "template", "th", "ul",
        };

        // Table parts close within the table only.
        static readonly HashSet<string> TableParts = new(StringComparer.OrdinalIgnoreCase)
        {
            "caption", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        };

        // A start tag of one of these right after an open one of the same group closes it first.
        static readonly Dictionary<string, string> Siblings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["p"] = "p", ["li"] = "li", ["dt"] = "dd", ["dd"] = "dd", ["td"] = "td", ["th"] = "td", ["tr"] = "tr", ["option"] = "option",
        };

        readonly List<OpenElement> open = [];
        readonly List<string> closedFormatting = [];
        readonly Dictionary<string, int> openCount = new(StringComparer.Ordinal);
        int elements;

        public string? Problem()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0)
                {
                    return Text(i, html.Length);
                }

                if (Text(i, lt) is { } textProblem)
                {
                    return textProblem;
                }

                var (next, problem) = Tag(lt);
                if (problem is not null)
                {
                    return problem;
                }

                i = next;
            }

            return null;
        }

        // Any character, even a space, makes the parser reopen the formatting elements closed around it.
        string? Text(int from, int to) => from < to ? Reopen() : null;

        (int Next, string? Problem) Tag(int lt)
        {
            var at = lt + 1;
            if (at >= html.Length)
            {
                return (html.Length, null);
            }

            if (html.AsSpan(at).StartsWith("!--"))
            {
                var end = html.IndexOf("-->", at + 3, StringComparison.Ordinal);
                return (end < 0 ? html.Length : end + 3, null);
            }

            if (html[at] is '!' or '?')
            {
                return (AfterGreaterThan(at), null);
            }

            var closing = html[at] == '/';
            var nameStart = closing ? at + 1 : at;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<" not opening a tag is text.
                return (at, Reopen());
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            return closing ? (AfterGreaterThan(nameEnd), Close(name)) : Open(name, AfterAttributes(nameEnd));
        }

        (int Next, string? Problem) Open(string name, int next)
        {
            if (!Block.Contains(name) && Reopen() is { } problem)
            {
                return (next, problem);
            }

            if (++elements > MaxElements)
            {
                return (next, TooManyElements);
            }

            if (Void.Contains(name))
            {
                return (next, null);
            }

            if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, next, StringComparison.OrdinalIgnoreCase);
                return (end < 0 ? html.Length : end, null);
            }

            if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
            {
                return (html.Length, null);
            }

            if (Siblings.TryGetValue(name, out var group) && open.Count > 0 && Siblings.TryGetValue(open[^1].Name, out var top) && top == group)
            {
                Pop(open.Count - 1);
            }

            return (next, Push(name));
        }

        string? Close(string name)
        {
            var tablePart = TableParts.Contains(name);
            for (var i = open.Count - 1; i >= 0 && openCount.GetValueOrDefault(name) > 0; i--)
            {
                var element = open[i];
                if (element.Name == name)
                {
                    // What the end tag closes on its way, the parser reopens later if it is formatting.
                    for (var above = i + 1; above < open.Count; above++)
                    {
                        if (open[above].Formatting)
                        {
                            closedFormatting.Add(open[above].Name);
                        }
                    }

                    for (var last = open.Count - 1; last >= i; last--)
                    {
                        Pop(last);
                    }

                    return null;
                }

                if (tablePart ? element.TableBoundary : element.Boundary)
                {
                    break;
                }
            }

            // An end tag with nothing open to close: a formatting element closed earlier is forgotten.
            var forgotten = closedFormatting.LastIndexOf(name);
            if (forgotten >= 0)
            {
                closedFormatting.RemoveAt(forgotten);
            }

            return null;
        }

        string? Reopen()
        {
            if (closedFormatting.Count == 0)
            {
                return null;
            }

            elements += closedFormatting.Count;
            if (elements > MaxElements)
            {
                return TooManyElements;
            }

            foreach (var name in closedFormatting)
            {
                if (Push(name) is { } problem)
                {
                    return problem;
                }
            }

            closedFormatting.Clear();
            return null;
        }

        string? Push(string name)
        {
            open.Add(new(name, Formatting.Contains(name), ScopeBoundaries.Contains(name), name is "table" or "template"));
            openCount[name] = openCount.GetValueOrDefault(name) + 1;
            return open.Count > MaxDepth ? TooDeep : null;
        }

        void Pop(int index)
        {
            openCount[open[index].Name]--;
            open.RemoveAt(index);
        }

        // Past the tag's attributes and its ">": a quoted value may hold ">", but only after "=".
        int AfterAttributes(int i)
        {
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '>')
                {
                    return i + 1;
                }

                i++;
                if (c != '=')
                {
                    continue;
                }

                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    i = close < 0 ? html.Length : close + 1;
                }
            }

            return html.Length;
        }

        int AfterGreaterThan(int i)
        {
            var gt = html.IndexOf('>', i);
            return gt < 0 ? html.Length : gt + 1;
        }

        static bool IsTagNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

        readonly record struct OpenElement(string Name, bool Formatting, bool Boundary, bool TableBoundary);
    }
}

using System.Globalization;

namespace Federation.Web.Site;

/// <summary>Where a figure stands on a page, which decides how wide it shows.</summary>
internal enum ImageLayout
{
    /// <summary>The full width of an item page's text (a cover).</summary>
    Content,

    /// <summary>A cell of the gallery grid on an item page (a showcase's images).</summary>
    Gallery,
}

/// <summary>
/// The <c>sizes</c> of an <c>img</c>: how wide it shows at each viewport width, so the browser picks
/// from the <c>srcset</c> before it knows the layout (HTML §4.8.4.2.2). The numbers are those of
/// site.css at its base font size (1rem = 17px): <c>.wrap</c> is min(1120px, 100% − 2rem), an item
/// page's <c>.detail</c> has 1.4rem of padding a side, <c>.gallery</c> fills columns of at least
/// 220px with 1rem between them. Change them together. In larger-text mode the page is a little
/// narrower than said here, which costs a slightly larger candidate, never a blurred one.
/// </summary>
internal static class ImageSizes
{
    const int Wrap = 1120;
    const int WrapGutters = 34;      // 2rem
    const int DetailPadding = 48;    // 2 × 1.4rem, rounded up
    const int ColumnMin = 220;
    const int ColumnGap = 17;        // 1rem

    /// <summary>The widest <paramref name="layout"/> shows an image, at any viewport: the text's width, or a gallery of one column just before it takes two.</summary>
    public static int Widest(ImageLayout layout) => layout switch
    {
        ImageLayout.Gallery => (2 * ColumnMin) + ColumnGap - 1,
        _ => Wrap - DetailPadding,
    };

    /// <summary>The <c>sizes</c> of an image <paramref name="width"/> pixels wide (null: unknown) shown in <paramref name="layout"/>.</summary>
    public static string For(ImageLayout layout, int? width) => layout switch
    {
        ImageLayout.Gallery => Gallery(),
        _ => Content(width),
    };

    // An image shows at its own width when the text is wider (img { max-width: 100% } never enlarges it).
    static string Content(int? width)
    {
        var widest = Widest(ImageLayout.Content);
        var shown = Math.Min(width ?? widest, widest);
        var gutters = WrapGutters + DetailPadding;
        return Invariant($"(min-width: {shown + gutters}px) {shown}px, calc(100vw - {gutters}px)");
    }

    // Each rule: from the viewport at which the grid gains a column, the width of one column.
    static string Gallery()
    {
        var gutters = WrapGutters + DetailPadding;
        var widest = Widest(ImageLayout.Content);
        var columns = (widest + ColumnGap) / (ColumnMin + ColumnGap);
        var rules = new List<string> { Invariant($"(min-width: {Wrap + WrapGutters}px) {(widest - (ColumnGap * (columns - 1)) + columns - 1) / columns}px") };
        for (var n = columns; n >= 2; n--)
        {
            var from = gutters + (n * ColumnMin) + ((n - 1) * ColumnGap);
            rules.Add(Invariant($"(min-width: {from}px) calc((100vw - {gutters + ((n - 1) * ColumnGap)}px) / {n})"));
        }

        rules.Add(Invariant($"calc(100vw - {gutters}px)"));
        return string.Join(", ", rules);
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

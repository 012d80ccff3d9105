using System.Globalization;
using Federation.Cms.Search;

namespace Federation.Web.CommandLine;

/// <summary>
/// A rebuild's progress on the console: one bar redrawn in place on a terminal, or a line at every
/// tenth when the output goes to a file or a pipe, so logs stay readable.
/// </summary>
internal sealed class ProgressBar(TextWriter output, bool redraw) : IProgress<RebuildProgress>
{
    const int Width = 30;

    readonly Lock drawing = new();
    int lastTenth = -1;

    public static ProgressBar ForConsole() => new(Console.Out, !Console.IsOutputRedirected);

    public void Report(RebuildProgress value)
    {
        lock (drawing)
        {
            var filled = (int)Math.Round(value.Fraction * Width);
            var line = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {value.Fraction,4:P0}  {value.Done:N0}/{value.Total:N0} items");
            if (redraw)
            {
                output.Write('\r' + line);
                if (!value.IsRunning)
                {
                    output.WriteLine();
                }
            }
            else if ((int)(value.Fraction * 10) is var tenth && ((value.IsRunning && tenth > lastTenth && tenth < 10) || !value.IsRunning))
            {
                lastTenth = tenth;
                output.WriteLine(line);
            }
        }
    }
}

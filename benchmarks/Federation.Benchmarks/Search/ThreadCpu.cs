using System.Runtime.InteropServices;

namespace Federation.Benchmarks.Search;

/// <summary>
/// The CPU time the calling thread has used (Linux, <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). On a machine shared
/// with others' builds a search may wait for a core; its CPU time says what it costs whether or not it waited.
/// </summary>
internal static partial class ThreadCpu
{
    const int ThreadCpuClock = 3;

    /// <summary>The thread's CPU time in milliseconds; NaN where the clock cannot be read (not Linux).</summary>
    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : double.NaN;

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}

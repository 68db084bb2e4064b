using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// The time the reading thread itself has worked since the clock started: its CPU time where Linux tells it
/// (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), else the wall clock. A time limit against a file built to keep the
/// reader busy must count the reader's own work: by the wall clock, a reviewer checking a folder with every core
/// busy, or a server under load, saw real reports refused as 恶意构造 after 10 seconds of waiting for a core.
/// </summary>
internal sealed class WorkClock
{
    private const int ThreadCpuTimeId = 3;

    private static bool _unavailable = !OperatingSystem.IsLinux() || !Environment.Is64BitProcess;

    private readonly long _startNanoseconds;
    private readonly Stopwatch? _wall;

    private WorkClock(long startNanoseconds, Stopwatch? wall)
    {
        _startNanoseconds = startNanoseconds;
        _wall = wall;
    }

    /// <summary>Whether the clock counts the thread's CPU time (false: the wall clock).</summary>
    public bool CountsCpuTime => _wall is null;

    /// <summary>A clock started now, on the calling thread; read it on the same thread.</summary>
    public static WorkClock StartNew() =>
        ThreadNanoseconds() is { } now ? new WorkClock(now, null) : new WorkClock(0, Stopwatch.StartNew());

    /// <summary>The seconds worked since <see cref="StartNew"/>.</summary>
    public double ElapsedSeconds =>
        _wall?.Elapsed.TotalSeconds ?? ((ThreadNanoseconds() ?? _startNanoseconds) - _startNanoseconds) / 1e9;

    private static long? ThreadNanoseconds()
    {
        if (Volatile.Read(ref _unavailable))
        {
            return null;
        }

        try
        {
            if (ClockGetTime(ThreadCpuTimeId, out var time) == 0)
            {
                return time.Seconds * 1_000_000_000 + time.Nanoseconds;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc clock_gettime here: the wall clock from now on.
        }

        Volatile.Write(ref _unavailable, true);
        return null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc.so.6", EntryPoint = "clock_gettime", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}

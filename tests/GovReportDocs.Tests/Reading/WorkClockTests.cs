using System.Diagnostics;
using GovReportDocs.Reading.Sources.Pdf;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// The PDF reading limit counts the reader's own work, not time spent waiting for a core: a reviewer's batch with every
/// core busy once had real reports refused as 恶意构造.
/// </summary>
public class WorkClockTests
{
    [Fact]
    public void On_linux_waiting_does_not_count_and_working_does()
    {
        var clock = WorkClock.StartNew();
        clock.CountsCpuTime.ShouldBe(OperatingSystem.IsLinux() && Environment.Is64BitProcess);
        if (!clock.CountsCpuTime)
        {
            return; // elsewhere the wall clock, as before
        }

        Thread.Sleep(400);
        clock.ElapsedSeconds.ShouldBeLessThan(0.2, "a thread asleep (or waiting for a core) does no work");

        var busy = Stopwatch.StartNew();
        var sum = 0L;
        while (clock.ElapsedSeconds < 0.1 && busy.Elapsed < TimeSpan.FromSeconds(30))
        {
            sum += sum ^ busy.ElapsedTicks;
        }

        clock.ElapsedSeconds.ShouldBeGreaterThanOrEqualTo(0.1, $"work counts ({sum})");
    }
}

using Spectre.Console;

namespace GovReportDocs.Cli;

/// <summary>Runs a batch in parallel, with a progress bar on the terminal when there is more than one item.</summary>
internal static class BatchProgress
{
    public static T[] Run<T>(CliConsole console, int count, string label, Func<int, T> work)
    {
        var results = new T[count];
        void Each(Action advance) => Parallel.For(0, count, i =>
        {
            results[i] = work(i);
            advance();
        });

        if (count > 1 && ReferenceEquals(console, CliConsole.System) && !Console.IsErrorRedirected)
        {
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask(label, maxValue: count);
                    Each(() => task.Increment(1));
                });
        }
        else
        {
            Each(() => { });
        }

        return results;
    }
}

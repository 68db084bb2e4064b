using Spectre.Console;

namespace GovReportDocs.Cli;

/// <summary>Runs a batch in parallel, with a progress bar on the terminal when there is more than one item.</summary>
internal static class BatchProgress
{
    public static T[] Run<T>(CliConsole console, int count, string label, Func<int, T> work)
    {
        var results = new T[count];
        Track(console, count, label, advance => Parallel.For(0, count, i =>
        {
            results[i] = work(i);
            advance();
        }));
        return results;
    }

    /// <summary>One bar over <paramref name="count"/> items that <paramref name="body"/> works through in its own steps, calling advance after each.</summary>
    public static void Track(CliConsole console, int count, string label, Action<Action> body)
    {
        if (count > 1 && ReferenceEquals(console, CliConsole.System) && !Console.IsErrorRedirected)
        {
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask(label, maxValue: count);
                    body(() => task.Increment(1));
                });
        }
        else
        {
            body(() => { });
        }
    }
}

using System.Diagnostics;
using System.Text;

namespace GovReportDocs.Cli;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so no reader ever sees half of it. Temporary names are
/// short (a long title must not overflow the name limit) and carry the writer's process id, so a later run removes
/// those a killed run left behind.
/// </summary>
internal static class AtomicFile
{
    private const string Prefix = ".govreport-";
    private const string Suffix = ".tmp";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static int _counter;

    public static void WriteText(string path, string text) => Write(path, stream => stream.Write(Utf8.GetBytes(text)));

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $"{Prefix}{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}{Suffix}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Removes temporary files in <paramref name="directory"/> left by runs of govreport that are no longer running.</summary>
    public static void RemoveLeftovers(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, $"{Prefix}*{Suffix}"))
        {
            var name = Path.GetFileName(file);
            var pid = name[Prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, out var id) && !IsRunning(id))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Another run may be cleaning up too; the file is gone either way.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

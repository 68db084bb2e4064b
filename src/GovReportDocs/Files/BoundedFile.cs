namespace GovReportDocs.Files;

/// <summary>
/// Reads a whole file or stream, counting what it reads against a limit rather than trusting the size the file
/// system reports: a device (<c>/dev/zero</c>) reports 0 and never ends, a growing file reports less than it holds.
/// Only regular files with content are opened, so a named pipe never blocks the caller.
/// </summary>
internal static class BoundedFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The bytes of a file, at most <paramref name="limit"/> of them.</summary>
    /// <exception cref="ReportReadException">Missing, not a regular file, empty, too large, or unreadable.</exception>
    public static byte[] ReadAllBytes(string path, long limit)
    {
        using var stream = Open(path, limit);
        return ReadAll(stream, path, limit);
    }

    /// <inheritdoc cref="ReadAllBytes(string, long)"/>
    public static async Task<byte[]> ReadAllBytesAsync(string path, long limit, CancellationToken cancellation)
    {
        await using var stream = Open(path, limit);
        return await ReadAllAsync(stream, path, limit, cancellation).ConfigureAwait(false);
    }

    /// <summary>The bytes of a stream from its current position, at most <paramref name="limit"/> of them.</summary>
    /// <exception cref="ReportReadException">The stream holds more than the limit, or nothing.</exception>
    public static byte[] ReadAll(Stream stream, string name, long limit)
    {
        using var buffer = new MemoryStream(ExpectedLength(stream, limit));
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = Read(stream, chunk, name)) > 0)
        {
            Append(buffer, chunk, read, name, limit);
        }

        return Finish(buffer, name);
    }

    /// <inheritdoc cref="ReadAll(Stream, string, long)"/>
    public static async Task<byte[]> ReadAllAsync(Stream stream, string name, long limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream(ExpectedLength(stream, limit));
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await ReadAsync(stream, chunk, name, cancellation).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, name, limit);
        }

        return Finish(buffer, name);
    }

    private static FileStream Open(string path, long limit)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new ReportReadException(path, "这是一个目录，不是文件");
            }

            if (!info.Exists)
            {
                throw new ReportReadException(path, "找不到文件");
            }

            // Opening a pipe blocks until someone writes to it: its type is asked first. Where it cannot be asked,
            // pipes and devices are refused by the size they do not report.
            var special = SpecialFile.Is(path);
            if (special == true)
            {
                throw new ReportReadException(path, "不是普通文件（命名管道、设备等），不能读取");
            }

            if (info.Length == 0)
            {
                throw new ReportReadException(path, special == false ? "文件为空" : "文件为空，或不是普通文件（设备、管道等）");
            }

            if (info.Length > limit)
            {
                throw new ReportReadException(path, TooLarge(limit, info.Length));
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw new ReportReadException(path, Explain(e));
        }
    }

    private static int Read(Stream stream, byte[] chunk, string name)
    {
        try
        {
            return stream.Read(chunk, 0, chunk.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ReportReadException(name, Explain(e));
        }
    }

    private static async Task<int> ReadAsync(Stream stream, byte[] chunk, string name, CancellationToken cancellation)
    {
        try
        {
            return await stream.ReadAsync(chunk.AsMemory(), cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ReportReadException(name, Explain(e));
        }
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, string name, long limit)
    {
        if (buffer.Length + read > limit)
        {
            throw new ReportReadException(name, TooLarge(limit, null));
        }

        buffer.Write(chunk, 0, read);
    }

    /// <summary>
    /// Room for what a seekable stream says it holds: a file is then read into one array, not grown and copied (a web
    /// page is large enough that each copy went on the large-object heap and cost a full collection every few reports).
    /// </summary>
    private static int ExpectedLength(Stream stream, long limit)
    {
        try
        {
            return stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 0, Math.Min(limit, Array.MaxLength)) : 0;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return 0;
        }
    }

    private static byte[] Finish(MemoryStream buffer, string name) =>
        buffer.Length == 0 ? throw new ReportReadException(name, "文件为空")
        : buffer.Length == buffer.Capacity ? buffer.GetBuffer()
        : buffer.ToArray();

    private static string TooLarge(long limit, long? actual) =>
        actual is { } size
            ? $"文件过大（{size:#,0}字节）：上限为{limit / 1024 / 1024}MB"
            : $"文件过大：超过上限{limit / 1024 / 1024}MB";

    /// <summary>The reason in Chinese; .NET's own messages are English and name internals.</summary>
    internal static string Explain(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "找不到文件",
        UnauthorizedAccessException or System.Security.SecurityException => "没有读取权限",
        PathTooLongException => "路径过长",
        ArgumentException or NotSupportedException => "路径无效",
        _ => "读取失败（文件可能正被其他程序占用或已损坏）",
    };
}

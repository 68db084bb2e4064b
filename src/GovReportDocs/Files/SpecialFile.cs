using System.Runtime.InteropServices;

namespace GovReportDocs.Files;

/// <summary>
/// Tells a named pipe, a device or a socket from a regular file. .NET cannot: <see cref="FileSystemInfo.Attributes"/>
/// says <c>Normal</c> for a FIFO and <see cref="FileSystemInfo.UnixFileMode"/> carries the permission bits only. Opening a
/// FIFO to look blocks until someone writes to it, so the file's type is asked of Linux with <c>statx</c> (its buffer has
/// one layout on every architecture, unlike <c>struct stat</c>). Elsewhere, or where the call is missing, the answer is
/// "not known" and the callers fall back on refusing what reports no size.
/// </summary>
internal static class SpecialFile
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxBufferBytes = 256;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;

    private static bool _unavailable;

    /// <summary>
    /// Whether the path names a pipe, a device or a socket (not following a last symbolic link): false for a regular
    /// file, a folder, a link or a missing path; null when the type cannot be asked (not Linux, no <c>statx</c>).
    /// </summary>
    public static bool? Is(string path)
    {
        if (!OperatingSystem.IsLinux() || Volatile.Read(ref _unavailable))
        {
            return null;
        }

        var buffer = new byte[StatxBufferBytes];
        try
        {
            if (Statx(AtFdCwd, NullTerminated(path), AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _unavailable, true);
            return null;
        }

        var type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return type is not (RegularType or DirectoryType or LinkType);
    }

    /// <summary>The path as the C string Linux takes: UTF-8 bytes and a closing zero.</summary>
    private static byte[] NullTerminated(string path)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [DllImport("libc.so.6", EntryPoint = "statx", SetLastError = true, ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}

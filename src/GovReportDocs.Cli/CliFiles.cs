using GovReportDocs.Files;

namespace GovReportDocs.Cli;

/// <summary>Which files an input's previousYear may name, and what file errors mean, for the command line.</summary>
internal static class CliFiles
{
    /// <summary>
    /// The folder tree previousYear may reach: <paramref name="root"/> when given; else the current folder when the
    /// input is inside it (so <c>../2023/x.yaml</c> works from the folder holding both years); else the input's folder.
    /// </summary>
    public static IReportFileResolver ResolverFor(string input, string? root)
    {
        if (root is not null)
        {
            return new FolderTreeResolver(root);
        }

        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(".")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(input);
        return new FolderTreeResolver(full.StartsWith(here, StringComparison.Ordinal) ? here : Path.GetDirectoryName(full) ?? here);
    }

    /// <summary>A file error in Chinese; .NET's own messages are English.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "找不到文件或目录",
        UnauthorizedAccessException => "没有权限（或文件系统只读）",
        PathTooLongException => "路径或文件名过长",
        IOException io when io.HResult == 30 || io.Message.Contains("Read-only", StringComparison.OrdinalIgnoreCase) => "文件系统只读",
        IOException io when io.Message.Contains("No space", StringComparison.OrdinalIgnoreCase) => "磁盘空间不足",
        _ => "读写失败",
    };
}

using GovReportDocs.Files;

namespace GovReportDocs.Tests.Reading;

/// <summary>A stream is read whole whatever length it reports, and never past the limit.</summary>
public class BoundedFileTests
{
    private static readonly byte[] Page = [.. Enumerable.Range(0, 200_000).Select(i => (byte)('a' + i % 26))];

    [Fact]
    public void A_seekable_stream_is_read_from_its_position_to_its_end()
    {
        using var stream = new MemoryStream(Page) { Position = 1_000 };

        BoundedFile.ReadAll(stream, "page.html", 1_000_000).ShouldBe(Page[1_000..]);
    }

    [Fact]
    public void A_stream_that_holds_more_than_its_length_says_is_read_whole()
    {
        using var stream = new UnderstatedStream(Page, reportedLength: 50_000);

        BoundedFile.ReadAll(stream, "growing.html", 1_000_000).ShouldBe(Page);
    }

    [Fact]
    public void A_stream_past_the_limit_is_refused_even_when_it_understates_its_length()
    {
        using var stream = new UnderstatedStream(Page, reportedLength: 50_000);

        Should.Throw<ReportReadException>(() => BoundedFile.ReadAll(stream, "growing.html", 100_000)).Message.ShouldContain("文件过大");
    }

    /// <summary>A file that grew after its size was taken.</summary>
    private sealed class UnderstatedStream(byte[] bytes, long reportedLength) : MemoryStream(bytes)
    {
        public override long Length => reportedLength;
    }
}

using System.Buffers;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// A growable byte buffer on arrays rented from the shared pool, writable as a stream (deflate writes into it). The
/// PDF, its font subsets and their deflated forms are hundreds of kilobytes each: fresh arrays that size land on the
/// large object heap and every few reports cost a full collection; rented ones are reused. Its bytes are valid until
/// <see cref="Dispose"/>; one buffer belongs to one render (not shared between threads).
/// </summary>
internal sealed class PooledBuffer(int capacity = 4096) : Stream
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    private int _length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    /// <summary>The bytes written so far, as memory (valid until the next write or <see cref="Dispose"/>).</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Forgets what was written, keeping the array for the next use.</summary>
    public void Clear() => _length = 0;

    /// <summary>Room for <paramref name="count"/> more bytes, to be filled and then claimed with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int count)
    {
        Ensure(count);
        return _array.AsSpan(_length, count);
    }

    public void Advance(int count) => _length += count;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        buffer.CopyTo(GetSpan(buffer.Length));
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value)
    {
        Ensure(1);
        _array[_length++] = value;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    private void Ensure(int count)
    {
        if (_length + count <= _array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + count, 2 * _array.Length));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}

using System.Text;

namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>
/// A read-only stream of the UTF-8 bytes of <paramref name="head"/> followed by the rest of <paramref name="reader"/>,
/// so JSON on standard input is parsed as it arrives instead of being held as one string.
/// </summary>
internal sealed class TextReaderStream(string head, TextReader reader) : Stream
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[4096 * 3];
    private string? _head = head;
    private int _start;
    private int _end;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_start == _end && !Fill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _end - _start);
        _bytes.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool Fill()
    {
        ReadOnlySpan<char> chars;
        if (_head is { Length: > 0 } pending)
        {
            var take = Math.Min(pending.Length, _chars.Length);
            chars = pending.AsSpan(0, take);
            _head = pending[take..];
        }
        else
        {
            var read = reader.Read(_chars, 0, _chars.Length);
            if (read == 0)
            {
                return false;
            }

            chars = _chars.AsSpan(0, read);
        }

        _start = 0;
        _end = _encoder.GetBytes(chars, _bytes, flush: false);
        return true;
    }
}

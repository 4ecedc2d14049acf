using System.Text;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// A read-only stream of UTF-8 from <paramref name="inner"/> in <paramref name="encoding"/> (strict): UTF-8 passes
/// through checked, anything else is transcoded. The first bad byte throws <see cref="RecordFormatException"/> with
/// its byte offset in the original input and its line. <paramref name="head"/> holds bytes already read past the
/// byte order mark (of length <paramref name="bomLength"/>).
/// </summary>
internal sealed class CheckedUtf8Stream(Stream inner, byte[] head, int bomLength, Encoding encoding, string source) : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly Decoder _decoder = encoding.GetDecoder();
    private readonly Encoder _utf8 = new UTF8Encoding(false, true).GetEncoder();
    private readonly bool _passThrough = RecordEncoding.IsUtf8(encoding);
    private byte[]? _raw;
    private char[]? _chars;
    private byte[]? _out;
    private int _outStart;
    private int _outEnd;
    private byte[] _head = head;
    private long _offset = bomLength;
    private long _lines;
    private bool _eof;

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
        if (buffer.IsEmpty)
        {
            return 0;
        }

        return _passThrough ? ReadUtf8(buffer) : ReadTranscoded(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int ReadRaw(Span<byte> into)
    {
        if (_head.Length > 0)
        {
            var n = Math.Min(_head.Length, into.Length);
            _head.AsSpan(0, n).CopyTo(into);
            _head = _head[n..];
            return n;
        }

        return inner.Read(into);
    }

    private int ReadUtf8(Span<byte> buffer)
    {
        var n = ReadRaw(buffer);
        if (_chars is null || _chars.Length < n + 2)
        {
            _chars = new char[Math.Max(n + 2, ChunkSize)];
        }

        Check(buffer[..n], flush: n == 0);
        return n;
    }

    private int ReadTranscoded(Span<byte> buffer)
    {
        while (_outStart == _outEnd)
        {
            if (_eof)
            {
                return 0;
            }

            _raw ??= new byte[ChunkSize];
            _chars ??= new char[encoding.GetMaxCharCount(ChunkSize) + 2];
            _out ??= new byte[Encoding.UTF8.GetMaxByteCount(_chars.Length)];
            var n = ReadRaw(_raw);
            _eof = n == 0;
            var chars = Check(_raw.AsSpan(0, n), flush: _eof);
            _outStart = 0;
            _outEnd = _utf8.GetBytes(_chars.AsSpan(0, chars), _out, flush: _eof);
        }

        var count = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, count).CopyTo(buffer);
        _outStart += count;
        return count;
    }

    /// <summary>
    /// Decodes one chunk into <c>_chars</c> (for UTF-8 only to check it: GetCharCount would not carry a sequence split
    /// between chunks); the number of chars written.
    /// </summary>
    private int Check(ReadOnlySpan<byte> chunk, bool flush)
    {
        try
        {
            var chars = _decoder.GetChars(chunk, _chars, flush);
            _lines += LineFeeds(chunk);
            _offset += chunk.Length;
            return chars;
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, chunk.Length);
            var line = _lines + LineFeeds(chunk[..at]) + 1;
            throw new RecordFormatException(source, line, null, new(
                $"第 {_offset + at} 字节起不是有效的 {Name(encoding)}（字节 {Hex(chunk[at..])}）；文件若是其他编码，请用 --encoding 指定（如 GBK 文件用 --encoding gb18030）",
                $"byte {_offset + at}: not valid {Name(encoding)} (bytes {Hex(chunk[at..])}); if the file is in another "
                + "encoding, name it, e.g. --encoding gb18030 for GBK/GB18030 files"), e);
        }
    }

    /// <summary>
    /// Line feeds in raw bytes of this chunk: byte 0x0A in UTF-8 and the code pages (in GB18030 no multi-byte sequence
    /// holds it), the code unit U+000A in UTF-16, aligned from the end of the byte order mark.
    /// </summary>
    private long LineFeeds(ReadOnlySpan<byte> bytes)
    {
        if (encoding.CodePage is not (1200 or 1201))
        {
            return bytes.Count((byte)'\n');
        }

        var count = 0L;
        var first = (int)((_offset - bomLength) & 1);
        var (low, high) = encoding.CodePage == 1200 ? ((byte)'\n', (byte)0) : ((byte)0, (byte)'\n');
        for (var i = first; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == low && bytes[i + 1] == high)
            {
                count++;
            }
        }

        return count;
    }

    private static string Name(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16 (little-endian)",
        1201 => "UTF-16 (big-endian)",
        _ => encoding.WebName,
    };

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes[..Math.Min(4, bytes.Length)]);
}

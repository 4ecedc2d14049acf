using System.Buffers;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// A refillable window over a UTF-8 stream, rented from the shared pool: bytes <c>[start, end)</c> are read but not
/// yet consumed. It grows only while one record does not fit, up to <see cref="RecordLimits.MaxRecordBytes"/>, so
/// memory is bounded by the largest record, not by the input. Tracks the line of the first unconsumed byte.
/// </summary>
internal sealed class InputBuffer(Stream stream) : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private byte[] _data = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;

    public bool Eof { get; private set; }

    public ReadOnlySpan<byte> Span => _data.AsSpan(_start, _end - _start);

    public ReadOnlyMemory<byte> Memory => _data.AsMemory(_start, _end - _start);

    /// <summary>1-based line of the first unconsumed byte.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>True when the window is as large as a record may be and still holds no complete one.</summary>
    public bool Full => _start == 0 && _end == _data.Length && _data.Length >= RecordLimits.MaxRecordBytes;

    public void Consume(long count)
    {
        var n = checked((int)count);
        Line += _data.AsSpan(_start, n).Count((byte)'\n');
        _start += n;
    }

    /// <summary>Reads more bytes (moving or growing the window as needed); false once the stream is exhausted or the window is full.</summary>
    public bool Fill()
    {
        if (Eof || Full)
        {
            return false;
        }

        if (_start > 0)
        {
            _data.AsSpan(_start, _end - _start).CopyTo(_data);
            _end -= _start;
            _start = 0;
        }

        if (_end == _data.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_data.Length * 2, RecordLimits.MaxRecordBytes));
            _data.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_data);
            _data = larger;
        }

        // Streams that hand out a few bytes at a time would make the JSON reader re-scan an element per read.
        var free = _data.Length - _end;
        var read = stream.ReadAtLeast(_data.AsSpan(_end, free), Math.Min(free, 16 * 1024), throwOnEndOfStream: false);
        if (read == 0)
        {
            Eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>Skips whitespace; the next byte, or -1 at the end of the input.</summary>
    public int PeekNonWhitespace()
    {
        while (true)
        {
            var span = Span;
            var skip = span.IndexOfAnyExcept(" \t\r\n"u8);
            if (skip >= 0)
            {
                Consume(skip);
                return _data[_start];
            }

            Consume(span.Length);
            if (!Fill())
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// The next line (without its <c>\n</c> and <c>\r</c>), consumed; false at the end. A line longer than a record
    /// may be is consumed up to its end and comes back with <paramref name="tooLong"/> set and no content.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        var searched = 0;
        while (true)
        {
            var newline = _data.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = tooLong ? default : TrimCarriageReturn(_data.AsMemory(_start, length));
                _start += length + 1;
                Line++;
                return true;
            }

            if (Full)
            {
                // Too long to hold: drop what is held and keep looking for the line's end.
                tooLong = true;
                _start = _end;
                searched = 0;
            }
            else
            {
                searched = _end - _start;
            }

            if (!Fill() && Eof)
            {
                if (_start == _end && !tooLong)
                {
                    line = default;
                    return false;
                }

                line = tooLong ? default : TrimCarriageReturn(_data.AsMemory(_start, _end - _start));
                _start = _end;
                return true;
            }
        }
    }

    /// <summary>The window, read until it holds <paramref name="lines"/> line ends or the whole rest of the stream.</summary>
    public ReadOnlyMemory<byte> PeekLines(int lines)
    {
        while (true)
        {
            if (Span.Count((byte)'\n') >= lines || !Fill())
            {
                return Memory;
            }
        }
    }

    /// <summary>Reads to the end of the stream (or until the window is full); the whole unconsumed rest.</summary>
    public ReadOnlyMemory<byte> ReadToEnd()
    {
        while (Fill())
        {
        }

        return Memory;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_data);
        _data = [];
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}

namespace ComplianceEngine.Core.Records;

/// <summary>A growable window over a stream: bytes <c>[Start, End)</c> are read but not yet consumed.</summary>
internal sealed class StreamBuffer(Stream stream, int initialSize = 64 * 1024)
{
    private byte[] _data = new byte[initialSize];
    private int _start;
    private int _end;

    public bool Eof { get; private set; }

    public ReadOnlySpan<byte> Span => _data.AsSpan(_start, _end - _start);

    public ReadOnlyMemory<byte> Memory => _data.AsMemory(_start, _end - _start);

    public void Consume(long count) => _start += checked((int)count);

    /// <summary>Reads more bytes (moving or growing the window as needed); false once the stream is exhausted.</summary>
    public bool Fill()
    {
        if (Eof)
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
            Array.Resize(ref _data, _data.Length * 2);
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

    /// <summary>Skips a UTF-8 byte order mark (at the start) and whitespace; the next byte, or -1 at the end.</summary>
    public int PeekNonWhitespace(bool skipBom)
    {
        if (skipBom)
        {
            while (_end - _start < 3 && Fill())
            {
            }

            if (_end - _start >= 3 && _data[_start] == 0xEF && _data[_start + 1] == 0xBB && _data[_start + 2] == 0xBF)
            {
                _start += 3;
            }
        }

        while (true)
        {
            while (_start < _end && _data[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                _start++;
            }

            if (_start < _end)
            {
                return _data[_start];
            }

            if (!Fill())
            {
                return -1;
            }
        }
    }

    /// <summary>The next line (without its <c>\n</c> and <c>\r</c>), consumed; false at the end.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var newline = _data.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = TrimCarriageReturn(_data.AsMemory(_start, length));
                _start += length + 1;
                return true;
            }

            searched = _end - _start;
            if (!Fill())
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(_data.AsMemory(_start, _end - _start));
                _start = _end;
                return true;
            }
        }
    }

    /// <summary>The window, read until it holds <paramref name="lines"/> line ends or the whole rest of the stream.</summary>
    public ReadOnlyMemory<byte> PeekLines(int lines)
    {
        var searched = 0;
        var found = 0;
        while (true)
        {
            var window = _data.AsSpan(_start, _end - _start);
            while (found < lines)
            {
                var newline = window[searched..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                searched += newline + 1;
                found++;
            }

            if (found >= lines || !Fill())
            {
                return Memory;
            }
        }
    }

    /// <summary>Everything not yet consumed plus the rest of the stream.</summary>
    public byte[] ReadToEnd()
    {
        using var rest = new MemoryStream();
        rest.Write(_data, _start, _end - _start);
        stream.CopyTo(rest);
        _start = _end;
        Eof = true;
        return rest.ToArray();
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}

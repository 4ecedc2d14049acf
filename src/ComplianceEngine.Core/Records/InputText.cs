using System.Text;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// Opens input text (records, CSV) as a stream of checked UTF-8, whatever its encoding: UTF-8 with or without a byte
/// order mark, UTF-16 with one, or an encoding the user names (<c>--encoding gb18030</c>). Bytes that are not valid in
/// the encoding throw <see cref="RecordFormatException"/> naming the source, byte offset and line: the product never
/// reads text through a replacement character. A byte order mark wins over a named encoding.
/// </summary>
public static class InputText
{
    /// <summary>
    /// Opens a file, checked whole before anything is returned, so a file in the wrong encoding is refused before a
    /// single record is used. Throws <see cref="RecordFormatException"/> (bad bytes) or the file's I/O errors.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The name errors give for it (usually the file name).</param>
    /// <param name="encoding">The encoding when the file has no byte order mark; null for UTF-8.</param>
    public static Stream OpenFile(string path, string source, Encoding? encoding = null)
    {
        CheckFile(path, source, encoding);
        return Open(File.OpenRead(path), source, encoding);
    }

    /// <summary>Reads a file through to its end in its encoding; throws <see cref="RecordFormatException"/> at the first bad byte.</summary>
    public static void CheckFile(string path, string source, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var check = Open(File.OpenRead(path), source, encoding);
        check.CopyTo(Stream.Null, 1 << 20);
    }

    /// <summary>
    /// Wraps <paramref name="input"/> (owned and disposed with the result) as checked UTF-8 without a byte order mark.
    /// Bad bytes throw <see cref="RecordFormatException"/> when the read reaches them.
    /// </summary>
    public static Stream Open(Stream input, string source, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        var head = new byte[3];
        var n = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var (bom, detected) = head.AsSpan(0, n) switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, Encoding.UTF8),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, encoding ?? Encoding.UTF8),
        };
        var strict = RecordEncoding.Strict(detected);
        return new CheckedUtf8Stream(input, head.AsSpan(bom, n - bom).ToArray(), bom, strict, source);
    }
}

using System.Text;

namespace ComplianceEngine.Core.Records;

/// <summary>
/// The text encodings input may be in, by name (<c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c>, <c>gbk</c>, <c>big5</c> and
/// the other code pages of <see cref="CodePagesEncodingProvider"/>), always strict: a byte that does not decode throws
/// instead of becoming U+FFFD. GBK and GB2312 files are read as GB18030, their superset.
/// </summary>
public static class RecordEncoding
{
    static RecordEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named (case-insensitive), strict; null when the name is unknown.</summary>
    public static Encoding? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant() switch
        {
            "gbk" or "gb2312" or "cp936" or "936" => "gb18030",
            var other => other,
        };
        try
        {
            return Strict(Encoding.GetEncoding(key));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The same encoding with exception fallbacks (no replacement characters, no byte order mark written).</summary>
    public static Encoding Strict(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage switch
        {
            65001 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            1200 => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
            1201 => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
            _ => Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        };
    }

    internal static bool IsUtf8(Encoding encoding) => encoding.CodePage == 65001;
}

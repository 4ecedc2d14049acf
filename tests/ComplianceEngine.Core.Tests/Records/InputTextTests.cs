using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>The decoding stream every text input can use (records, readings and inspection CSVs).</summary>
public class InputTextTests
{
    private const string Readings = "enterpriseId,facilityId,pollutant,hour,concentrationMgM3\nM-14,锅炉-1,NOx,2025-06-10T01:00:00+08:00,95.0\n";

    [Fact]
    public void Open_GivesUtf8Text_WhenGbkCsvIsReadAsGb18030()
    {
        var gbk = RecordEncoding.Find("gb18030")!.GetBytes(Readings);

        using var utf8 = InputText.Open(new TrickleStream(gbk, 7), "readings.csv", RecordEncoding.Find("gbk"));
        using var reader = new StreamReader(utf8, new UTF8Encoding(false, true));

        Assert.Equal(Readings, reader.ReadToEnd());
    }

    [Fact]
    public void Open_RefusesAtTheFirstBadByte_WhenGbkCsvIsReadAsUtf8()
    {
        var gbk = RecordEncoding.Find("gb18030")!.GetBytes(Readings);
        var firstBad = Array.FindIndex(gbk, b => b >= 0x80);

        using var utf8 = InputText.Open(new MemoryStream(gbk), "readings.csv");
        var ex = Assert.Throws<RecordFormatException>(() => utf8.CopyTo(Stream.Null));

        Assert.Equal(2, ex.Line);
        Assert.Contains($"byte {firstBad}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DropsTheMarkAndTranscodes_WhenUtf16HasAByteOrderMark()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Readings)];

        using var utf8 = InputText.Open(new MemoryStream(bytes), "readings.csv", RecordEncoding.Find("gb18030"));
        using var copy = new MemoryStream();
        utf8.CopyTo(copy);

        Assert.Equal(Encoding.UTF8.GetBytes(Readings), copy.ToArray());
    }

    [Fact]
    public void Open_NamesTheLineOfALoneSurrogate_WhenUtf16IsBroken()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("a\nb\nc"), 0x00, 0xD8, (byte)'x', 0x00];

        using var utf8 = InputText.Open(new MemoryStream(bytes), "u16.json");
        var ex = Assert.Throws<RecordFormatException>(() => utf8.CopyTo(Stream.Null));

        Assert.Equal(3, ex.Line);
        Assert.Contains("not valid UTF-16", ex.Message, StringComparison.Ordinal);
    }
}

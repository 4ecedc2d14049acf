using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using CsvHelper;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Opens an inspections or readings CSV so that one bad row never costs the others (issue 11 item 4): a line break
/// always ends a row (a stray quote cannot swallow the rest of the file), a row with broken quoting or with another
/// number of fields than the header is refused and reported by line, and reading goes on at the next line.
/// </summary>
internal static class CsvInput
{
    /// <summary>
    /// The file decoded by the one input decoder every door uses (<see cref="InputText"/>): UTF-8 with or without BOM,
    /// UTF-16 with BOM, or <paramref name="encoding"/> (e.g. GB18030) when given; a file with bad bytes is refused whole
    /// (<see cref="RecordFormatException"/> naming byte offset and line) before any row is stored.
    /// </summary>
    public static CsvReader Open(string path, string source, ImportSummary summary, System.Text.Encoding? encoding) =>
        CsvReader.Create(InputText.OpenFile(path, source, encoding), new CsvReaderOptions
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // Pooled strings: ids and pollutant names repeat millions of times and the staging keeps them until COPY.
            PoolStrings = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = row => summary.AddInvalid([Refused(row, source)]),
        }, leaveOpen: false);

    /// <summary>The index of a column the contract makes optional, or -1 when the header lacks it.</summary>
    public static int OptionalColumn(CsvReader csv, string name) => csv.TryGetFieldIndex(name, out var index) ? index : -1;

    public static string? OptionalField(CsvReader csv, int index) => index < 0 ? null : csv.GetString(index);

    private static RecordError Refused(CsvMalformedRecord row, string source)
    {
        var why = row.Reason switch
        {
            CsvMalformedReason.FieldCountMismatch => "its number of fields differs from the header's (a comma inside a number, such as 1,234.5, adds one)",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
            CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "a quote opened and never closed on its line",
            _ => row.Reason.ToString(),
        };
        return new RecordError("row", $"row refused: {why}; reading goes on at the next line") { Source = source, Index = (int)row.LineNumber };
    }
}

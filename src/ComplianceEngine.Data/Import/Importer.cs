using System.Collections.Concurrent;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using CsvHelper;
using Npgsql;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Imports contract files into the database: JSON records and inspections, inspection CSVs and reading CSVs. Each
/// file is checked item by item; invalid items are reported and the valid ones stored. The command line and the
/// API share this code.
/// </summary>
public sealed class Importer(NpgsqlDataSource dataSource)
{

    /// <summary>Rows per chunk: a chunk merges while the next is read (StagingPipeline); a merge takes a few seconds.</summary>
    internal int RecordChunk { get; init; } = 100_000;

    internal int ReadingChunk { get; init; } = 1_000_000;

    /// <summary>The encoding of files without a byte order mark (null: UTF-8); see <see cref="InputText"/>.</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>Receives the fraction of the current file read so far, 0 to 1.</summary>
    public IProgress<double>? Progress { get; init; }

    public async Task<ImportSummary> ImportAsync(string path, CancellationToken ct = default) =>
        InputFormatDetector.Detect(path) switch
        {
            InputFormat.Json => await ImportJsonAsync(path, ct),
            InputFormat.InspectionsCsv => await ImportInspectionsCsvAsync(path, ct),
            InputFormat.ReadingsCsv => await ImportReadingsCsvAsync(path, ct),
            _ => throw new InvalidOperationException("unreachable"),
        };

    private async Task<ImportSummary> ImportJsonAsync(string path, CancellationToken ct)
    {
        var summary = new ImportSummary();
        var source = Path.GetFileName(path);
        var inspections = new InspectionBatch(source, summary);
        var duplicates = new DuplicateIds(source);
        Refusable(() => InputText.CheckFile(path, source, Encoding));
        await using var file = File.OpenRead(path);
        await using var utf8 = InputText.Open(file, source, Encoding);
        await using var staging = new StagingPipeline<RecordStaging, RecordRow>(c => RecordStaging.StartAsync(dataSource, c), RecordChunk);
        var errors = new List<RecordError>();
        var count = 0;
        using var items = RecordReader.ReadRaw(utf8, source).GetEnumerator();
        while (NextItem(items, summary, source, count))
        {
            var item = items.Current;
            if ((++count & 0xFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
                Report(file);
            }

            if (item.SyntaxError is null && InspectionRowReader.LooksLikeInspection(item.Element))
            {
                errors.Clear();
                inspections.Add(InspectionRowReader.Read(item.Element, errors), item.Index, errors);
                continue;
            }

            var parsed = duplicates.Check(RecordReader.ReadOne(item, source));
            if (RecordRowReader.ToRow(parsed, item.Element) is { } row)
            {
                await staging.AddAsync(row, ct);
            }
            else
            {
                summary.AddInvalid(parsed.Errors);
            }
        }

        var (inserted, updated, unchanged) = await staging.CompleteAsync(ct);
        summary.Add(inserted, updated, unchanged);
        await inspections.StoreAsync(new InspectionStore(dataSource), ct);
        Progress?.Report(1);
        return summary;
    }

    /// <summary>
    /// The next item, or false at the end; a break in the JSON that ends the file (a broken array) stops the file:
    /// the items before it are kept, the break is reported and <see cref="ImportSummary.Stopped"/> set.
    /// </summary>
    private static bool NextItem(IEnumerator<RawRecord> items, ImportSummary summary, string source, int index)
    {
        try
        {
            return items.MoveNext();
        }
        catch (RecordFormatException e)
        {
            summary.Stop(new RecordError("$", $"{e.Detail}; the rest of the file is not read") { Source = source, Index = index });
            return false;
        }
    }

    /// <summary>A file refused whole (not text in its encoding): the same exception as any unreadable file.</summary>
    private CsvReader OpenCsv(string path, string source, ImportSummary summary)
    {
        CsvReader? csv = null;
        Refusable(() => csv = CsvInput.Open(path, source, summary, Encoding));
        return csv!;
    }

    private static void Refusable(Action check)
    {
        try
        {
            check();
        }
        catch (RecordFormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private async Task<ImportSummary> ImportInspectionsCsvAsync(string path, CancellationToken ct)
    {
        var summary = new ImportSummary();
        var source = Path.GetFileName(path);
        var inspections = new InspectionBatch(source, summary);
        using var csv = OpenCsv(path, source, summary);
        int enterprise = csv.GetFieldIndex("enterpriseId"), date = csv.GetFieldIndex("date"), violation = csv.GetFieldIndex("violationFound");
        int facility = CsvInput.OptionalColumn(csv, "facilityId"), pollutant = CsvInput.OptionalColumn(csv, "pollutant"),
            notes = CsvInput.OptionalColumn(csv, "notes");
        var errors = new List<RecordError>();
        while (csv.Read())
        {
            errors.Clear();
            var details = new InspectionDetails(CsvInput.OptionalField(csv, facility), CsvInput.OptionalField(csv, pollutant), CsvInput.OptionalField(csv, notes));
            var row = InspectionRowReader.Read(csv.GetString(enterprise), csv.GetString(date), csv.GetString(violation), details, errors);
            inspections.Add(row, csv.LineNumber, errors);
        }

        await inspections.StoreAsync(new InspectionStore(dataSource), ct);
        Progress?.Report(1);
        return summary;
    }

    private async Task<ImportSummary> ImportReadingsCsvAsync(string path, CancellationToken ct)
    {
        var summary = new ImportSummary();
        var source = Path.GetFileName(path);
        using var csv = OpenCsv(path, source, summary);
        var length = new FileInfo(path).Length;
        int enterprise = csv.GetFieldIndex("enterpriseId"), facility = csv.GetFieldIndex("facilityId"),
            pollutant = csv.GetFieldIndex("pollutant"), hour = csv.GetFieldIndex("hour"),
            concentration = csv.GetFieldIndex("concentrationMgM3"), correction = CsvInput.OptionalColumn(csv, "correction");
        var conflicts = new ConcurrentQueue<RecordError>();
        var warnings = new ConcurrentQueue<RecordError>();
        await using var staging = new StagingPipeline<ReadingStaging, ReadingRow>(c => ReadingStaging.StartAsync(dataSource, source, conflicts, warnings, c), ReadingChunk);
        var errors = new List<RecordError>();
        var count = 0;
        while (csv.Read())
        {
            if ((++count & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
                Progress?.Report(length > 0 ? (double)csv.ByteOffset / length : 0);
            }

            errors.Clear();
            var line = csv.LineNumber;
            var row = ReadingRowReader.Read(
                csv.GetString(enterprise), csv.GetString(facility), csv.GetString(pollutant),
                csv.GetString(hour), csv.GetString(concentration), CsvInput.OptionalField(csv, correction), line, errors);
            if (row is { } r)
            {
                await staging.AddAsync(r, ct);
            }
            else
            {
                summary.AddInvalid(errors.Select(e => e with { Source = source, Index = (int)line }));
            }
        }

        var (inserted, corrected, unchanged) = await staging.CompleteAsync(ct);
        summary.Add(inserted, corrected, unchanged);
        foreach (var conflict in conflicts.OrderBy(c => c.Index))
        {
            summary.AddInvalid([conflict]);
        }

        foreach (var warning in warnings.OrderBy(w => w.Index))
        {
            summary.AddWarning(warning);
        }

        Progress?.Report(1);
        return summary;
    }

    private void Report(Stream file)
    {
        if (Progress is not null && file.Length > 0)
        {
            Progress.Report((double)file.Position / file.Length);
        }
    }
}

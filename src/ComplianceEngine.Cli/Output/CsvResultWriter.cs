using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using CsvHelper;

namespace ComplianceEngine.Cli.Output;

/// <summary>One row per finding (or per error for invalid records, or one row for a record with neither), written as each result comes.</summary>
internal sealed class CsvResultWriter : IResultSink
{
    private readonly TextWriter _writer;
    private readonly CsvWriter _csv;

    public CsvResultWriter(TextWriter writer)
    {
        _writer = writer;
        _csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        _csv.WriteRecord(
        [
            "recordId", "kind", "outcome", "ruleSetVersion", "asOf", "ruleId", "family", "severity", "facilityId",
            "deadline", "overdue", "messageZh", "messageEn", "document", "clause", "errorPath", "errorReason",
        ]);
    }

    public static string Word(Enum value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public void Write(EvaluationResult r)
    {
        foreach (var f in r.Findings)
        {
            Row(r, f.RuleId, f.Family, Word(f.Severity), f.FacilityId, f.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                f.Overdue ? "true" : "false", f.Message.Zh, f.Message.En, f.Citation.Document, f.Citation.Clause, null, null);
        }

        foreach (var e in r.Errors)
        {
            Row(r, null, null, null, null, null, null, null, null, null, null, e.Path, e.Reason);
        }

        if (r.Findings.Count == 0 && r.Errors.Count == 0)
        {
            Row(r, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public void Complete()
    {
        _csv.Flush();
        _writer.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        if (_writer != Console.Out)
        {
            _writer.Dispose();
        }
    }

    private void Row(EvaluationResult r, params string?[] rest)
    {
        string[] head = [r.RecordId, r.Kind, Word(r.Outcome), r.RuleSetVersion, r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        _csv.WriteRecord([.. head, .. rest.Select(f => f ?? "")]);
    }
}

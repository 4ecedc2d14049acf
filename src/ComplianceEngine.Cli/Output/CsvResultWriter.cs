using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using CsvHelper;

namespace ComplianceEngine.Cli.Output;

/// <summary>One row per finding (or per error for invalid records, or one row for a record with neither).</summary>
internal static class CsvResultWriter
{
    public static void Write(IReadOnlyList<EvaluationResult> results, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        csv.WriteRecord(
        [
            "recordId", "kind", "outcome", "ruleSetVersion", "asOf", "ruleId", "family", "severity", "facilityId",
            "deadline", "overdue", "messageZh", "messageEn", "document", "clause", "errorPath", "errorReason",
        ]);
        foreach (var r in results)
        {
            foreach (var f in r.Findings)
            {
                Row(csv, r, f.RuleId, f.Family, Word(f.Severity), f.FacilityId, f.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    f.Overdue ? "true" : "false", f.Message.Zh, f.Message.En, f.Citation.Document, f.Citation.Clause, null, null);
            }

            foreach (var e in r.Errors)
            {
                Row(csv, r, null, null, null, null, null, null, null, null, null, null, e.Path, e.Reason);
            }

            if (r.Findings.Count == 0 && r.Errors.Count == 0)
            {
                Row(csv, r, null, null, null, null, null, null, null, null, null, null, null, null);
            }
        }
    }

    public static string Word(Enum value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static void Row(CsvWriter csv, EvaluationResult r, params string?[] rest)
    {
        string[] head = [r.RecordId, r.Kind, Word(r.Outcome), r.RuleSetVersion, r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        csv.WriteRecord([.. head, .. rest.Select(f => f ?? "")]);
    }
}

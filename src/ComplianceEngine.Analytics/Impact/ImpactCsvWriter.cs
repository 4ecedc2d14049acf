using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using CsvHelper;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// One CSV row per flip: record, kind, name, city, sectors, outcome before and after, direction, and the causes as
/// <c>RULE[/facility] change (deadline before→after, overdue before→after)</c> joined by <c>; </c>.
/// </summary>
public sealed class ImpactCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public ImpactCsvWriter(TextWriter writer)
    {
        _csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        _csv.WriteRecord(["recordId", "kind", "name", "city", "sectors", "before", "after", "direction", "causes"]);
    }

    public void Flip(RecordFlip f)
    {
        _csv.WriteRecord([f.RecordId, f.Kind, f.Name, f.City, string.Join(" ", f.Sectors), Word(f.Before), Word(f.After), f.Direction,
            string.Join("; ", f.Causes.Select(Describe))]);
    }

    /// <summary>A cause in one phrase, for CSV cells and the summary.</summary>
    public static string Describe(FindingChange c)
    {
        var subject = c.FacilityId is null ? c.RuleId : $"{c.RuleId}/{c.FacilityId}";
        var parts = new List<string>();
        if (c.DeadlineBefore != c.DeadlineAfter)
        {
            parts.Add($"deadline {Date(c.DeadlineBefore)}→{Date(c.DeadlineAfter)}");
        }

        if (c.OverdueBefore != c.OverdueAfter)
        {
            parts.Add($"overdue {Flag(c.OverdueBefore)}→{Flag(c.OverdueAfter)}");
        }

        return parts.Count == 0 ? $"{subject} {c.Change}" : $"{subject} {c.Change} ({string.Join(", ", parts)})";
    }

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }

    private static string Word(Outcome o) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString());

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";

    private static string Flag(bool? b) => b switch { true => "yes", false => "no", null => "–" };
}

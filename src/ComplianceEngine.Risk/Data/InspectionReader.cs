using System.Globalization;
using System.Text.Json;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// Reads inspection outcomes from a JSON array or JSON lines of <c>{enterpriseId, date, violationFound}</c>, or from
/// CSV with those columns (header required, any order). A <c>trueProbability</c> field or column (synthetic data)
/// is kept; other fields are ignored. A malformed row throws <see cref="FormatException"/> naming the row.
/// </summary>
public static class InspectionReader
{
    public static IReadOnlyList<InspectionOutcome> ReadFile(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.TrimStart();
        return start.StartsWith('[') || start.StartsWith('{') ? ReadJson(text, path) : ReadCsv(text, path);
    }

    public static IReadOnlyList<InspectionOutcome> ReadJson(string text, string source)
    {
        var trimmed = text.TrimStart();
        var elements = new List<JsonElement>();
        if (trimmed.StartsWith('['))
        {
            using var doc = JsonDocument.Parse(text);
            elements.AddRange(doc.RootElement.EnumerateArray().Select(e => e.Clone()));
        }
        else
        {
            foreach (var line in text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var doc = JsonDocument.Parse(line);
                elements.Add(doc.RootElement.Clone());
            }
        }

        return [.. elements.Select((e, i) => FromJson(e, $"{source} item {i}"))];
    }

    public static IReadOnlyList<InspectionOutcome> ReadCsv(string text, string source)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return [];
        }

        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new FormatException($"{source}: no '{name}' column");
        var (id, date, found, p) = (Column("enterpriseId"), Column("date"), Column("violationFound"), header.IndexOf("trueProbability"));
        var result = new List<InspectionOutcome>(lines.Length - 1);
        for (var row = 1; row < lines.Length; row++)
        {
            var cells = lines[row].Split(',');
            var where = $"{source} line {row + 1}";
            if (cells.Length < header.Count)
            {
                throw new FormatException($"{where}: expected {header.Count} columns, got {cells.Length}");
            }

            result.Add(new InspectionOutcome(cells[id].Trim(), ParseDate(cells[date].Trim(), where), ParseBool(cells[found].Trim(), where),
                p >= 0 && cells[p].Length > 0 ? double.Parse(cells[p], CultureInfo.InvariantCulture) : null));
        }

        return result;
    }

    private static InspectionOutcome FromJson(JsonElement e, string where)
    {
        if (e.ValueKind != JsonValueKind.Object
            || !e.TryGetProperty("enterpriseId", out var id) || id.ValueKind != JsonValueKind.String
            || !e.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String
            || !e.TryGetProperty("violationFound", out var found) || found.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException($"{where}: needs enterpriseId (string), date (yyyy-MM-dd) and violationFound (bool)");
        }

        double? p = e.TryGetProperty("trueProbability", out var tp) && tp.ValueKind == JsonValueKind.Number ? tp.GetDouble() : null;
        return new InspectionOutcome(id.GetString()!, ParseDate(date.GetString()!, where), found.GetBoolean(), p);
    }

    private static DateOnly ParseDate(string text, string where) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FormatException($"{where}: '{text}' is not a date (yyyy-MM-dd)");

    private static bool ParseBool(string text, string where) => text.ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new FormatException($"{where}: violationFound '{text}' is not true/false"),
    };
}

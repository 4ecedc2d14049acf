using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// Reads inspection outcomes from a JSON array or JSON lines of <c>{enterpriseId, date, violationFound}</c>, or from
/// CSV with those columns (header required, any order; quoted fields as RFC 4180). A <c>trueProbability</c> field or
/// column (synthetic data) is kept; other fields (the optional facilityId, pollutant, notes) are ignored. A malformed
/// row throws <see cref="FormatException"/> naming the row.
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
        // A real CSV reader: quoted fields (a note such as "旁路, 未拆除", contract revision 2) keep their commas.
        using var csv = CsvReader.Create(Encoding.UTF8.GetBytes(text), new CsvReaderOptions
        {
            TrimWhitespace = true, TrackLineNumbers = true, AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw,
        });
        if (!csv.Read())
        {
            return [];
        }

        int Column(string name) => csv.TryGetFieldIndex(name, out var i) ? i : throw new FormatException($"{source}: no '{name}' column");
        var (id, date, found) = (Column("enterpriseId"), Column("date"), Column("violationFound"));
        var p = csv.TryGetFieldIndex("trueProbability", out var pi) ? pi : -1;
        var result = new List<InspectionOutcome>();
        do
        {
            var where = $"{source} line {csv.LineNumber}";
            result.Add(new InspectionOutcome(csv.GetString(id), ParseDate(csv.GetString(date), where), ParseBool(csv.GetString(found), where),
                p >= 0 && !csv.IsEmpty(p) ? double.Parse(csv.GetString(p), CultureInfo.InvariantCulture) : null));
        }
        while (Next(csv, source));

        return result;
    }

    private static bool Next(CsvReader csv, string source)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"{source}: {e.Message}", e);
        }
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

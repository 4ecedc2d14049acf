namespace ComplianceEngine.Data.Import;

/// <summary>Tells an input file's format from its extension, and a CSV's kind from its header.</summary>
public static class InputFormatDetector
{
    public static InputFormat Detect(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".json" or ".jsonl" or ".ndjson")
        {
            return InputFormat.Json;
        }

        var firstLine = FirstLine(path);
        var start = firstLine.TrimStart();
        if (ext != ".csv" && (start.StartsWith('[') || start.StartsWith('{')))
        {
            return InputFormat.Json;
        }

        var header = firstLine.Split(',').Select(h => h.Trim().Trim('"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (header.Contains("concentrationMgM3") && header.Contains("hour"))
        {
            return InputFormat.ReadingsCsv;
        }

        if (header.Contains("violationFound"))
        {
            return InputFormat.InspectionsCsv;
        }

        throw new InvalidDataException(
            $"{path}: cannot tell what this file holds; expected JSON records, an inspections CSV " +
            "(enterpriseId,date,violationFound) or a readings CSV (enterpriseId,facilityId,pollutant,hour,concentrationMgM3)");
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Trim().Length > 0)
            {
                return line.TrimStart('\uFEFF');
            }
        }

        return "";
    }
}

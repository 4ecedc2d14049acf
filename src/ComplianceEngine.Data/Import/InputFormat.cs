namespace ComplianceEngine.Data.Import;

public enum InputFormat
{
    /// <summary>A JSON array or JSON lines of contract records and/or inspection objects.</summary>
    Json,
    InspectionsCsv,
    ReadingsCsv,
}

namespace ComplianceEngine.Core.Records;

public enum RecordKind
{
    Project,
    Enterprise,
}

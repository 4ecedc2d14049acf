namespace ComplianceEngine.Data.Import;

public sealed record InspectionRow(string EnterpriseId, DateOnly Date, bool ViolationFound);

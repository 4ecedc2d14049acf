namespace ComplianceEngine.Rules.Parameters;

public enum ParameterType
{
    Date,
    Number,
    Flag,
}

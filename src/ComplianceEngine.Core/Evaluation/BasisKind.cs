namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// What kind of text a finding rests on: a law (法律), an administrative regulation or ministry rule (行政法规、部门规章),
/// a mandatory national standard (强制性标准), a plan or policy document (规划、规范性文件), or a bureau's own screening
/// value. Only the first three can make a prohibition, an obligation or a legal-limit exceedance.
/// </summary>
public enum BasisKind
{
    Law,
    Regulation,
    Standard,
    Plan,
    BureauValue,
}

using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests;

/// <summary>
/// The bundled sample predates contract revision 2 and has no legal representative, address, facility names, builder,
/// project code or EIA document. Golden instruments show the party as the register would give it: these made-up
/// values fill the optional fields after screening (no rule reads them, so the findings are unchanged).
/// </summary>
internal static class RegisterDetails
{
    public static ScreenedRecord Complete(ScreenedRecord r) => r with { Record = Complete(r.Record) };

    public static ComplianceRecord Complete(ComplianceRecord record) => record switch
    {
        EnterpriseRecord e => e with
        {
            LegalRepresentative = "王建国",
            Address = $"{e.City}{e.County}工业园区8号",
            Facilities = [.. e.Facilities.Select((f, i) => f with { Name = $"{i + 1}号{ContractLabels.InChinese(f.Type)}" })],
        },
        ProjectRecord p => p with
        {
            Builder = new ProjectBuilder { Name = p.Name.Replace("项目", "", StringComparison.Ordinal) + "建设有限公司", CreditCode = "91360100MA35FGH21X" },
            ProjectCode = "2026-360100-26-03-000123",
            EiaDocument = "report",
        },
        _ => record,
    };
}

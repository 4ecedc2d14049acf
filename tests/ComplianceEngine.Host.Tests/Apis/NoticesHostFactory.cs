using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Apis;

/// <summary>
/// A host whose outbox holds the correction decisions of the sample's first two non-compliant enterprises, and an
/// enterprise key for the first of them.
/// </summary>
public sealed class NoticesHostFactory : HostFactory
{
    public const string OwnerKey = "enterprise-key-notices";
    public const string AsOf = "2026-11-23";

    private readonly ScreenedRecord[] _noncompliant;

    public NoticesHostFactory()
    {
        var ruleSet = RuleSetLoader.Load(RepositoryFile("rules"));
        var date = DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture);
        _noncompliant = [.. RecordReader.Read(File.ReadAllText(RepositoryFile("data", "sample", "enterprises.json")), "enterprises.json").Records
            .Select(p => p.Record!)
            .Select(r => new ScreenedRecord(r, ruleSet.Evaluate(r, date)))
            .Where(s => s.Result.Outcome == Outcome.Noncompliant && s.Result.Findings.Any(NoticePlanner.IsViolation))
            .Take(2)];
        ExtraSettings["Auth:ApiKeys:4:Key"] = OwnerKey;
        ExtraSettings["Auth:ApiKeys:4:Role"] = Roles.Enterprise;
        ExtraSettings["Auth:ApiKeys:4:EnterpriseId"] = Owner;
    }

    public string Owner => _noncompliant[0].Record.Id;

    public string Other => _noncompliant[1].Record.Id;

    public async Task<FillResult> FillAsync()
    {
        var date = DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture);
        var requests = _noncompliant.Select(s => NoticePlanner.For(NoticeType.CorrectionDecision, s, date)!).ToArray();
        return await Services.GetRequiredService<NoticeOutbox>().FillAsync(requests);
    }
}

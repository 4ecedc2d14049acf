using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Notices;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Rendering;
using Npgsql;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Apis;

/// <summary>
/// A host with the correction decisions of the sample's first two non-compliant enterprises, drafted (<see cref="DraftAsync"/>)
/// or drafted and issued by an enforcement officer so that the outbox holds them (<see cref="FillAsync"/>), and an
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

    public async Task<FillResult> DraftAsync()
    {
        var date = DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture);
        var requests = _noncompliant.Select(s => NoticePlanner.For(NoticeType.CorrectionDecision, s, date)!).ToArray();
        return await Services.GetRequiredService<NoticeOutbox>().FillAsync(requests);
    }

    /// <summary>The id of the drafted decision about an enterprise.</summary>
    public async Task<long> DraftIdAsync(string enterpriseId) =>
        (await new DocumentStore(Services.GetRequiredService<NpgsqlDataSource>()).ForSubjectAsync(NoticeSubject.EnterpriseKind, enterpriseId)).Single().Id;

    /// <summary>Registers the two enterprises (the notices API answers 404 for an enterprise not in the register), drafts and issues their decisions.</summary>
    public async Task FillAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notices-register-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, _noncompliant.Select(s => RecordWriter.Write(s.Record)));
        try
        {
            await new Importer(Services.GetRequiredService<NpgsqlDataSource>()).ImportAsync(file);
        }
        finally
        {
            File.Delete(file);
        }

        await DraftAsync();
        var drafts = new DecisionDrafts(new DocumentStore(Services.GetRequiredService<NpgsqlDataSource>()), Services.GetRequiredService<NoticeRenderer>());
        foreach (var s in _noncompliant)
        {
            var id = await DraftIdAsync(s.Record.Id);
            var officer = new Issuer("测试执法员", Roles.Enforcement);
            var at = new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
            // The sample has no legal representative, address or bureau telephone: the officer fills them before issuing.
            var draft = await new DocumentStore(Services.GetRequiredService<NpgsqlDataSource>()).GetAsync(id);
            if (drafts.Blanks(draft!) is { Count: > 0 } blanks)
            {
                await drafts.FillAsync(id, blanks.ToDictionary(b => b, b => "测试补填" + b), officer, at);
            }

            await drafts.IssueAsync(id, officer, at);
        }
    }
}

using System.Net;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Screening;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>Issue 11 item 6: a project whose screening opinion cannot be made is set aside, and the projects after it still get theirs.</summary>
[Collection(HangfireCollection.Name)]
public sealed class PoisonedRecordTests(JobsHostFactory host) : IClassFixture<JobsHostFactory>
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Fact]
    public async Task RunAsync_IssuesTheOtherOpinionsAndSetsThePoisonedProjectAside_WhenOneProjectHasA1MbName()
    {
        // Screened in this order, so the poisoned project sits between two others in the job's list.
        await ScreenAsync(Project("P-POISON-A", "某项目"));
        await ScreenAsync(Project("P-POISON-B", new string('名', 1 << 20)));
        await ScreenAsync(Project("P-POISON-C", "另一项目"));

        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ScreeningOpinions>().RunAsync(CancellationToken.None);
        }

        // A project in the ecological red line is rejected: its instrument is a 不予批准决定书, drafted for an officer to issue.
        Assert.Equal(["P-POISON-A", "P-POISON-C"], await Column("SELECT subject_id FROM documents WHERE document_type = 'rejection-decision' ORDER BY subject_id"));
        var setAside = Assert.Single((await host.Services.GetRequiredService<SetAsideRecords>().LatestAsync(new ComplianceEngine.Data.Paging.PageRequest(1, 10))).Rows);
        Assert.Equal(("screening-opinions", "project", "P-POISON-B", AsOf), (setAside.Job, setAside.Kind, setAside.RecordId, setAside.AsOf));
        Assert.False(string.IsNullOrWhiteSpace(setAside.Error));
        Assert.True(setAside.Error.Length <= SetAsideRecords.MaxErrorLength + 1);

        // Admins see it in the API; officers do not.
        using var admin = host.ClientWithKey(HostFactory.AdminKey);
        using var listed = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/jobs/set-aside"));
        Assert.Equal("P-POISON-B", listed.RootElement.GetProperty("records")[0].GetProperty("recordId").GetString());
        using var officer = host.ClientWithKey(HostFactory.OfficerKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/jobs/set-aside")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/jobs/set-aside?page=abc")).StatusCode);
    }

    private static ProjectRecord Project(string id, string name)
    {
        // The reader refuses a name past its limit today; a record stored before that limit must still not block the job.
        var project = (ProjectRecord)RecordReader.Read(Projects.Json(id, inEcologicalRedLine: true), id).Records.Single().Record!;
        return project with { Name = name };
    }

    private async Task ScreenAsync(ProjectRecord project)
    {
        var ruleSet = host.Services.GetRequiredService<RuleSetHolder>().Current;
        await host.Services.GetRequiredService<RecordScreening>().ScreenAsync(ruleSet, project, AsOf);
    }

    private async Task<List<string>> Column(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Tests;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Tests.Outbox;
using Dapper;

namespace ComplianceEngine.Notices.Tests.Documents;

public class DecisionDraftsTests : IClassFixture<TestDatabase>
{
    private static readonly DateTime Noon = new(2026, 11, 23, 4, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _db;

    public DecisionDraftsTests(TestDatabase db) => _db = db;

    // The first decision of a kind is only drafted here, the last one issued, so the tests do not meet in the shared database.
    private static NoticeRequest Decision(NoticeType type) => SampleNotices.All().First(r => r.Type == type);

    private static NoticeRequest Issuable() => SampleNotices.All().Last(r => r.Type == NoticeType.CorrectionDecision);

    [Theory]
    [InlineData(NoticeType.CorrectionDecision)]
    [InlineData(NoticeType.RejectionDecision)]
    public async Task FillAsync_KeepsADecisionAsAnUnnumberedDraftOutsideTheOutbox_WhenFilled(NoticeType type)
    {
        var request = Decision(type);
        var fill = await SampleNotices.Outbox(_db.DataSource).FillAsync([request]);

        var store = new DocumentStore(_db.DataSource);
        var draft = Assert.Single(await store.ForSubjectAsync(request.Subject.Kind, request.Subject.Id), d => d.DocumentType == type.Slug());
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM notices WHERE subject_id = @Id AND notice_type = @Type", new { request.Subject.Id, Type = type.Slug() }));
        Assert.Equal("draft", draft.Status);
        Assert.Null(draft.Number);
        var draftText = await connection.ExecuteScalarAsync<string>("SELECT draft_text FROM documents WHERE id = @Id", new { draft.Id });
        Assert.Contains("〔2026〕\u3000\u3000号", draftText);
        Assert.Contains("草稿", draftText);
        Assert.DoesNotContain("签发人", draftText, StringComparison.Ordinal);
        Assert.True(fill.Inserted + fill.AlreadyPresent == 1);
    }

    [Fact]
    public async Task IssueAsync_NumbersRecordsAndQueuesTheDecisionOnce_WhenAnOfficerIssuesIt()
    {
        var request = Issuable();
        await SampleNotices.Outbox(_db.DataSource).FillAsync([request]);
        var store = new DocumentStore(_db.DataSource);
        var drafts = new DecisionDrafts(store, SampleNotices.Renderer.Value);
        var id = (await store.ForSubjectAsync(request.Subject.Kind, request.Subject.Id)).Single(d => d.DocumentType == "correction-decision").Id;
        await FillBlanksAsync(drafts, store, id);

        var issued = await drafts.IssueAsync(id, new Issuer("李明", "officer"), Noon);
        var again = await drafts.IssueAsync(id, new Issuer("王芳", "officer"), Noon.AddHours(1));

        Assert.True(issued.IssuedNow);
        var d = issued.Document!;
        Assert.Matches(@"责改〔2026〕[1-9][0-9]*号$", d.Number);
        Assert.Contains(d.Number!, d.Text);
        Assert.DoesNotContain("草稿", d.Text);
        Assert.Equal(("李明", "officer", Noon), (d.IssuedBy, d.IssuedRole, d.IssuedAt));
        Assert.Contains("签发人：李明", d.Text, StringComparison.Ordinal);
        Assert.Contains("签发人：李明", d.Html, StringComparison.Ordinal);
        Assert.False(again.IssuedNow);
        Assert.Equal(d.Number, again.Document!.Number);
        Assert.Equal("李明", again.Document.IssuedBy);
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        var queued = (await connection.QueryAsync<(string Number, string Status, string Text)>(
            "SELECT number, status, text FROM notices WHERE id = @Id", new { Id = d.NoticeId })).Single();
        Assert.Equal((d.Number, "pending", d.Text), queued);
    }

    [Fact]
    public async Task IssueAsync_RefusesByNameAndUsesNoNumber_WhileARequiredElementIsBlank()
    {
        var request = Decision(NoticeType.RejectionDecision) with { Subject = NoticeSubject.Of(((Core.Records.ProjectRecord)Decision(NoticeType.RejectionDecision).Subject.Record!) with { Builder = null }) };
        await SampleNotices.Outbox(_db.DataSource).FillAsync([request]);
        var store = new DocumentStore(_db.DataSource);
        var drafts = new DecisionDrafts(store, SampleNotices.Renderer.Value);
        var draft = (await store.ForSubjectAsync(request.Subject.Kind, request.Subject.Id)).Single(d => d.DocumentType == "rejection-decision");
        await using var connection = await _db.DataSource.OpenConnectionAsync();
        const string Taken = "SELECT coalesce(sum(last_value), 0) FROM notice_sequences WHERE notice_type = 'rejection-decision'";
        var before = await connection.ExecuteScalarAsync<long>(Taken);

        var refused = await Assert.ThrowsAsync<BlankElementsException>(() => drafts.IssueAsync(draft.Id, new Issuer("李明", "officer"), Noon));

        Assert.Contains(RequiredElements.Builder, refused.Elements);
        Assert.Contains(RequiredElements.ContactPhone, refused.Elements);
        Assert.Contains("建设单位", refused.ElementsZh, StringComparison.Ordinal);
        var after = await store.GetAsync(draft.Id);
        Assert.Equal(("draft", null), (after!.Status, after.Number));
        Assert.Equal(before, await connection.ExecuteScalarAsync<long>(Taken));
    }

    [Fact]
    public async Task FillAsync_RecordsWhoFilledAndTheIssuedTextCarriesNoBlank_WhenTheOfficerFillsEveryElement()
    {
        var request = Decision(NoticeType.RejectionDecision) with { Subject = NoticeSubject.Of(((Core.Records.ProjectRecord)Decision(NoticeType.RejectionDecision).Subject.Record!) with { Id = "P-FILL", Builder = null, ProjectCode = null }) };
        await SampleNotices.Outbox(_db.DataSource).FillAsync([request]);
        var store = new DocumentStore(_db.DataSource);
        var drafts = new DecisionDrafts(store, SampleNotices.Renderer.Value);
        var id = (await store.ForSubjectAsync("project", "P-FILL")).Single().Id;

        var bad = await Assert.ThrowsAsync<ArgumentException>(() => drafts.FillAsync(id, new Dictionary<string, string> { ["eiaDocument"] = "报告书" }, new Issuer("李明", "officer"), Noon));
        var filled = await drafts.FillAsync(id, new Dictionary<string, string>
        {
            [RequiredElements.Builder] = "赣州某某建设有限公司", [RequiredElements.BuilderCreditCode] = "91360700MA00000001",
            [RequiredElements.ProjectCode] = "2026-360700-26-03-000001", [RequiredElements.EiaDocument] = "report",
            [RequiredElements.ContactPhone] = "0797-0000000",
        }, new Issuer("李明", "officer"), Noon);
        var issued = await drafts.IssueAsync(id, new Issuer("李明", "officer"), Noon.AddMinutes(5));

        Assert.Contains("eiaDocument", bad.Message, StringComparison.Ordinal);
        Assert.True(filled.FilledNow);
        Assert.Contains("建设单位：赣州某某建设有限公司", filled.Document!.DraftText, StringComparison.Ordinal);
        var who = RequiredElements.Read((await store.GetAsync(id))!.FilledJson)[RequiredElements.ContactPhone];
        Assert.Equal(("0797-0000000", "李明", "officer"), (who.Value, who.By, who.Role));
        Assert.Equal(Noon, who.At.ToUniversalTime());
        Assert.True(issued.IssuedNow);
        Assert.DoesNotContain("补填", issued.Document!.Text, StringComparison.Ordinal);
        Assert.Contains("联系电话：0797-0000000", issued.Document.Text, StringComparison.Ordinal);
        Assert.Contains("项目代码：2026-360700-26-03-000001", issued.Document.Text, StringComparison.Ordinal);
    }

    /// <summary>Fills every blank of draft <paramref name="id"/> as an officer would, so it may be issued.</summary>
    private static async Task FillBlanksAsync(DecisionDrafts drafts, DocumentStore store, long id)
    {
        var blanks = drafts.Blanks((await store.GetAsync(id))!);
        if (blanks.Count > 0)
        {
            await drafts.FillAsync(id, blanks.ToDictionary(b => b, b => b == RequiredElements.EiaDocument ? "report" : "已核实" + b), new Issuer("李明", "officer"), Noon);
        }
    }

    [Fact]
    public void Request_ReadsBackTheSameFindingSet_WhenADraftIsStored()
    {
        var request = Decision(NoticeType.CorrectionDecision);
        var stored = new StoredDocument
        {
            Id = 1, SubjectKind = request.Subject.Kind, SubjectId = request.Subject.Id, DocumentType = "correction-decision",
            FindingSetHash = request.FindingSetHash, Period = request.Period, Language = "zh", AuthorityCity = request.Subject.City,
            AsOf = request.AsOf, RecordJson = Core.Records.RecordWriter.Write(request.Subject.Record!),
            FindingsJson = System.Text.Json.JsonSerializer.Serialize(request.Findings, Core.Evaluation.ResultJson.Compact),
            Outcome = "noncompliant", Status = "draft",
        };

        var back = DecisionDrafts.Request(stored);
        var check = new OnSiteCheck(new DateOnly(2026, 11, 20), "张伟", true, "F-1", "SO2", "现场核实");
        var inspected = DecisionDrafts.Request(stored with { CheckJson = System.Text.Json.JsonSerializer.Serialize(check, Core.Evaluation.ResultJson.Compact) });

        Assert.Equal(check, inspected.Check);
        Assert.Null(back.Check);
        Assert.Equal(request.FindingSetHash, back.FindingSetHash);
        Assert.Equal(SampleNotices.Renderer.Value.Render(request, "zh", 5, draft: false).Text, SampleNotices.Renderer.Value.Render(back, "zh", 5, draft: false).Text);
    }
}

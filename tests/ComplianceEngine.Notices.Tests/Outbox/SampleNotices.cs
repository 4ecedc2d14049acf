using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;
using Npgsql;

namespace ComplianceEngine.Notices.Tests.Outbox;

/// <summary>The notices the bundled sample needs, and the shipped renderer.</summary>
internal static class SampleNotices
{
    public static readonly Lazy<NoticeRenderer> Renderer = new(() => NoticeRenderer.Load(RepositoryFiles.Notices));

    public static IReadOnlyList<NoticeRequest> All() =>
        NoticePlanner.Plan(SampleScreening.All, SampleScreening.AsOf, [.. NoticeTypes.All]);

    /// <summary>The outbox over a test database, with the shipped renderer and its decision drafts.</summary>
    public static NoticeOutbox Outbox(NpgsqlDataSource dataSource) =>
        new(new NoticeStore(dataSource), new DecisionDrafts(new DocumentStore(dataSource), Renderer.Value), Renderer.Value);

    /// <summary>The notices that go to the outbox when filled: all but signed instruments, which wait as drafts for an officer.</summary>
    public static IReadOnlyList<NoticeRequest> Deliverable() => [.. All().Where(r => !r.Type.IsSigned())];
}

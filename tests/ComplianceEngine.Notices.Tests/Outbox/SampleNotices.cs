using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Notices.Tests.Outbox;

/// <summary>The notices the bundled sample needs, and the shipped renderer.</summary>
internal static class SampleNotices
{
    public static readonly Lazy<NoticeRenderer> Renderer = new(() => NoticeRenderer.Load(RepositoryFiles.Notices));

    public static IReadOnlyList<NoticeRequest> All() =>
        NoticePlanner.Plan(SampleScreening.All, SampleScreening.AsOf, [.. NoticeTypes.All]);

    /// <summary>The notices that go to the outbox when filled: all but decisions, which wait as drafts for an officer.</summary>
    public static IReadOnlyList<NoticeRequest> Deliverable() => [.. All().Where(r => !r.Type.IsDecision())];
}

namespace ComplianceEngine.Notices.Tests;

public class NoticeTypesTests
{
    [Fact]
    public void Parse_ReadsEverySlug_WhenGivenTheSlugOfAKind() =>
        Assert.All(NoticeTypes.All, t => Assert.Equal(t, NoticeTypes.Parse(t.Slug())));

    [Theory]
    [InlineData("rectification", NoticeType.CorrectionDecision)]
    [InlineData("deadline-reminder", NoticeType.SupervisionLetter)]
    public void Parse_ReadsTheOldName_WhenAJobQueuedBeforeTheKindsWereSplitRuns(string slug, NoticeType expected) =>
        Assert.Equal(expected, NoticeTypes.Parse(slug));

    [Fact]
    public void Parse_ThrowsListingTheKinds_WhenTheSlugIsUnknown() =>
        Assert.Contains("correction-decision", Assert.Throws<ArgumentException>(() => NoticeTypes.Parse("screening-opinion")).Message);

    [Fact]
    public void IsDecision_HoldsForTheTwoDecisionsOnly_WhenAskedOfEveryKind() =>
        Assert.Equal([NoticeType.CorrectionDecision, NoticeType.RejectionDecision], NoticeTypes.All.Where(t => t.IsDecision()));

    [Fact]
    public void IsSigned_HoldsForTheDecisionsAndTheProjectInstruments_WhenAskedOfEveryKind() =>
        Assert.Equal([NoticeType.CorrectionDecision, NoticeType.RejectionDecision, NoticeType.SupplementRequest, NoticeType.ApprovalOpinion],
            NoticeTypes.All.Where(t => t.IsSigned()));
}

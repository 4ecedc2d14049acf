using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Host.Pages.Projects;

namespace ComplianceEngine.Host.Tests.Pages.Projects;

public sealed class ProjectLabelsTests
{
    [Theory]
    [InlineData(false, "有待履行的义务")]
    [InlineData(true, "有逾期未落实的事项")]
    public void Status_NeverSaysObligationsDueBesideAnOverdueItem_WhenTheEnterpriseIsDue(bool anyOverdue, string expected)
    {
        Assert.Equal(expected, ProjectLabels.Status(Outcome.Due, anyOverdue));
    }
}

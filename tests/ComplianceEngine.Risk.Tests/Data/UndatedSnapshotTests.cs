using ComplianceEngine.Core.Records;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Evaluation;

namespace ComplianceEngine.Risk.Tests.Data;

/// <summary>Issue 11 item 8: contract-shaped enterprise records (no snapshotDate) are one snapshot, and the leakage risk is stated.</summary>
public class UndatedSnapshotTests
{
    private const string Contract = """
        [{"kind":"enterprise","id":"E-1","name":"某钢铁有限公司","industryCode":"3120","city":"九江市",
          "permit":{"number":"P-1","managementClass":"key","validFrom":"2021-06-01","validTo":"2026-05-31"}},
         {"kind":"enterprise","id":"E-2","name":"某钢铁有限公司","industryCode":"3120","city":"九江市","snapshotDate":"2024-01-01",
          "permit":{"number":"P-2","managementClass":"key","validFrom":"2021-06-01","validTo":"2026-05-31"}}]
        """;

    [Fact]
    public void ReadFiles_DatesRecordsWithoutSnapshotDateByTheGivenDate_AndMarksThemUndated()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ce-undated-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Contract);
        try
        {
            var (snapshots, invalid) = SnapshotReader.ReadFiles([path], new DateOnly(2025, 1, 1));

            Assert.Equal(0, invalid);
            Assert.Equal((new DateOnly(2025, 1, 1), true), (snapshots[0].SnapshotDate, snapshots[0].Undated));
            Assert.Equal((new DateOnly(2024, 1, 1), false), (snapshots[1].SnapshotDate, snapshots[1].Undated));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Build_UsesTheUndatedSnapshotAndMarksIt_WhenNoSnapshotPrecedesTheInspection()
    {
        var record = (EnterpriseRecord)RecordReader.Read(Contract, "c.json").Records[0].Record!;
        var undated = new EnterpriseSnapshot(record, new DateOnly(2025, 1, 1), Undated: true);
        var dated = new EnterpriseSnapshot(record with { Id = "E-2" }, new DateOnly(2025, 1, 1));
        var inspections = new[] { new InspectionOutcome("E-1", new(2024, 6, 1), true), new InspectionOutcome("E-2", new(2024, 6, 1), false) };

        var (examples, unmatched) = TrainingSetBuilder.Build(Fixture.Extractor, [undated, dated], inspections, null, new(2025, 1, 1));

        // E-1's only snapshot is undated and later: used, read as of the inspection date, marked. E-2's is dated and later: never used.
        var example = Assert.Single(examples);
        Assert.True(example.SnapshotAfterInspection);
        Assert.Equal(new DateOnly(2024, 6, 1), example.Features.AsOf);
        Assert.Equal(1, unmatched);
    }

    [Fact]
    public void Build_PrefersAnEarlierDatedSnapshot_WhenThereIsOne()
    {
        var record = (EnterpriseRecord)RecordReader.Read(Contract, "c.json").Records[0].Record!;
        var earlier = new EnterpriseSnapshot(record, new DateOnly(2024, 1, 1));
        var undated = new EnterpriseSnapshot(record, new DateOnly(2025, 1, 1), Undated: true);

        var (examples, _) = TrainingSetBuilder.Build(Fixture.Extractor, [earlier, undated], [new InspectionOutcome("E-1", new(2024, 6, 1), true)], null, new(2025, 1, 1));

        Assert.False(Assert.Single(examples).SnapshotAfterInspection);
    }

    [Fact]
    public void Markdown_StatesTheLeakageRisk_OnlyWhenSnapshotsCameAfterInspections()
    {
        var model = Fixture.TrainedModel;
        var test = Fixture.PanelData.Examples.Where(e => e.InspectionDate >= Fixture.Cutoff).ToArray();
        var (clean, _) = RiskEvaluator.Evaluate(model, test, Fixture.Cutoff, new DateOnly(2026, 1, 1), 20);
        var leaky = clean with { TestRowsWithLaterSnapshot = 7 };

        Assert.Null(clean.LeakageRisk);
        Assert.DoesNotContain("Leakage risk", ReportWriter.Markdown(clean), StringComparison.Ordinal);
        Assert.StartsWith($"0 of {clean.TrainingRows} training inspections and 7 of {clean.Rows} test inspections", leaky.LeakageRisk, StringComparison.Ordinal);
        Assert.Contains("## Leakage risk", ReportWriter.Markdown(leaky), StringComparison.Ordinal);
        Assert.Contains("数据泄漏风险", ReportWriter.Markdown(leaky), StringComparison.Ordinal);
    }
}

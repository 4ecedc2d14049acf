using ComplianceEngine.Core.Records;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Tests.Features;

public class FeatureExtractorTests
{
    private static readonly DateOnly AsOf = new(2025, 1, 1);

    private static EnterpriseRecord Steelworks(Permit? permit = null, IReadOnlyList<Emission>? emissions = null) => new()
    {
        Id = "E-1", Name = "某钢铁有限公司", IndustryCode = "3120", City = "九江市",
        Permit = permit ?? new Permit { Number = "P-1", ManagementClass = "key", ValidFrom = new(2021, 6, 1), ValidTo = new(2026, 5, 31), LastAnnualReportYear = 2024 },
        Facilities =
        [
            new Facility { Id = "SJ-1", Type = "sintering", UltraLowStatus = "not-started", OnlineMonitoring = true },
            new Facility { Id = "GL-1", Type = "boiler", Fuel = "coal", CapacityTph = 75, UltraLowStatus = "completed", UltraLowCompletedOn = new(2020, 5, 1), OnlineMonitoring = true },
        ],
        Emissions = emissions ?? [new Emission { FacilityId = "GL-1", Pollutant = "NOx", ConcentrationMgM3 = 30, Period = new(2024, 9, 1) }],
        History = new EnforcementHistory { Violations3y = 2, Inspections3y = 4, Complaints12m = 1, CreditRating = "red" },
        Sectors = SectorMap.SectorsOf("3120", []),
    };

    [Fact]
    public void Compute_IgnoresEmission_WhenItsPeriodIsAfterAsOf()
    {
        var before = Fixture.Extractor.Compute(Steelworks(), AsOf);
        var later = new Emission { FacilityId = "GL-1", Pollutant = "NOx", ConcentrationMgM3 = 900, Period = new(2025, 3, 1) };
        var after = Fixture.Extractor.Compute(Steelworks(emissions: [.. Steelworks().Emissions, later]), AsOf);

        Assert.Equal(before.Values, after.Values);
    }

    [Fact]
    public void Compute_CountsExceedance_WhenEmissionIsWithinTheYear()
    {
        var high = new Emission { FacilityId = "GL-1", Pollutant = "NOx", ConcentrationMgM3 = 900, Period = new(2024, 11, 1) };
        var features = Fixture.Extractor.Compute(Steelworks(emissions: [high]), AsOf);

        Assert.True(features["limits.exceedances"] >= 1);
        Assert.True(features["limits.exceedanceRatio"] > 1);
    }

    [Fact]
    public void Compute_ReadsHistoryPermitSectorAndCity_WhenRecordIsComplete()
    {
        var features = Fixture.Extractor.Compute(Steelworks(), AsOf);

        Assert.Equal(FeatureSchema.Count, features.Values.Length);
        Assert.Equal(2, features["history.violations3y"]);
        Assert.Equal(3, features["history.creditRating"]);
        Assert.Equal(1, features["permit.valid"]);
        Assert.Equal(1, features["management.key"]);
        Assert.Equal(1, features["sector.steel"]);
        Assert.Equal(1, features["city.九江市"]);
        Assert.Equal(1, features["record.unfinishedRetrofits"]);
    }

    [Fact]
    public void Compute_TreatsPermitAsNone_WhenIssuedAfterAsOf()
    {
        var later = new Permit { Number = "P-2", ManagementClass = "key", ValidFrom = new(2025, 2, 1), ValidTo = new(2030, 1, 31) };
        var features = Fixture.Extractor.Compute(Steelworks(permit: later), AsOf);

        Assert.Equal(1, features["permit.none"]);
        Assert.Equal(0, features["permit.valid"]);
    }

    [Fact]
    public void Compute_MarksPermitExpired_WhenValidToIsBeforeAsOf()
    {
        var lapsed = new Permit { Number = "P-1", ManagementClass = "simplified", ValidFrom = new(2019, 1, 1), ValidTo = new(2023, 12, 31) };
        var features = Fixture.Extractor.Compute(Steelworks(permit: lapsed), AsOf);

        Assert.Equal(1, features["permit.expired"]);
        Assert.True(features["findings.prohibition"] >= 1);
    }

    [Fact]
    public void Build_KeepsFeatures_WhenLaterSnapshotAndInspectionAreAdded()
    {
        var early = new EnterpriseSnapshot(Steelworks(), AsOf);
        var inspection = new InspectionOutcome("E-1", new(2025, 6, 1), true);
        var (first, _) = TrainingSetBuilder.Build(Fixture.Extractor, [early], [inspection], null, new(2026, 1, 1));

        var worse = Steelworks(permit: null) with { Permit = null, History = new EnforcementHistory { Violations3y = 9 } };
        var (second, _) = TrainingSetBuilder.Build(Fixture.Extractor, [early, new EnterpriseSnapshot(worse, new(2026, 1, 1))],
            [inspection, new InspectionOutcome("E-1", new(2026, 3, 1), true)], null, new(2026, 1, 1));

        var only = Assert.Single(second);
        Assert.Equal(Assert.Single(first).Features.Values, only.Features.Values);
        Assert.Equal(AsOf, only.Features.AsOf);
    }

    [Fact]
    public void Schema_HasUniqueNamesAndAVersion_WhenBuilt()
    {
        Assert.Equal(FeatureSchema.Names.Count, FeatureSchema.Names.Distinct().Count());
        Assert.StartsWith("risk-features/", FeatureSchema.Version);
        Assert.Equal(64, FeatureSchema.Fingerprint.Length);
    }

    [Fact]
    public void ComputeAll_ReturnsNoVectors_WhenThereIsNothingToFeature()
    {
        // No inspection with an earlier snapshot, or an empty input: no crash in Partitioner.Create on an empty range.
        Assert.Empty(Fixture.Extractor.ComputeAll(Array.Empty<(EnterpriseRecord, DateOnly)>()));
    }
}

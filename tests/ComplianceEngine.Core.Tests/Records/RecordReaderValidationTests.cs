using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class RecordReaderValidationTests
{
    [Theory]
    [InlineData("id", RecordJson.Remove, "$.id", "required field is missing")]
    [InlineData("id", "null", "$.id", "expected a string, got null")]
    [InlineData("name", "5", "$.name", "expected a string, got number")]
    [InlineData("industryCode", "\"312\"", "$.industryCode", "must be 4 digits, got '312'")]
    [InlineData("industryCode", "\"31a0\"", "$.industryCode", "must be 4 digits, got '31a0'")]
    [InlineData("industryCode", "3120", "$.industryCode", "expected a string, got number")]
    [InlineData("city", "\"\"", "$.city", "must not be empty")]
    [InlineData("city", RecordJson.Remove, "$.city", "required field is missing")]
    [InlineData("county", "[]", "$.county", "expected a string, got array")]
    [InlineData("creditCode", "\"91360400MA35H8K2RX\"", "$.creditCode", "check character is 'X', expected 'G' (GB 32100-2015)")]
    [InlineData("creditCode", "\"91360400MA35H8K2R\"", "$.creditCode", "must be 18 characters, got 17")]
    [InlineData("creditCode", "\"9136040OMA35H8K2RG\"", "$.creditCode", "character 'O' at position 8 is not allowed")]
    [InlineData("permit", RecordJson.Remove, "$.permit", "required field is missing")]
    [InlineData("permit", "\"none\"", "$.permit", "expected an object or null, got string")]
    [InlineData("permit.number", RecordJson.Remove, "$.permit.number", "required field is missing")]
    [InlineData("permit.managementClass", "\"major\"", "$.permit.managementClass", "unknown value 'major' (expected one of key, simplified, registration)")]
    [InlineData("permit.validFrom", "\"2021/06/01\"", "$.permit.validFrom", "expected a date yyyy-MM-dd, got '2021/06/01'")]
    [InlineData("permit.validFrom", RecordJson.Remove, "$.permit.validFrom", "required field is missing")]
    [InlineData("permit.validTo", "\"2026-02-30\"", "$.permit.validTo", "'2026-02-30' is not a calendar date")]
    [InlineData("permit.validTo", "\"2020-01-01\"", "$.permit.validTo", "validTo 2020-01-01 is before validFrom 2021-06-01")]
    [InlineData("permit.lastAnnualReportYear", "2024.5", "$.permit.lastAnnualReportYear", "expected an integer, got 2024.5")]
    [InlineData("permit.lastAnnualReportYear", "\"2024\"", "$.permit.lastAnnualReportYear", "expected an integer, got string")]
    [InlineData("facilities", "{}", "$.facilities", "expected an array, got object")]
    [InlineData("facilities[0]", "\"GL-1\"", "$.facilities[0]", "expected an object, got string")]
    [InlineData("facilities[0].id", RecordJson.Remove, "$.facilities[0].id", "required field is missing")]
    [InlineData("facilities[1].id", "\"GL-1\"", "$.facilities[1].id", "duplicate facility id 'GL-1'")]
    [InlineData("facilities[0].type", RecordJson.Remove, "$.facilities[0].type", "required field is missing")]
    [InlineData("facilities[0].type", "\"furnace\"", "$.facilities[0].type", "unknown value 'furnace' (expected one of boiler, power-unit,")]
    [InlineData("facilities[0].fuel", "\"diesel\"", "$.facilities[0].fuel", "unknown value 'diesel' (expected one of coal, gas, oil, biomass, electric)")]
    [InlineData("facilities[0].capacityTph", "0", "$.facilities[0].capacityTph", "must be > 0")]
    [InlineData("facilities[0].capacityTph", "-5", "$.facilities[0].capacityTph", "must be > 0")]
    [InlineData("facilities[0].capacityTph", "\"75\"", "$.facilities[0].capacityTph", "expected a number, got string")]
    [InlineData("facilities[0].capacityTph", "1e400", "$.facilities[0].capacityTph", "number out of range")]
    [InlineData("facilities[1].capacityMw", "0", "$.facilities[1].capacityMw", "must be > 0")]
    [InlineData("facilities[0].ultraLowStatus", "\"done\"", "$.facilities[0].ultraLowStatus", "unknown value 'done' (expected one of completed, in-progress, not-started)")]
    [InlineData("facilities[0].ultraLowCompletedOn", "\"2023-9-30\"", "$.facilities[0].ultraLowCompletedOn", "expected a date yyyy-MM-dd, got '2023-9-30'")]
    [InlineData("facilities[0].lowNox", "\"yes\"", "$.facilities[0].lowNox", "expected a boolean, got string")]
    [InlineData("facilities[0].hasBypass", "1", "$.facilities[0].hasBypass", "expected a boolean, got number")]
    [InlineData("facilities[0].onlineMonitoring", "{}", "$.facilities[0].onlineMonitoring", "expected a boolean, got object")]
    [InlineData("facilities[1].vocTreated", "\"true\"", "$.facilities[1].vocTreated", "expected a boolean, got string")]
    [InlineData("lowVocMaterialShare", "1.5", "$.lowVocMaterialShare", "must be between 0 and 1")]
    [InlineData("lowVocMaterialShare", "-0.1", "$.lowVocMaterialShare", "must be between 0 and 1")]
    [InlineData("emissions", "{}", "$.emissions", "expected an array, got object")]
    [InlineData("emissions[0].facilityId", "\"X\"", "$.emissions[0].facilityId", "facilityId 'X' does not name a facility of this enterprise")]
    [InlineData("emissions[0].facilityId", RecordJson.Remove, "$.emissions[0].facilityId", "required field is missing")]
    [InlineData("emissions[0].pollutant", "\"CO\"", "$.emissions[0].pollutant", "unknown value 'CO' (expected one of PM, SO2, NOx, NMHC)")]
    [InlineData("emissions[0].concentrationMgM3", "-1", "$.emissions[0].concentrationMgM3", "must be >= 0")]
    [InlineData("emissions[0].concentrationMgM3", RecordJson.Remove, "$.emissions[0].concentrationMgM3", "required field is missing")]
    [InlineData("emissions[0].period", "\"2025-13\"", "$.emissions[0].period", "expected a month yyyy-MM, got '2025-13'")]
    [InlineData("emissions[0].period", "\"2025-09-01\"", "$.emissions[0].period", "expected a month yyyy-MM, got '2025-09-01'")]
    [InlineData("emissions[0].period", "202509", "$.emissions[0].period", "expected a month yyyy-MM, got number")]
    [InlineData("history", "[]", "$.history", "expected an object or null, got array")]
    [InlineData("history.violations3y", "-1", "$.history.violations3y", "must be >= 0, got -1")]
    [InlineData("history.inspections3y", "1.5", "$.history.inspections3y", "expected an integer, got 1.5")]
    [InlineData("history.complaints12m", "\"3\"", "$.history.complaints12m", "expected an integer, got string")]
    [InlineData("history.creditRating", "\"orange\"", "$.history.creditRating", "unknown value 'orange' (expected one of green, blue, yellow, red, black)")]
    [InlineData("kind", "\"factory\"", "$.kind", "unknown value 'factory' (expected one of project, enterprise)")]
    [InlineData("kind", RecordJson.Remove, "$.kind", "required field is missing")]
    [InlineData("kind", "1", "$.kind", "expected a string, got number")]
    public void ReadOne_ReportsPathAndReason_WhenEnterpriseBreaksContract(string field, string value, string path, string reason)
    {
        var parsed = Read(RecordJson.With(TestData.Enterprise, field, value));

        Assert.False(parsed.IsValid);
        Assert.Null(parsed.Record);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal("test.json", error.Source);
        Assert.Equal(7, error.Index);
    }

    [Theory]
    [InlineData("enterpriseId", "7", "$.enterpriseId", "expected a string, got number")]
    [InlineData("constructionType", "\"build\"", "$.constructionType", "unknown value 'build' (expected one of new, expansion, renovation, relocation)")]
    [InlineData("constructionType", RecordJson.Remove, "$.constructionType", "required field is missing")]
    [InlineData("applicationDate", RecordJson.Remove, "$.applicationDate", "required field is missing")]
    [InlineData("applicationDate", "20250310", "$.applicationDate", "expected a date yyyy-MM-dd, got number")]
    [InlineData("applicationDate", "\"2025-03-10T00:00:00+08:00\"", "$.applicationDate", "expected a date yyyy-MM-dd")]
    [InlineData("annualEnergyTce", "-1", "$.annualEnergyTce", "must be >= 0, got -1")]
    [InlineData("annualEnergyTce", "\"1200\"", "$.annualEnergyTce", "expected a number, got string")]
    [InlineData("site", RecordJson.Remove, "$.site", "required field is missing")]
    [InlineData("site", "null", "$.site", "expected an object, got null")]
    [InlineData("site.inEcologicalRedLine", RecordJson.Remove, "$.site.inEcologicalRedLine", "required field is missing")]
    [InlineData("site.inPermanentBasicFarmland", RecordJson.Remove, "$.site.inPermanentBasicFarmland", "required field is missing")]
    [InlineData("site.inCountyBuiltUpArea", "null", "$.site.inCountyBuiltUpArea", "expected a boolean, got null")]
    [InlineData("site.inChemicalPark", "\"no\"", "$.site.inChemicalPark", "expected a boolean, got string")]
    [InlineData("site.inLivestockBanZone", "0", "$.site.inLivestockBanZone", "expected a boolean, got number")]
    [InlineData("site.distanceToYangtzeKm", "-2", "$.site.distanceToYangtzeKm", "must be >= 0")]
    [InlineData("site.cityPm25Attained", "\"yes\"", "$.site.cityPm25Attained", "expected a boolean, got string")]
    [InlineData("facilities", "[{\"fuel\": \"coal\"}]", "$.facilities[0].type", "required field is missing")]
    [InlineData("facilities", "[{\"type\": \"boiler\", \"capacityTph\": 0}]", "$.facilities[0].capacityTph", "must be > 0")]
    [InlineData("facilities", "[{\"id\": \"A\", \"type\": \"boiler\"}, {\"id\": \"A\", \"type\": \"boiler\"}]", "$.facilities[1].id", "duplicate facility id 'A'")]
    [InlineData("captiveCoalPowerUnit", "\"no\"", "$.captiveCoalPowerUnit", "expected a boolean, got string")]
    [InlineData("addsCapacity", "1", "$.addsCapacity", "expected a boolean, got number")]
    [InlineData("capacityReplacement", "1.2", "$.capacityReplacement", "expected an object or null, got number")]
    [InlineData("capacityReplacement", "{\"ratio\": 0, \"verified\": true}", "$.capacityReplacement.ratio", "must be > 0")]
    [InlineData("capacityReplacement", "{\"ratio\": -1.5, \"verified\": true}", "$.capacityReplacement.ratio", "must be > 0")]
    [InlineData("capacityReplacement", "{\"ratio\": 1.2}", "$.capacityReplacement.verified", "required field is missing")]
    [InlineData("heavyMetals", "[\"Pb\", \"Zn\"]", "$.heavyMetals[1]", "unknown value 'Zn' (expected one of Pb, Hg, Cd, Cr, As, Tl, Sb)")]
    [InlineData("heavyMetals", "\"Pb\"", "$.heavyMetals", "expected an array, got string")]
    [InlineData("heavyMetalOffset", "\"partial\"", "$.heavyMetalOffset", "unknown value 'partial' (expected one of reduction, equal, none)")]
    [InlineData("regionalOffset", "{\"pollutants\": [\"SO2\"], \"ratio\": 0}", "$.regionalOffset.ratio", "must be > 0")]
    [InlineData("regionalOffset", "{\"ratio\": 2}", "$.regionalOffset.pollutants", "required field is missing")]
    [InlineData("regionalOffset", "{\"pollutants\": [1], \"ratio\": 2}", "$.regionalOffset.pollutants[0]", "expected a string, got number")]
    [InlineData("regionalOffset", "{\"pollutants\": [\"SO2\"], \"ratio\": \"2\"}", "$.regionalOffset.ratio", "expected a number, got string")]
    [InlineData("lowVocMaterialShare", "2", "$.lowVocMaterialShare", "must be between 0 and 1")]
    [InlineData("usesEliminatedProcess", "\"false\"", "$.usesEliminatedProcess", "expected a boolean, got string")]
    public void ReadOne_ReportsPathAndReason_WhenProjectBreaksContract(string field, string value, string path, string reason)
    {
        var parsed = Read(RecordJson.With(TestData.Project, field, value));

        Assert.False(parsed.IsValid);
        Assert.Null(parsed.Record);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal("P-1", error.RecordId);
    }

    [Theory]
    [InlineData("county", "null")]
    [InlineData("creditCode", "null")]
    [InlineData("creditCode", RecordJson.Remove)]
    [InlineData("permit", "null")]
    [InlineData("permit.lastAnnualReportYear", "null")]
    [InlineData("facilities[0].fuel", "null")]
    [InlineData("emissions", "[]")]
    [InlineData("emissions[0].concentrationMgM3", "0")]
    [InlineData("history", "null")]
    [InlineData("history", "{}")]
    [InlineData("history.violations3y", "0")]
    [InlineData("lowVocMaterialShare", "0")]
    [InlineData("lowVocMaterialShare", "1")]
    [InlineData("permit.validTo", "\"2021-06-01\"")]
    [InlineData("permit.validTo", "\"2024-02-29\"")]
    [InlineData("facilities[0].ultraLowCompletedOn", "\"2023-09-30\"")]
    [InlineData("creditCode", "\"91110000600037341L\"")]
    [InlineData("permit.validTo", "\"2026\\u002d05\\u002d31\"")]
    [InlineData("emissions[0].period", "\"2025\\u002d09\"")]
    public void ReadOne_AcceptsRecord_WhenEnterpriseEdgeValueIsAllowed(string field, string value)
    {
        var parsed = Read(RecordJson.With(TestData.Enterprise, field, value));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.IsType<EnterpriseRecord>(parsed.Record);
    }

    [Theory]
    [InlineData("capacityReplacement", "null")]
    [InlineData("capacityReplacement", "{\"ratio\": 1.25, \"verified\": false}")]
    [InlineData("regionalOffset", "null")]
    [InlineData("regionalOffset", "{\"pollutants\": [\"SO2\", \"NOx\"], \"ratio\": 2}")]
    [InlineData("heavyMetals", "[\"Pb\", \"Hg\", \"Cd\", \"Cr\", \"As\", \"Tl\", \"Sb\"]")]
    [InlineData("annualEnergyTce", "0")]
    [InlineData("site.distanceToYangtzeKm", "0")]
    [InlineData("facilities", "[{\"type\": \"boiler\", \"fuel\": \"gas\", \"capacityTph\": 0.5}]")]
    [InlineData("enterpriseId", "\"E-1\"")]
    public void ReadOne_AcceptsRecord_WhenProjectEdgeValueIsAllowed(string field, string value)
    {
        var parsed = Read(RecordJson.With(TestData.Project, field, value));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.IsType<ProjectRecord>(parsed.Record);
    }

    [Fact]
    public void ReadOne_ReportsEveryProblem_WhenRecordHasSeveral()
    {
        var json = TestData.Enterprise;
        json = RecordJson.With(json, "name", RecordJson.Remove);
        json = RecordJson.With(json, "industryCode", "\"31\"");
        json = RecordJson.With(json, "permit.validTo", "\"2020-01-01\"");
        json = RecordJson.With(json, "facilities[0].fuel", "\"diesel\"");
        json = RecordJson.With(json, "facilities[1].capacityTph", "-3");
        json = RecordJson.With(json, "emissions[0].period", "\"2025/09\"");
        json = RecordJson.With(json, "history.creditRating", "\"grey\"");

        var parsed = Read(json);

        Assert.Null(parsed.Record);
        Assert.Equal(
            [
                "$.name", "$.industryCode", "$.permit.validTo", "$.facilities[0].fuel", "$.facilities[1].capacityTph",
                "$.emissions[0].period", "$.history.creditRating",
            ],
            parsed.Errors.Select(e => e.Path).ToArray());
        Assert.All(parsed.Errors, e => Assert.Equal("E-1", e.RecordId));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public void ReadOne_AcceptsRecord_WhenEnterpriseHasNoFacilitiesAndNoEmissions(string empty)
    {
        var json = RecordJson.With(TestData.Enterprise, "facilities", empty);
        json = RecordJson.With(json, "emissions", empty);

        var parsed = Read(json);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Empty(parsed.Record!.Facilities);
    }

    [Fact]
    public void ReadOne_ReportsUnknownFacility_WhenEmissionsNameFacilitiesThatDoNotExist()
    {
        var json = RecordJson.With(TestData.Enterprise, "facilities", RecordJson.Remove);

        var parsed = Read(json);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("$.emissions[0].facilityId", error.Path);
    }

    [Theory]
    [InlineData("\"city\": \"九江市\"", "\"city\": \"九江市\", \"city\": \"南昌市\"", "$.city")]
    [InlineData("\"capacityTph\": 75", "\"capacityTph\": 75, \"capacityTph\": -1", "$.facilities[0].capacityTph")]
    [InlineData("\"validFrom\": \"2021-06-01\"", "\"validFrom\": \"2021-06-01\", \"validFrom\": \"2021-06-02\"", "$.permit.validFrom")]
    [InlineData("\"creditRating\": \"yellow\"", "\"creditRating\": \"yellow\", \"note\": 1, \"note\": 2", "$.history.note")]
    public void ReadOne_ReportsDuplicateField_WhenObjectNamesFieldTwice(string find, string replace, string path)
    {
        Assert.Contains(find, TestData.Enterprise, StringComparison.Ordinal);

        var parsed = Read(TestData.Enterprise.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(parsed.Record);
        Assert.Contains(parsed.Errors, e => e.Path == path && e.Reason == "field appears more than once in the object");
    }

    [Fact]
    public void ReadOne_ChecksSharedFields_WhenKindIsUnknown()
    {
        var json = RecordJson.With(TestData.Project, "kind", "\"plant\"");
        json = RecordJson.With(json, "city", RecordJson.Remove);

        var parsed = Read(json);

        Assert.Equal("plant", parsed.Kind);
        Assert.Equal(["$.kind", "$.city"], parsed.Errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public void ReadOne_ReportsNotAnObject_WhenElementIsNotAnObject()
    {
        using var document = System.Text.Json.JsonDocument.Parse("[1]");

        var parsed = RecordReader.ReadOne(document.RootElement, "test.json", 0);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal("expected a record object, got array", error.Reason);
    }

    [Fact]
    public void ReadOne_KeepsIdAndKind_WhenRecordIsInvalid()
    {
        var parsed = Read(RecordJson.With(TestData.Enterprise, "city", RecordJson.Remove));

        Assert.Equal("E-1", parsed.Id);
        Assert.Equal("enterprise", parsed.Kind);
        Assert.Equal(7, parsed.Index);
    }

    private static ParsedRecord Read(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return RecordReader.ReadOne(document.RootElement, "test.json", 7);
    }
}

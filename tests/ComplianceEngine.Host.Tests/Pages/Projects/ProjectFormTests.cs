using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Host.Pages.Projects;
using Microsoft.Extensions.Primitives;

namespace ComplianceEngine.Host.Tests.Pages.Projects;

public sealed class ProjectFormTests
{
    private static readonly ProjectForm Form = ProjectForm.Load(HostFactory.RepositoryFile("rules", "schema", "record.schema.json"));

    [Fact]
    public void Load_AsksForTheContractsFields_WhenReadFromTheRecordSchema()
    {
        var byName = Form.Fields.ToDictionary(f => f.Name);

        Assert.True(byName["name"].Required);
        Assert.True(byName["site.inEcologicalRedLine"].Required);
        Assert.Equal(FieldInput.Boolean, byName["site.inEcologicalRedLine"].Input);
        Assert.False(byName["builder.name"].Required);
        Assert.False(byName["projectCode"].Required);
        Assert.Equal(["report", "table", "registration"], byName["eiaDocument"].Options);
        Assert.Equal(FieldInput.Date, byName["applicationDate"].Input);
        Assert.Equal(FieldInput.Choices, byName["heavyMetals"].Input);
        Assert.Contains("facilities[1].type", byName.Keys);
        Assert.DoesNotContain("kind", byName.Keys);
        Assert.Equal(["site"], Form.RequiredObjects);
    }

    [Fact]
    public void From_GivesARecordTheReaderAccepts_WhenTheRequiredFieldsAreFilled()
    {
        var record = ProjectFormRecord.From(Form, Valid());

        var parsed = RecordReader.ReadOne(JsonDocument.Parse(record.ToJsonString()).RootElement, "form", 0);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var project = Assert.IsType<ProjectRecord>(parsed.Record);
        Assert.Equal("赣州市某建材公司", project.Builder!.Name);
        Assert.Equal("2601-360702-04-01-123456", project.ProjectCode);
        Assert.Equal(1828, project.AnnualEnergyTce);
        Assert.Equal(["Pb", "Cd"], project.HeavyMetals);
        Assert.Equal("boiler", Assert.Single(project.Facilities).Type);
    }

    [Fact]
    public void From_PassesUnreadableTextToTheReader_WhenANumberFieldHoldsLetters()
    {
        var values = Valid();
        values["annualEnergyTce"] = "一千八";
        values["site.inChemicalPark"] = "";

        var parsed = RecordReader.ReadOne(JsonDocument.Parse(ProjectFormRecord.From(Form, values).ToJsonString()).RootElement, "form", 0);

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Errors, e => e.Path == "$.annualEnergyTce" && e.Reason.Contains("number", StringComparison.Ordinal));
        Assert.Contains(parsed.Errors, e => e.Path == "$.site.inChemicalPark" && e.Reason.Contains("missing", StringComparison.Ordinal));
    }

    private static Dictionary<string, StringValues> Valid() => new()
    {
        ["id"] = "P-FORM-1", ["name"] = "测试建材项目", ["industryCode"] = "3011", ["city"] = "赣州市", ["county"] = "",
        ["constructionType"] = "new", ["applicationDate"] = "2026-02-05", ["annualEnergyTce"] = "1828",
        ["site.inEcologicalRedLine"] = "false", ["site.inPermanentBasicFarmland"] = "false",
        ["site.inCountyBuiltUpArea"] = "true", ["site.inChemicalPark"] = "false",
        ["builder.name"] = "赣州市某建材公司", ["projectCode"] = "2601-360702-04-01-123456",
        ["heavyMetals"] = new StringValues(["Pb", "Cd"]),
        ["facilities[1].type"] = "boiler", ["facilities[1].fuel"] = "gas",
    };
}

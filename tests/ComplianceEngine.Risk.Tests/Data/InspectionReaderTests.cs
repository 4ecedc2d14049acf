using ComplianceEngine.Risk.Data;

namespace ComplianceEngine.Risk.Tests.Data;

public class InspectionReaderTests
{
    [Fact]
    public void ReadCsv_ReadsContractColumnsAndTrueProbability_WhenHeaderIsPresent()
    {
        var rows = InspectionReader.ReadCsv("violationFound,enterpriseId,date,trueProbability\ntrue,E-1,2024-03-01,0.25\nfalse,E-2,2024-04-01,\n", "t.csv");

        Assert.Equal(new InspectionOutcome("E-1", new(2024, 3, 1), true, 0.25), rows[0]);
        Assert.Equal(new InspectionOutcome("E-2", new(2024, 4, 1), false), rows[1]);
    }

    [Fact]
    public void ReadJson_ReadsArrayAndLines_WhenContractShaped()
    {
        var array = InspectionReader.ReadJson("""[{"enterpriseId":"E-1","date":"2024-03-01","violationFound":true}]""", "a.json");
        var lines = InspectionReader.ReadJson("{\"enterpriseId\":\"E-1\",\"date\":\"2024-03-01\",\"violationFound\":true}\n", "b.jsonl");

        Assert.Equal(array, lines);
    }

    [Fact]
    public void ReadJson_NamesTheItem_WhenDateIsMalformed()
    {
        var e = Assert.Throws<FormatException>(() => InspectionReader.ReadJson("""[{"enterpriseId":"E-1","date":"2024/03/01","violationFound":true}]""", "a.json"));

        Assert.Contains("a.json item 0", e.Message);
    }
}

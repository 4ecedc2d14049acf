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

    [Fact]
    public void ReadCsv_KeepsColumnsApart_WhenAQuotedNoteHoldsACommaBeforeThem()
    {
        // Contract revision 2 adds optional columns; a note may come first and hold commas.
        var rows = InspectionReader.ReadCsv("notes,enterpriseId,date,violationFound,facilityId\n\"旁路未拆除, bypass\",E-1,2024-03-01,true,GL-1\n", "n.csv");

        Assert.Equal(new InspectionOutcome("E-1", new(2024, 3, 1), true), Assert.Single(rows));
    }

    [Fact]
    public void ReadCsv_NamesTheLine_WhenARowHasAStrayQuote()
    {
        var e = Assert.Throws<FormatException>(() => InspectionReader.ReadCsv("enterpriseId,date,violationFound\nE-1,2024-03-01,true\nE-2,\"2024-03-02,true\n", "q.csv"));

        Assert.Contains("q.csv", e.Message);
    }
}

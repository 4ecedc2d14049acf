using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// A correction decision names as violated only what the finding was judged by: the substantive article (大气污染防治法
/// 第十八条) and the one standard and table applied, never the other standards the rule covers; the penalty article
/// (第九十九条) is the basis of the order. English names the same table as Chinese.
/// </summary>
public class ItemBasisTests
{
    private static readonly string[] AllLimitStandards = ["GB 13271-2014", "GB 13223-2011", "GB 28662-2012", "GB 4915-2013", "GB 16171-2012", "GB 25464-2010"];

    // A 2012 sintering machine (GB 28662-2012 表2, SO2 200) and a 2020 coal boiler (new boiler: GB 13271-2014 表2, NOx 300).
    public static TheoryData<string, string, string, string> Exceedances() => new()
    {
        { "3120", """{"id":"SJ-1","name":"1#烧结机","type":"sintering","commissionedOn":"2012-03-01","onlineMonitoring":true}""", "SO2", "GB 28662-2012" },
        { "1713", """{"id":"GL-1","name":"1#锅炉","type":"boiler","fuel":"coal","capacityTph":20,"commissionedOn":"2020-05-01","onlineMonitoring":true}""", "NOx", "GB 13271-2014" },
    };

    [Theory]
    [MemberData(nameof(Exceedances))]
    public void Render_ListsOnlyTheAppliedStandardAndTableAsViolated_WhenAMonthlyLimitIsExceeded(string industry, string facility, string pollutant, string applied)
    {
        var request = CorrectionFor(industry, facility, pollutant);
        var zh = SampleInstruments.Renderer.Value.Render(request, "zh", 1, draft: true).Text!;
        var en = SampleInstruments.Renderer.Value.Render(request, "en", 1, draft: true).Text!;

        var violated = Lines(zh, "违反的规定：");
        Assert.Equal(2, violated.Length);
        Assert.Contains(violated, l => l.Contains("第十八条", StringComparison.Ordinal));
        Assert.Contains(violated, l => l.Contains($"（{applied}）表2", StringComparison.Ordinal));
        Assert.All(AllLimitStandards.Where(s => s != applied), s => Assert.DoesNotContain(s, zh, StringComparison.Ordinal));
        Assert.DoesNotContain(violated, l => l.Contains("第九十九条", StringComparison.Ordinal));
        Assert.Contains(Lines(zh, "责令改正的依据："), l => l.Contains("第九十九条", StringComparison.Ordinal));

        var violatedEn = Lines(en, "Provision violated: ");
        Assert.Equal(2, violatedEn.Length);
        Assert.Contains(violatedEn, l => l.EndsWith($"{applied}), Table 2", StringComparison.Ordinal));
        Assert.DoesNotContain("Table 1", en, StringComparison.Ordinal);
        Assert.DoesNotContain(violatedEn, l => l.Contains("Article 99", StringComparison.Ordinal));
        Assert.Contains(Lines(en, "Basis of this order: "), l => l.Contains("Article 99", StringComparison.Ordinal));
    }

    private static string[] Lines(string text, string label) =>
        [.. text.Split('\n').Select(l => l.Trim().TrimStart('　')).Where(l => l.StartsWith(label, StringComparison.Ordinal))];

    private static NoticeRequest CorrectionFor(string industry, string facility, string pollutant)
    {
        var json = $$"""
            {"kind":"enterprise","id":"E-B","name":"九江某有限公司","industryCode":"{{industry}}","city":"九江市",
             "permit":{"number":"P1","managementClass":"key","validFrom":"2021-01-01","validTo":"2029-12-31","lastAnnualReportYear":2025},
             "facilities":[{{facility}}],
             "emissions":[{"facilityId":"{{facility.Split('"')[3]}}","pollutant":"{{pollutant}}","concentrationMgM3":350,"period":"2026-09"}]}
            """;
        var record = RecordReader.Read(json, "basis.json").Records.Single().Record!;
        var request = NoticePlanner.For(NoticeType.CorrectionDecision, SampleScreening.Screen(record), SampleScreening.AsOf);
        Assert.NotNull(request);
        return request;
    }
}

using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Tests.Rendering;

namespace ComplianceEngine.Notices.Tests.Instruments;

/// <summary>
/// An order asks only for what the facts show is not done: 取消烟气旁路 only for a facility with a bypass
/// (<c>hasBypass</c>), 安装自动监测设备 only where monitoring is not reported connected (<c>onlineMonitoring</c>).
/// </summary>
public class FamilyGuidanceTests
{
    [Theory]
    [InlineData(false, true, false, false)]
    [InlineData(true, true, true, false)]
    [InlineData(false, false, false, true)]
    public void Render_OrdersOnlyWhatTheFactsCallFor_WhenAFacilityHasNotCompletedItsUltraLowRetrofit(bool hasBypass, bool monitored, bool asksBypass, bool asksMonitoring)
    {
        var json = $$"""
            {"kind":"enterprise","id":"E-U","name":"九江某钢铁有限公司","industryCode":"3120","city":"九江市",
             "permit":{"number":"P1","managementClass":"key","validFrom":"2021-01-01","validTo":"2029-12-31","lastAnnualReportYear":2025},
             "facilities":[{"id":"SJ-1","name":"1#烧结机","type":"sintering","commissionedOn":"2012-03-01","ultraLowStatus":"in-progress",
                            "hasBypass":{{(hasBypass ? "true" : "false")}},"onlineMonitoring":{{(monitored ? "true" : "false")}}}]}
            """;
        var record = RecordReader.Read(json, "ultra-low.json").Records.Single().Record!;
        var request = NoticePlanner.For(NoticeType.SupervisionLetter, SampleScreening.Screen(record), SampleScreening.AsOf);
        Assert.NotNull(request);
        Assert.Contains(request.Findings, f => f.Family == "ultra-low");

        var zh = SampleInstruments.Renderer.Value.Render(request, "zh", 1, draft: true).Text!;
        var en = SampleInstruments.Renderer.Value.Render(request, "en", 1, draft: true).Text!;

        Assert.Contains("按超低排放要求完成治理设施改造", zh, StringComparison.Ordinal);
        Assert.Equal(asksBypass, zh.Contains("取消烟气旁路", StringComparison.Ordinal));
        Assert.Equal(asksBypass, en.Contains("remove the flue-gas bypass", StringComparison.Ordinal));
        Assert.Equal(asksMonitoring, zh.Contains("安装自动监测设备并与生态环境部门联网", StringComparison.Ordinal));
        Assert.Equal(asksMonitoring, en.Contains("install continuous monitoring", StringComparison.Ordinal));
    }
}

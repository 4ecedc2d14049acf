using System.Text.RegularExpressions;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// What an enterprise or a builder reads holds none of the engine's own words: no contract field name (camelCase or
/// a dotted path), no rule id, no English count with the wrong number ("1 hours", "problem(s)") and no period written
/// as a range of one month. Checked over every instrument the bundled sample, the contract examples and an hourly
/// exceedance of one hour call for, in both languages.
/// </summary>
public partial class ReaderFacingTextTests
{
    public static TheoryData<string> Languages() => ["zh", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_WritesNoInternalNameOrBadPlural_WhenRenderingEveryInstrument(string lang)
    {
        var renderer = SampleInstruments.Renderer.Value;
        var problems = new List<string>();
        foreach (var request in Requests())
        {
            var text = renderer.Render(request, lang, 1, draft: true).Text!;
            var where = $"{request.Subject.Id} {request.Type.Slug()} {lang}";
            problems.AddRange(RuleId().Matches(text).Select(m => $"{where}: rule id {m.Value}"));
            problems.AddRange(FieldName().Matches(text).Select(m => $"{where}: field name {m.Value}"));
            problems.AddRange(OneMonthRange().Matches(text).Select(m => $"{where}: one-month range {m.Value}"));
            if (lang == "en")
            {
                problems.AddRange(BadPlural().Matches(text).Select(m => $"{where}: plural {m.Value}"));
            }
        }

        Assert.Empty(problems.Distinct());
    }

    private static IEnumerable<NoticeRequest> Requests()
    {
        var records = new List<ScreenedRecord>(SampleScreening.All);
        foreach (var file in new[] { "enterprises.json", "projects.json" })
        {
            // The repository's copy of the contract examples (shared/contract/examples), so the test runs from a clean clone.
            var path = Path.Combine(RepositoryFiles.Root, "tests", "ComplianceEngine.Data.Tests", "Examples", file);
            var read = RecordReader.Read(File.ReadAllText(path), file).Records.Select(p => p.Record).OfType<ComplianceRecord>().ToList();
            records.AddRange(read.Select(SampleScreening.Screen));

            // The same projects with their energy use and capacity left out: the 补正 asks for what is missing.
            records.AddRange(read.OfType<ProjectRecord>().Select(p => SampleScreening.Screen(p with { AnnualEnergyTce = null, AddsCapacity = null })));
        }

        records.Add(OneHourExceedance());
        records.Add(OneMonthExceedance());
        return NoticePlanner.Plan(records, SampleScreening.AsOf, [.. NoticeTypes.PerRecord]);
    }

    // A 2020 coal boiler above GB 13271-2014 表2 (NOx 300) in a single hour of a single day.
    private static ScreenedRecord OneHourExceedance()
    {
        var json = """
            {"kind":"enterprise","id":"E-H","name":"赣州某纺织有限公司","industryCode":"1713","city":"赣州市",
             "permit":{"number":"P1","managementClass":"key","validFrom":"2021-01-01","validTo":"2029-12-31","lastAnnualReportYear":2025},
             "facilities":[{"id":"GL-1","name":"1#锅炉","type":"boiler","fuel":"coal","capacityTph":20,"commissionedOn":"2020-05-01","onlineMonitoring":true}]}
            """;
        var record = RecordReader.Read(json, "hourly.json").Records.Single().Record!;
        var hour = new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.FromHours(8));
        return SampleScreening.Screen(record,
        [
            new ExceedanceMonth
            {
                FacilityId = "GL-1", Pollutant = "NOx", Month = new DateOnly(2026, 10, 1), ExceedingHours = 1, ExceedingDays = 1,
                MaxConcentrationMgM3 = 350, LimitMgM3 = 300, Regime = "standard", Standard = "锅炉大气污染物排放标准 GB 13271-2014",
                StandardSource = "GB 13271-2014 表2", Readings = [new ExceedanceReading(hour, 350, 300)],
            },
        ]);
    }

    // A 2012 sintering machine above GB 28662-2012 表2 (SO2 200) in the one month it reported.
    private static ScreenedRecord OneMonthExceedance()
    {
        var json = """
            {"kind":"enterprise","id":"E-M","name":"九江某钢铁有限公司","industryCode":"3120","city":"九江市",
             "permit":{"number":"P2","managementClass":"key","validFrom":"2021-01-01","validTo":"2029-12-31","lastAnnualReportYear":2025},
             "facilities":[{"id":"SJ-1","name":"1#烧结机","type":"sintering","commissionedOn":"2012-03-01","onlineMonitoring":true,"hasBypass":false}],
             "emissions":[{"facilityId":"SJ-1","pollutant":"SO2","concentrationMgM3":250,"period":"2026-09"}]}
            """;
        return SampleScreening.Screen(RecordReader.Read(json, "monthly.json").Records.Single().Record!);
    }

    [GeneratedRegex(@"\b[A-Z]{2,5}-[A-Z]+-\d{2}\b")]
    private static partial Regex RuleId();

    // camelCase words (annualEnergyTce, site.distanceToYangtzeKm, facilities[].commissionedOn); plain English has none.
    [GeneratedRegex(@"(?<![A-Za-z])[a-z]{2,}[A-Z][A-Za-z]*|\w+\[\]\.\w+")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"\b1 (hours|days|months|facilities|violations|matters|items|problems|requirements)\b|\w\(s\)")]
    private static partial Regex BadPlural();

    [GeneratedRegex(@"(\d{4}年\d{1,2}月)至\1|\b(\w+ \d{4}) to \2\b")]
    private static partial Regex OneMonthRange();
}

using System.Globalization;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>
/// The inspection list's elements, checked on the sample list one by one: scores read as estimated probabilities of
/// a violation with the synthetic-training note, the random share marked and explained as 双随机、一公开 and given its
/// grounds, and each finding's pollutant, facility and month with the limit or target it is judged by, as the
/// finding's own facts give them.
/// </summary>
public class InspectionListElementsTests
{
    private static readonly NoticeRequest List = SampleInstruments.Of(NoticeType.InspectionList).Request;

    [Theory]
    [InlineData("zh", "估计违法概率", "合成数据", "风险评分")]
    [InlineData("en", "estimated probability of a violation", "trained on synthetic data", "risk score")]
    public void Render_LabelsEachScoreAsEstimatedProbability_WhenTheListIsScored(string lang, string label, string synthetic, string oldLabel)
    {
        var text = SampleInstruments.Render(NoticeType.InspectionList, lang).Text!;

        Assert.All(List.Entries, e => Assert.NotNull(e.Score));
        foreach (var e in List.Entries)
        {
            var percent = (e.Score!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            Assert.Contains($"{label}{(lang == "zh" ? "" : " ")}{percent}", Block(text, e, lang));
        }

        Assert.Contains(synthetic, text);
        Assert.DoesNotContain(oldLabel, text);
    }

    [Theory]
    [InlineData("zh", "（随机抽取）", "双随机、一公开", "随机抽取，无已知问题")]
    [InlineData("en", "(drawn at random, 随机抽取)", "双随机、一公开", "drawn at random, no known problem")]
    public void Render_MarksExplainsAndGroundsRandomEntries_WhenSomeAreDrawn(string lang, string mark, string practice, string noProblem)
    {
        var text = SampleInstruments.Render(NoticeType.InspectionList, lang).Text!;
        var drawn = List.Entries.Where(e => e.DrawnAtRandom).ToArray();

        Assert.NotEmpty(drawn);
        Assert.Equal(drawn.Length, Occurrences(text, mark));
        Assert.Contains(practice, text);
        foreach (var e in List.Entries)
        {
            var block = Block(text, e, lang);
            Assert.Equal(e.DrawnAtRandom, block.Contains(mark, StringComparison.Ordinal));
            if (e.DrawnAtRandom && e.Findings.Count == 0)
            {
                Assert.Contains(noProblem, block);
            }

            // Every entry, drawn or ranked, gives its findings as grounds.
            Assert.All(e.Findings, f => Assert.Contains(f.RuleId, block));
        }

        Assert.Contains(drawn, e => e.Findings.Count == 0);
        Assert.Contains(drawn, e => e.Findings.Count > 0);

        // Drawn entries come after every ranked one, as the risk list draws them.
        Assert.Equal([.. List.Entries.OrderBy(e => e.DrawnAtRandom)], List.Entries);
    }

    [Fact]
    public void Render_NamesPollutantFacilityMonthAndLimit_ForEachFindingThatHasThem()
    {
        var text = SampleInstruments.Render(NoticeType.InspectionList, "zh").Text!;
        var checkedFindings = 0;
        foreach (var e in List.Entries)
        {
            var block = Block(text, e, "zh");
            foreach (var f in e.Findings.Where(f => f.Facts.ContainsKey("pollutant") && f.Facts.ContainsKey("periodZh")))
            {
                var facility = e.Enterprise.Facilities.Single(x => x.Id == f.FacilityId);
                var limit = Convert.ToDouble(f.Facts["limit"], CultureInfo.InvariantCulture).ToString("#,##0.##", CultureInfo.InvariantCulture);
                var judged = f.Citation.BasisKind is Core.Evaluation.BasisKind.Law or Core.Evaluation.BasisKind.Regulation
                    or Core.Evaluation.BasisKind.Standard ? "排放限值" : "目标值";
                Assert.Contains(
                    $"{ContractLabels.InChinese((string)f.Facts["pollutant"]!)}，{facility.Name ?? facility.Id}，{f.Facts["periodZh"]}，{judged}{limit}毫克/立方米",
                    block);
                checkedFindings++;
            }
        }

        Assert.True(checkedFindings > 0, "the sample list has no finding with a pollutant and month to check");
    }

    /// <summary>The lines of one entry: from its name to the next entry or the closing paragraphs.</summary>
    [Theory]
    [InlineData("zh", "《中华人民共和国环境保护法》第二十四条")]
    [InlineData("en", "Environmental Protection Law of the People's Republic of China, Article 24")]
    public void Render_ListsAnEnterpriseLackingADecisiveValueForAnOnSiteCheck_WithTheInspectionArticle(string lang, string article)
    {
        // ADR 0008 leaves such an enterprise 'due': the bureau checks on site and obtains the information under 环境保护法第二十四条.
        var lacking = SampleScreening.All.Where(r => r.Record is EnterpriseRecord && r.Result.Findings.Any(f => f.Severity == Core.Evaluation.Severity.Missing)).ToArray();
        Assert.NotEmpty(lacking);
        var list = NoticePlanner.Plan(lacking, SampleScreening.AsOf, [NoticeType.InspectionList])[0];

        var text = SampleInstruments.Renderer.Value.Render(list, lang, 1, draft: true).Text!;

        var entry = list.Entries[0];
        Assert.Contains(entry.Findings, f => f.Severity == Core.Evaluation.Severity.Missing);
        Assert.Contains(article, text, StringComparison.Ordinal);
        // Once per entry at least: same-rule findings share one item, and each missing-value item carries the ground.
        Assert.InRange(Occurrences(text, article), list.Entries.Count, list.Entries.Sum(e => e.Findings.Count));
    }

    [Theory]
    [InlineData("zh", "模型评分依据：近三年有违法记录；信用等级为红色等级")]
    [InlineData("en", "What raised the model's estimate: a violation in the last three years; credit rating red")]
    public void Render_GivesTheModelsOwnReasonsBesideTheRuleFindings_WhenThePlannerHasThem(string lang, string line)
    {
        var records = SampleScreening.All.Where(r => r.Record is EnterpriseRecord && r.Result.Outcome == Core.Evaluation.Outcome.Noncompliant).Take(2).ToArray();
        var reasons = new Dictionary<string, IReadOnlyList<Core.Evaluation.LocalizedText>>(StringComparer.Ordinal)
        {
            [records[0].Record.Id] = [new("近三年有违法记录", "a violation in the last three years"), new("信用等级为红色等级", "credit rating red")],
        };
        var scores = records.ToDictionary(r => r.Record.Id, _ => 0.5, StringComparer.Ordinal);
        var list = NoticePlanner.Plan(records, SampleScreening.AsOf, [NoticeType.InspectionList], scores, null, reasons)
            .Single(r => r.Entries.Any(e => e.Enterprise.Id == records[0].Record.Id));

        var text = SampleInstruments.Renderer.Value.Render(list, lang, 1, draft: true).Text!;

        Assert.Equal(1, Occurrences(text, line));
    }

    private static string Block(string text, InspectionEntry e, string lang)
    {
        var start = text.IndexOf(e.Enterprise.Name + (lang == "zh" ? "（" : " ("), StringComparison.Ordinal);
        Assert.True(start >= 0, $"{e.Enterprise.Id} is not on the list");
        var next = List.Entries.SkipWhile(x => x != e).Skip(1).FirstOrDefault();
        var end = next is null ? text.Length : text.IndexOf(next.Enterprise.Name + (lang == "zh" ? "（" : " ("), start, StringComparison.Ordinal);
        return text[start..end];
    }

    private static int Occurrences(string text, string s)
    {
        var n = 0;
        for (var i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + s.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}

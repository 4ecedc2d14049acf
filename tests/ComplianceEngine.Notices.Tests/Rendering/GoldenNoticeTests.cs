using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>Every instrument kind in every language and format, on the first instrument of its kind the bundled sample needs.</summary>
public class GoldenNoticeTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var type in NoticeTypes.All)
        {
            foreach (var lang in NoticeLanguage.All)
            {
                data.Add(type.Slug(), lang, "txt");
                data.Add(type.Slug(), lang, "html");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_MatchesGoldenFile_WhenRenderingTheSample(string type, string lang, string format)
    {
        var notice = SampleInstruments.Render(NoticeTypes.Parse(type), lang);

        GoldenFile.Check($"{type}.{lang}.{format}", format == "html" ? notice.Html! : notice.Text!);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_ListsMonthlyExceedancesUnderOneItem_WhenAPlantExceedsTheSameTargetRepeatedly(string lang)
    {
        // E-0000208 is above the ultra-low targets of SJ-1 in several months: one supervision item with a line per month.
        var record = RegisterDetails.Complete(SampleScreening.Get("E-0000208"));
        var request = Assert.Single(NoticePlanner.Plan([record], SampleScreening.AsOf, [NoticeType.SupervisionLetter]));

        var notice = SampleInstruments.Renderer.Value.Render(request, lang, 8, draft: false);

        GoldenFile.Check($"supervision-letter-grouped.{lang}.txt", notice.Text!);
    }

    [Fact]
    public void Render_GivesTheSameOutput_WhenNoticesFollowEachOtherOnOneThread()
    {
        // The renderer reuses a context per thread; nothing of one notice may reach the next.
        var requests = NoticePlanner.Plan(SampleScreening.All, SampleScreening.AsOf, [.. NoticeTypes.All]);
        var renderer = SampleInstruments.Renderer.Value;
        var forward = requests.Select(r => renderer.Render(r, "zh", 3, draft: false).Html).ToList();
        var backward = requests.Reverse().Select(r => renderer.Render(r, "zh", 3, draft: false).Html).Reverse().ToList();

        Assert.Equal(forward, backward);
    }
}

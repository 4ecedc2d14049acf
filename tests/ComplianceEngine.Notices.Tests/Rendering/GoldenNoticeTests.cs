using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Notices.Tests.Rendering;

/// <summary>Every template in every language and format, on the first notice of its type the bundled sample needs.</summary>
public class GoldenNoticeTests
{
    private static readonly Lazy<NoticeRenderer> Renderer = new(() => NoticeRenderer.Load(RepositoryFiles.Notices));

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
        var requests = NoticePlanner.Plan(SampleScreening.All, SampleScreening.AsOf, [.. NoticeTypes.All]);
        var sequences = DraftNumbering.Assign(Renderer.Value, requests);
        var index = requests.ToList().FindIndex(r => r.Type == NoticeTypes.Parse(type));
        Assert.True(index >= 0, $"the sample needs no {type} notice");

        var notice = Renderer.Value.Render(requests[index], lang, sequences[index], draft: true);

        GoldenFile.Check($"{type}.{lang}.{format}", format == "html" ? notice.Html! : notice.Text!);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Render_ListsMonthlyExceedancesUnderOneItem_WhenAPlantExceedsTheSameLimitRepeatedly(string lang)
    {
        // E-0000208 exceeds the ultra-low limits of SJ-1 in seven months: one item with seven lines and one basis.
        var request = Assert.Single(NoticePlanner.Plan([SampleScreening.Get("E-0000208")], SampleScreening.AsOf, [NoticeType.Rectification]));

        var notice = Renderer.Value.Render(request, lang, 8, draft: false);

        GoldenFile.Check($"rectification-grouped.{lang}.txt", notice.Text!);
    }

    [Fact]
    public void Render_GivesTheSameOutput_WhenNoticesFollowEachOtherOnOneThread()
    {
        // The renderer reuses a context per thread; nothing of one notice may reach the next.
        var requests = NoticePlanner.Plan(SampleScreening.All, SampleScreening.AsOf, [.. NoticeTypes.All]);
        var forward = requests.Select(r => Renderer.Value.Render(r, "zh", 3, draft: false).Html).ToList();
        var backward = requests.Reverse().Select(r => Renderer.Value.Render(r, "zh", 3, draft: false).Html).Reverse().ToList();

        Assert.Equal(forward, backward);
    }
}

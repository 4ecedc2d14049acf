using ComplianceEngine.Notices.Templates;

namespace ComplianceEngine.Notices.Tests.Templates;

public class NoticeTemplateSetTests
{
    [Fact]
    public void Load_ParsesEveryTemplate_WhenReadingTheShippedFolder()
    {
        var set = NoticeTemplateSet.Load(RepositoryFiles.Notices);
        foreach (var type in NoticeTypes.All)
        {
            foreach (var lang in NoticeLanguage.All)
            {
                Assert.NotNull(set.Content(type, lang));
            }
        }
    }

    [Fact]
    public void Load_ThrowsWithFileLineAndColumn_WhenATemplateDoesNotParse()
    {
        using var dir = new TempNotices();
        dir.Write("correction-decision.zh.sbn", "{{~ title = \"整改\" ~}}\n第二行\n  {{ if subject.name }}没有结束\n");

        var e = Assert.Throws<NoticeTemplateException>(() => NoticeTemplateSet.Load(dir.Path));

        Assert.EndsWith("correction-decision.zh.sbn", e.File);
        Assert.True(e.Line >= 3, $"line {e.Line}: {e.Message}");
        Assert.True(e.Column > 0);
        Assert.Contains($"correction-decision.zh.sbn({e.Line},{e.Column})", e.Message);
    }

    [Fact]
    public void Load_ThrowsNamingTheFile_WhenATemplateIsMissing()
    {
        using var dir = new TempNotices();
        File.Delete(Path.Combine(dir.Path, "permit-renewal.en.sbn"));

        var e = Assert.Throws<NoticeTemplateException>(() => NoticeTemplateSet.Load(dir.Path));

        Assert.EndsWith("permit-renewal.en.sbn", e.File);
    }
}

using ComplianceEngine.Notices.Templates;

namespace ComplianceEngine.Notices.Tests.Templates;

public class EnglishReferencesTests
{
    [Theory]
    [InlineData("第十四条", "Article 14")]
    [InlineData("第九十九条", "Article 99")]
    [InlineData("第十一条第（一）项", "Article 11, item (1)")]
    [InlineData("第五章 第二节", "Chapter 5, Section 2")]
    [InlineData("（八）", "item (8)")]
    [InlineData("表2 新建锅炉限值（燃煤基准含氧量9%）", "Table 2")]
    [InlineData("第三类 淘汰类", "第三类 淘汰类")]
    public void Clause_WritesTheEnglishCitation_WhenTheChineseFormIsKnown(string clause, string expected) =>
        Assert.Equal(expected, EnglishReferences.Clause(clause));

    [Theory]
    [InlineData("中华人民共和国国务院令第736号", "State Council Order No. 736")]
    [InlineData("中华人民共和国主席令第三十一号", "Order of the President No. 31")]
    [InlineData("国家发展和改革委员会令2023年第2号", "National Development and Reform Commission Order No. 2 of 2023")]
    [InlineData("环大气〔2019〕35号", "环大气〔2019〕35号")]
    [InlineData("GB 13271-2014", "GB 13271-2014")]
    public void DocumentNumber_WritesOrdersInEnglish_WhenTheNumberIsAnOrder(string number, string expected) =>
        Assert.Equal(expected, EnglishReferences.DocumentNumber(number));

    [Fact]
    public void Dates_WritesIsoDatesAsTheNoticeDoes_WhenAMessageHoldsThem() =>
        Assert.Equal("deadline 31 December 2025 (in February 2026); code 2026-360100-26-03-000123, GB 13271-2014",
            EnglishReferences.Dates("deadline 2025-12-31 (in 2026-02); code 2026-360100-26-03-000123, GB 13271-2014"));
}

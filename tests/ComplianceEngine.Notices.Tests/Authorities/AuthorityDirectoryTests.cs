using ComplianceEngine.Notices.Authorities;

namespace ComplianceEngine.Notices.Tests.Authorities;

public class AuthorityDirectoryTests
{
    private static readonly string[] Cities = ["南昌市", "景德镇市", "萍乡市", "九江市", "新余市", "鹰潭市", "赣州市", "吉安市", "宜春市", "抚州市", "上饶市"];

    [Fact]
    public void Load_HasAnAuthorityForEveryCity_WhenReadingTheShippedFile()
    {
        var authorities = AuthorityDirectory.Load(RepositoryFiles.Notices);
        Assert.Equal(Cities.Order(StringComparer.Ordinal), authorities.Cities.Select(a => a.City).Order(StringComparer.Ordinal));
        Assert.Equal("赣州市生态环境局", authorities.For("赣州市").Name);
        Assert.Equal("江西省生态环境厅", authorities.For("不存在市").Name);
    }

    [Fact]
    public void Format_NumbersDeterministically_WhenGivenYearAndSequence()
    {
        var pattern = NoticeNumberPattern.Parse("赣市环通〔{year}〕{seq:0000}号");
        Assert.Equal("赣市环通〔2026〕0012号", pattern.Format(2026, 12));
        Assert.Equal("赣市环通〔2026〕12345号", pattern.Format(2026, 12345));
    }

    [Theory]
    [InlineData("赣市环通〔{year}〕号")]
    [InlineData("赣市环通〔{year}〕{seq}{seq}号")]
    [InlineData("赣市环通〔{yr}〕{seq}号")]
    public void Parse_Throws_WhenPatternLacksYearOrSequence(string pattern) =>
        Assert.Throws<FormatException>(() => NoticeNumberPattern.Parse(pattern));
}

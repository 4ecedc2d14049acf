using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Records;

public class CreditCodeTests
{
    [Theory]
    [InlineData("91360400MA35H8K2RG")]
    [InlineData("91110000600037341L")]
    [InlineData("91350100M000100Y43")]
    public void Validate_ReturnsNull_WhenCheckCharacterIsRight(string code)
    {
        Assert.Null(CreditCode.Validate(code));
        Assert.True(CreditCode.IsValid(code));
    }

    [Fact]
    public void CheckCharacter_ReturnsG_WhenBodyIsContractExample()
    {
        Assert.Equal('G', CreditCode.CheckCharacter("91360400MA35H8K2R"));
    }

    [Fact]
    public void CheckCharacter_IsZeroDigit_WhenRemainderGivesThirtyOne()
    {
        // All zeros weigh 0; 31 - 0 = 31, which the standard writes as '0'.
        var body = "00000000000000000";

        Assert.Equal('0', CreditCode.CheckCharacter(body));
        Assert.True(CreditCode.IsValid(body + "0"));
    }

    [Theory]
    [InlineData("91360400MA35H8K2RX", "check character is 'X', expected 'G' (GB 32100-2015)")]
    [InlineData("91360400MA35H8K2R", "must be 18 characters, got 17")]
    [InlineData("91360400MA35H8K2RGG", "must be 18 characters, got 19")]
    [InlineData("", "must be 18 characters, got 0")]
    [InlineData("91360400ma35h8k2rg", "character 'm' at position 9 is not allowed")]
    [InlineData("9136040IMA35H8K2RG", "character 'I' at position 8 is not allowed")]
    [InlineData("91360400MA35H8K2RZ", "character 'Z' at position 18 is not allowed")]
    [InlineData("91360400MA35H8K-RG", "character '-' at position 16 is not allowed")]
    public void Validate_ExplainsProblem_WhenCodeIsWrong(string code, string reason)
    {
        var problem = CreditCode.Validate(code);

        Assert.NotNull(problem);
        Assert.StartsWith(reason, problem, StringComparison.Ordinal);
        Assert.False(CreditCode.IsValid(code));
    }

    [Fact]
    public void CheckCharacter_IsNull_WhenBodyHasCharacterOutsideCharset()
    {
        Assert.Null(CreditCode.CheckCharacter("91360400MA35H8KOR"));
        Assert.Null(CreditCode.CheckCharacter("9136"));
    }
}

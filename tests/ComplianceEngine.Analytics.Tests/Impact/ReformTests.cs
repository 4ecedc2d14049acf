using ComplianceEngine.Analytics.Impact;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Tests.Impact;

public class ReformTests
{
    private static readonly RuleSet Shipped = RuleSetLoader.Load(Repository.Rules);
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static object? Resolved(RuleSet ruleSet, string name, string city)
    {
        ruleSet.Parameters.TryGet(name, out _, out var definition);
        return definition.Resolve(city, AsOf)?.Value;
    }

    [Fact]
    public void Apply_ChangesTheProvinceValue_AndKeepsTheStricterCityValue()
    {
        var reformed = RuleSetLoader.Load(Reform.Apply(Shipped, [ParameterOverride.Parse("ultraLow.cement.deadline=2029-06-30")], AsOf));

        Assert.Equal(new DateOnly(2029, 6, 30), Resolved(reformed, "ultraLow.cement.deadline", "南昌市"));
        Assert.Equal(new DateOnly(2026, 12, 31), Resolved(reformed, "ultraLow.cement.deadline", "赣州市"));
        Assert.NotEqual(Shipped.Version, reformed.Version);
    }

    [Fact]
    public void Apply_ChangesOnlyTheCity_WhenTheOverrideNamesOne()
    {
        var reformed = RuleSetLoader.Load(Reform.Apply(Shipped, [ParameterOverride.Parse("ultraLow.cement.deadline@赣州市=2026-06-30")], AsOf));

        Assert.Equal(new DateOnly(2026, 6, 30), Resolved(reformed, "ultraLow.cement.deadline", "赣州市"));
        Assert.Equal(new DateOnly(2028, 12, 31), Resolved(reformed, "ultraLow.cement.deadline", "南昌市"));
    }

    [Fact]
    public void Apply_TakesTheRulesDeadline_WhenGivenARuleId()
    {
        var reformed = RuleSetLoader.Load(Reform.Apply(Shipped, [ParameterOverride.Parse("ULE-STEEL-01=2026-06-30")], AsOf));

        Assert.Equal(new DateOnly(2026, 6, 30), Resolved(reformed, "ultraLow.steel.deadline", "九江市"));
    }

    [Theory]
    [InlineData("nothing.like.this=1", "no parameter or rule")]
    [InlineData("ultraLow.steel.deadline=soon", "is a date parameter")]
    [InlineData("ultraLow.ceramics.deadline=2026-01-01", "use ultraLow.ceramics.deadline@赣州市")]
    public void Apply_RefusesWithTheReason_WhenTheOverrideCannotApply(string text, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => Reform.Apply(Shipped, [ParameterOverride.Parse(text)], AsOf));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesText_WithoutAValue()
    {
        Assert.Throws<FormatException>(() => ParameterOverride.Parse("ultraLow.steel.deadline="));
    }
}

using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Synthetic;

/// <summary>Well-formed 统一社会信用代码 for generated enterprises: 91 (enterprise), the city's code, nine random characters, the check character.</summary>
internal static class CreditCodes
{
    public static string Make(Draw d, string cityCode)
    {
        var body = new char[9];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = CreditCode.Charset[d.Between(0, CreditCode.Charset.Length - 1)];
        }

        var first17 = "91" + cityCode + new string(body);
        return first17 + CreditCode.CheckCharacter(first17);
    }
}

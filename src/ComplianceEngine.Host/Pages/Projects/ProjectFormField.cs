namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>How a contract field is entered on the project form.</summary>
public enum FieldInput
{
    /// <summary>Free text (names, codes).</summary>
    Text,

    /// <summary>A JSON number, typed as text so a value the reader cannot take reaches it and is refused with its reason.</summary>
    Number,

    /// <summary>An ISO date <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>是 / 否 / not given.</summary>
    Boolean,

    /// <summary>One of the contract's codes.</summary>
    Choice,

    /// <summary>Any of the contract's codes (an array of them).</summary>
    Choices,

    /// <summary>A list of free values separated by commas (an array of strings).</summary>
    List,
}

/// <summary>
/// One input of the project form: <paramref name="Name"/> is the field's JSON path without <c>$.</c>
/// (<c>site.inEcologicalRedLine</c>, <c>facilities[0].type</c>), so the reader's error paths land beside it;
/// <paramref name="Required"/> as the contract says (a field of an optional object is never required on its own);
/// <paramref name="Options"/> the codes of a choice.
/// </summary>
public sealed record ProjectFormField(string Name, FieldInput Input, bool Required, IReadOnlyList<string> Options)
{
    /// <summary>The HTML id of the input of field <paramref name="name"/>: <c>f-facilities-0-type</c>.</summary>
    public static string InputId(string name) => "f-" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Replace("--", "-", StringComparison.Ordinal).TrimEnd('-');
}

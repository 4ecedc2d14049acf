using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ComplianceEngine.Notices.Templates;

/// <summary>
/// A Scriban context where nothing fails quietly: unknown variables and members throw, a member of null throws,
/// and writing a null value throws too (Scriban would print nothing), so a notice never goes out with a blank
/// where a date or a name should be. In HTML mode every written value is HTML-encoded.
/// </summary>
internal sealed class StrictTemplateContext : TemplateContext
{
    public StrictTemplateContext(ScriptObject builtins) : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableNullIndexer = false;
        // An inspection list of a whole province runs to thousands of rows; the default guard of 1000 would cut it.
        LoopLimit = 1_000_000;
        NewLine = "\n";
    }

    /// <summary>True while the HTML layout renders: values are encoded, the layout's own markup is not.</summary>
    public bool EscapeHtml { get; set; }

    /// <summary>Scriban skips writing a null result without calling <see cref="Write(SourceSpan, object?)"/>; this is where it is caught.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is null && scriptNode is ScriptExpressionStatement { CanOutput: true } && EnableOutput)
        {
            throw new ScriptRuntimeException(scriptNode!.Span, $"the value of '{scriptNode}' is null (guard optional values with 'if')");
        }

        return result;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            throw new ScriptRuntimeException(span, "the value written here is null (guard optional values with 'if')");
        }

        return EscapeHtml ? Write(WebUtility.HtmlEncode(ObjectToString(textAsObject))) : base.Write(span, textAsObject);
    }
}

using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Instruments;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// Renders notices from the templates and authorities of <c>rules/notices/</c>. A content template sets
/// <c>title</c>, <c>party_lines</c>, <c>addressee</c>, <c>opening</c>, <c>item_texts</c> and <c>closing</c>, using the
/// functions of the language's common template; a layout prints them as
/// text or HTML, so wording lives once per type and language and the print format once per format. Thread-safe:
/// templates are immutable after parsing and every render gets its own context.
/// </summary>
public sealed class NoticeRenderer
{
    private static readonly ScriptObject Functions = NoticeFunctions.Create();

    // Scriban builds its builtin functions (array, string, html, …) per context unless given a set; they hold no state.
    // Read-only because every thread shares them: a template assigning to `array` must fail, not change it for all.
    private static readonly ScriptObject Builtins = ReadOnly(TemplateContext.GetDefaultBuiltinObject());

    [ThreadStatic]
    private static StrictTemplateContext? _threadContext;

    public NoticeRenderer(NoticeTemplateSet templates, AuthorityDirectory authorities, InstrumentSettings settings)
    {
        Templates = templates;
        Authorities = authorities;
        Settings = settings;
    }

    public NoticeTemplateSet Templates { get; }
    public AuthorityDirectory Authorities { get; }
    public InstrumentSettings Settings { get; }

    /// <summary>
    /// Loads templates, authorities and instrument settings from a folder such as <c>rules/notices</c> and renders every template on
    /// made-up notices (<see cref="TemplateProbe"/>) in both languages and formats; any problem throws and names the
    /// file, line and column.
    /// </summary>
    public static NoticeRenderer Load(string noticesDirectory)
    {
        var renderer = new NoticeRenderer(NoticeTemplateSet.Load(noticesDirectory), AuthorityDirectory.Load(noticesDirectory), InstrumentSettings.Load(noticesDirectory));
        foreach (var probe in TemplateProbe.Requests())
        {
            foreach (var language in NoticeLanguage.All)
            {
                renderer.Render(probe, language, sequence: 1, draft: true);
                renderer.Render(probe, language, sequence: 1, draft: false);
                renderer.Render(probe, language, sequence: 1, draft: false, issuer: "probe");
            }
        }

        return renderer;
    }

    public Authority AuthorityFor(NoticeRequest request) => Authorities.For(request.Subject.City);

    /// <summary>The document number for a sequence: deterministic, in the issuing authority's pattern for the kind and the year of the notice date.</summary>
    public string Number(NoticeRequest request, int sequence) => AuthorityFor(request).NumberPattern(request.Type).Format(request.AsOf.Year, sequence);

    /// <summary>
    /// Renders <paramref name="request"/> with the number of <paramref name="sequence"/>. <paramref name="issuer"/> is the
    /// officer who issues it (签发人), printed above the seal; null for drafts and for letters sent without one.
    /// </summary>
    public RenderedNotice Render(NoticeRequest request, string language, int sequence, bool draft, bool text = true, bool html = true, string? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Render(request, language, Number(request, sequence), draft, text, html, issuer);
    }

    /// <summary>A decision's draft before it is issued: marked as a draft, its serial number left blank.</summary>
    public RenderedNotice RenderUnnumbered(NoticeRequest request, string language)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Render(request, language, AuthorityFor(request).NumberPattern(request.Type).Unassigned(request.AsOf.Year), draft: true, text: true, html: true, issuer: null);
    }

    private RenderedNotice Render(NoticeRequest request, string language, string number, bool draft, bool text, bool html, string? issuer)
    {
        if (!NoticeLanguage.All.Contains(language))
        {
            throw new ArgumentException($"unknown language '{language}' (expected zh or en)", nameof(language));
        }

        // A context per thread, reused: building one costs more than rendering a short notice. Everything a render
        // sets lives in the pushed model object, so popping it leaves the context as it was; after an error the
        // context is dropped rather than trusted.
        var context = _threadContext ?? new StrictTemplateContext(Builtins);
        _threadContext = null;
        context.PushGlobal(Functions);
        context.PushGlobal(NoticeModel.Build(request, AuthorityFor(request), language, number, draft, issuer, Settings));

        // Common and content templates only set variables; stray text would be lost from both layouts, so it is a template error.
        foreach (var (file, template) in new[]
                 {
                     (NoticeTemplateSet.CommonFile(language), Templates.Common(language)),
                     (NoticeTemplateSet.ContentFile(request.Type, language), Templates.Content(request.Type, language)),
                 })
        {
            var content = Run(context, template);
            if (!string.IsNullOrWhiteSpace(content))
            {
                throw new NoticeTemplateException(file, "writes text outside a capture: " + Snippet(content));
            }
        }

        var textOut = text ? Run(context, Templates.Layout(NoticeFormat.Text)) : null;
        string? htmlOut = null;
        if (html)
        {
            context.EscapeHtml = true;
            htmlOut = Run(context, Templates.Layout(NoticeFormat.Html));
            context.EscapeHtml = false;
        }

        context.PopGlobal();
        context.PopGlobal();
        _threadContext = context;
        return new RenderedNotice(request, language, number, draft, textOut, htmlOut);
    }

    private static string Run(StrictTemplateContext context, Template template)
    {
        context.PushOutput();
        try
        {
            // Render, not Evaluate: Evaluate switches output off (it returns the last value), which would empty every capture.
            return template.Render(context) ?? "";
        }
        catch (ScriptRuntimeException e)
        {
            var at = e.Span.Start;
            throw new NoticeTemplateException(e.Span.FileName ?? template.SourceFilePath ?? "<template>", at.Line + 1, at.Column + 1,
                e.OriginalMessage ?? e.Message, e);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static ScriptObject ReadOnly(ScriptObject o)
    {
        o.IsReadOnly = true;
        return o;
    }

    private static string Snippet(string s)
    {
        var t = s.Trim();
        return t.Length <= 40 ? t : t[..40] + "…";
    }
}

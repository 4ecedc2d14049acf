using Scriban;
using Scriban.Parsing;

namespace ComplianceEngine.Notices.Templates;

/// <summary>
/// Every template of <c>rules/notices/</c>, parsed once: one content template per instrument kind and language
/// (<c>correction-decision.zh.sbn</c>, …), one per language of elements they share (<c>common.zh.sbn</c>: party,
/// evidence, appeal rights, contact) and the two layouts that print them (<c>layout.text.sbn</c>, <c>layout.html.sbn</c>). Loading fails with <see cref="NoticeTemplateException"/> on the first file that is
/// missing or does not parse, naming file, line and column, so a broken template stops start-up instead of a send.
/// </summary>
public sealed class NoticeTemplateSet
{
    public const string TextLayout = "layout.text.sbn";
    public const string HtmlLayout = "layout.html.sbn";

    private readonly Dictionary<string, Template> _templates;

    private NoticeTemplateSet(string directory, Dictionary<string, Template> templates)
    {
        Directory = directory;
        _templates = templates;
    }

    public string Directory { get; }

    /// <summary>The file names every set must have.</summary>
    public static IEnumerable<string> RequiredFiles() =>
        NoticeTypes.All.SelectMany(t => NoticeLanguage.All.Select(l => ContentFile(t, l)))
            .Concat(NoticeLanguage.All.Select(CommonFile)).Append(TextLayout).Append(HtmlLayout);

    public static string CommonFile(string language) => $"common.{language}.sbn";

    public static string ContentFile(NoticeType type, string language) => $"{type.Slug()}.{language}.sbn";

    public static NoticeTemplateSet Load(string directory)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredFiles())
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                throw new NoticeTemplateException(path, "template file not found");
            }

            templates[name] = Parse(File.ReadAllText(path), path);
        }

        return new NoticeTemplateSet(directory, templates);
    }

    /// <summary>Parses one template, or throws naming the first error's line and column and listing every error.</summary>
    public static Template Parse(string text, string path)
    {
        var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), path);
        if (!template.HasErrors)
        {
            return template;
        }

        var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).ToArray();
        var first = errors[0].Span.Start;
        var reason = string.Join("; ", errors.Select(m => $"({m.Span.Start.Line + 1},{m.Span.Start.Column + 1}) {m.Message}"));
        throw new NoticeTemplateException(path, first.Line + 1, first.Column + 1, "does not parse: " + reason);
    }

    public Template Content(NoticeType type, string language) => _templates[ContentFile(type, language)];

    public Template Common(string language) => _templates[CommonFile(language)];

    public Template Layout(NoticeFormat format) => _templates[format == NoticeFormat.Html ? HtmlLayout : TextLayout];
}

using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>
/// Reads a rule's <c>citation</c>: the plan clause (policy context, quoted verbatim), an optional erratum, the kind of
/// legal basis and the provisions the finding rests on; checks that the basis is of a kind the rule's severity needs.
/// </summary>
internal static class CitationReader
{
    private static readonly HashSet<string> CitationFields = ["source", "clause", "quote", "quoteEn", "erratum", "basisKind", "basis"];
    private static readonly HashSet<string> BasisFields = ["kind", "title", "number", "clause", "quote", "quoteEn", "inForce", "inForceTo"];

    /// <summary>Contract words of <see cref="BasisKind"/>, strongest first.</summary>
    public static readonly IReadOnlyDictionary<string, BasisKind> Kinds = new Dictionary<string, BasisKind>
    {
        ["law"] = BasisKind.Law, ["regulation"] = BasisKind.Regulation, ["standard"] = BasisKind.Standard,
        ["plan"] = BasisKind.Plan, ["bureau-value"] = BasisKind.BureauValue,
    };

    /// <summary>
    /// The kinds of basis each severity may rest on. Prohibitions need a law or regulation; a legal-limit exceedance a
    /// standard (or the law that binds it); obligations and project conditions a law, regulation or standard (for a
    /// project, 《建设项目环境保护管理条例》第十一条 makes a statutory plan's requirement an approval ground). Anything
    /// resting only on a plan or a bureau's value is a supervision item or an advisory.
    /// </summary>
    public static readonly IReadOnlyDictionary<Severity, BasisKind[]> Needs = new Dictionary<Severity, BasisKind[]>
    {
        [Severity.Prohibition] = [BasisKind.Law, BasisKind.Regulation],
        [Severity.Limit] = [BasisKind.Law, BasisKind.Regulation, BasisKind.Standard],
        [Severity.Obligation] = [BasisKind.Law, BasisKind.Regulation, BasisKind.Standard],
        [Severity.Condition] = [BasisKind.Law, BasisKind.Regulation, BasisKind.Standard],
        [Severity.Supervision] = [BasisKind.Law, BasisKind.Regulation, BasisKind.Standard, BasisKind.Plan, BasisKind.BureauValue],
        [Severity.Advisory] = [BasisKind.Law, BasisKind.Regulation, BasisKind.Standard, BasisKind.Plan, BasisKind.BureauValue],
    };

    public static (Citation?, string?) Read(JsonElement props, string loc, Severity? severity, JsonFields fields, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        if (fields.Object(props, "citation", loc) is not { } c)
        {
            return (null, null);
        }

        loc += ".citation";
        fields.OnlyKnown(c, loc, CitationFields);
        var source = fields.Text(c, "source", loc);
        var clause = fields.Text(c, "clause", loc);
        var quote = fields.Text(c, "quote", loc);
        // English output quotes the plan in English, never "see the Chinese original": the translation is data.
        var quoteEn = fields.Text(c, "quoteEn", loc);
        var erratum = fields.Text(c, "erratum", loc, required: false);
        var kind = ReadKind(c, "basisKind", loc, fields);
        var basis = ReadBasis(c, loc, fields);
        if (kind is { } k)
        {
            // The provision a law or regulation basis rests on is named down to its article.
            if (k is not (BasisKind.Plan or BasisKind.BureauValue) && !basis.Any(b => b.Kind == k && (b.Clause is not null || k == BasisKind.Standard)))
            {
                fields.Issue(loc + ".basis", $"basisKind '{Word(k)}' needs a provision of that kind in basis with title, number and clause (the article)");
            }

            if (basis.Any(b => b.Kind < k))
            {
                fields.Issue(loc + ".basisKind", $"basisKind '{Word(k)}' is weaker than a provision listed in basis; name the strongest");
            }

            if (severity is { } s && !Needs[s].Contains(k))
            {
                fields.Issue(loc + ".basisKind", $"a {s.ToString().ToLowerInvariant()} needs a basis of kind {string.Join(" or ", Needs[s].Select(Word))}, not '{Word(k)}' "
                    + "(a finding resting only on a plan or a bureau's value is a supervision item or an advisory)");
            }
        }

        if (source is null || clause is null || quote is null || quoteEn is null || kind is null)
        {
            return (null, null);
        }

        if (!sources.TryGetValue(source, out var doc))
        {
            fields.Issue(loc + ".source", $"unknown source '{source}' (see sources/sources.json)");
            return (null, null);
        }

        if (!doc.Contains(quote))
        {
            fields.Issue(loc + ".quote", $"quote does not occur verbatim in source {source} ({doc.Title})");
        }

        return (new Citation
        {
            Document = doc.Title, DocumentEn = doc.TitleEn, DocumentNumber = doc.Number, Clause = clause, Quote = quote, QuoteEn = quoteEn, Erratum = erratum,
            BasisKind = kind.Value, Basis = basis,
        }, source);
    }

    /// <summary>
    /// Refuses a rule in force before its legal basis: a law, regulation or standard finding cannot be made on a date
    /// when no provision of the kind it rests on was in force yet (issue 13 item 2). Provisions without a date are not
    /// compared; a plan or bureau value carries no such date.
    /// </summary>
    public static void CheckInForce(Citation citation, DateOnly from, string loc, JsonFields fields)
    {
        if (citation.BasisKind is BasisKind.Plan or BasisKind.BureauValue)
        {
            return;
        }

        var dated = citation.Basis.Where(b => b.Kind == citation.BasisKind && b.InForceFrom is not null).Select(b => b.InForceFrom!.Value).ToArray();
        if (dated.Length > 0 && from < dated.Min())
        {
            fields.Issue(loc + ".inForce.from", $"the rule is in force from {from:yyyy-MM-dd}, before any {Word(citation.BasisKind)} provision it rests on "
                + $"(the earliest is in force from {dated.Min():yyyy-MM-dd}); a rule is in force from when its legal basis is");
        }
    }

    public static string Word(BasisKind kind) => Kinds.First(k => k.Value == kind).Key;

    private static BasisKind? ReadKind(JsonElement obj, string name, string loc, JsonFields fields)
    {
        var text = fields.Text(obj, name, loc);
        if (text is null)
        {
            return null;
        }

        if (Kinds.TryGetValue(text, out var kind))
        {
            return kind;
        }

        fields.Issue($"{loc}.{name}", $"unknown kind '{text}' (expected {string.Join(", ", Kinds.Keys)})");
        return null;
    }

    private static List<LegalReference> ReadBasis(JsonElement c, string loc, JsonFields fields)
    {
        var basis = new List<LegalReference>();
        if (!c.TryGetProperty("basis", out var b) || b.ValueKind != JsonValueKind.Array)
        {
            return basis;
        }

        var i = 0;
        foreach (var item in b.EnumerateArray())
        {
            var bloc = $"{loc}.basis[{i++}]";
            fields.OnlyKnown(item, bloc, BasisFields);
            var kind = ReadKind(item, "kind", bloc, fields);
            var title = fields.Text(item, "title", bloc);
            var number = fields.Text(item, "number", bloc);
            var clause = fields.Text(item, "clause", bloc, required: false);
            var quote = fields.Text(item, "quote", bloc, required: false);
            var quoteEn = fields.Text(item, "quoteEn", bloc, required: quote is not null);
            if (title is not null && number is not null && kind is not null)
            {
                basis.Add(new LegalReference
                {
                    Kind = kind, Title = title, Number = number, Clause = clause,
                    Quote = quote, QuoteEn = quoteEn,
                    InForceFrom = fields.Date(item, "inForce", bloc, required: false),
                    InForceTo = fields.Date(item, "inForceTo", bloc, required: false),
                });
            }
        }

        return basis;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Documents;

/// <summary>
/// The party and contact elements a signed instrument (<see cref="NoticeTypes.IsSigned"/>) must carry before it is
/// issued, as the 环境行政执法文书 formats and EIA approval letters print them: for an enterprise its credit code, legal
/// representative and address, for a project its builder, the builder's credit code, the project code and the EIA
/// document, and for both the handling office's telephone. A draft prints a missing one as a blank to fill
/// （登记信息未载明，签发前补填）; the officer fills it on the draft (<see cref="DecisionDrafts.FillAsync"/>, recorded
/// with who and when) and issuing is refused while any is blank. Letters and reminders do not pass here: their format
/// lets the templates leave a line the register does not hold out.
/// </summary>
public static class RequiredElements
{
    public const string CreditCode = "creditCode";
    public const string LegalRepresentative = "legalRepresentative";
    public const string Address = "address";
    public const string Builder = "builder";
    public const string BuilderCreditCode = "builderCreditCode";
    public const string ProjectCode = "projectCode";
    public const string EiaDocument = "eiaDocument";
    public const string ContactPhone = "contactPhone";

    /// <summary>The longest value an officer may fill in, in characters.</summary>
    public const int MaxLength = 200;

    private static readonly Dictionary<string, (string Zh, string En)> Labels = new(StringComparer.Ordinal)
    {
        [CreditCode] = ("统一社会信用代码", "unified social credit code"),
        [LegalRepresentative] = ("法定代表人", "legal representative"),
        [Address] = ("地址", "address"),
        [Builder] = ("建设单位", "builder"),
        [BuilderCreditCode] = ("建设单位统一社会信用代码", "builder's unified social credit code"),
        [ProjectCode] = ("项目代码", "project code"),
        [EiaDocument] = ("环境影响评价文件（report 报告书、table 报告表、registration 登记表）", "EIA document (report, table or registration)"),
        [ContactPhone] = ("联系电话", "contact telephone"),
    };

    /// <summary>The elements of <paramref name="subjectKind"/> (<c>enterprise</c> or <c>project</c>) instruments, in print order.</summary>
    public static IReadOnlyList<string> Of(string subjectKind) => subjectKind == NoticeSubject.ProjectKind
        ? [Builder, BuilderCreditCode, ProjectCode, EiaDocument, ContactPhone]
        : [CreditCode, LegalRepresentative, Address, ContactPhone];

    /// <summary>The element's name in Chinese and English, for the draft page and refusals.</summary>
    public static (string Zh, string En) Label(string element) => Labels[element];

    /// <summary>The required elements <paramref name="request"/> still lacks when issued by <paramref name="authority"/>; empty for unsigned kinds.</summary>
    public static IReadOnlyList<string> Blanks(NoticeRequest request, Authority authority)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authority);
        if (!request.Type.IsSigned())
        {
            return [];
        }

        string? Value(string element) => (element, request.Subject.Record) switch
        {
            (ContactPhone, _) => request.ContactPhone ?? authority.ContactPhone,
            (CreditCode, EnterpriseRecord e) => e.CreditCode,
            (LegalRepresentative, EnterpriseRecord e) => e.LegalRepresentative,
            (Address, EnterpriseRecord e) => e.Address,
            (Builder, ProjectRecord p) => p.Builder?.Name,
            (BuilderCreditCode, ProjectRecord p) => p.Builder?.CreditCode,
            (ProjectCode, ProjectRecord p) => p.ProjectCode,
            (EiaDocument, ProjectRecord p) => p.EiaDocument,
            _ => null,
        };
        return [.. Of(request.Subject.Kind).Where(e => string.IsNullOrWhiteSpace(Value(e)))];
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot fill <paramref name="element"/> of a <paramref name="subjectKind"/>
    /// instrument, or null when it can.
    /// </summary>
    public static string? Refusal(string subjectKind, string element, string? value)
    {
        if (!Of(subjectKind).Contains(element))
        {
            return $"'{element}' is not an element of a {subjectKind} instrument (expected one of {string.Join(", ", Of(subjectKind))})";
        }

        var v = value?.Trim();
        return string.IsNullOrEmpty(v) || v.Length > MaxLength ? $"{element}: give a value of 1 to {MaxLength} characters"
            : element == EiaDocument && ContractLabels.EiaDocument(v).Zh == v ? $"{element}: '{v}' is not report, table or registration"
            : null;
    }

    /// <summary>The request with the officer's filled values laid over the record and the authority's telephone.</summary>
    public static NoticeRequest Apply(NoticeRequest request, IReadOnlyDictionary<string, FilledElement> filled)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filled);
        string? V(string element) => filled.TryGetValue(element, out var f) ? f.Value : null;
        var record = request.Subject.Record switch
        {
            EnterpriseRecord e => e with
            {
                CreditCode = V(CreditCode) ?? e.CreditCode,
                LegalRepresentative = V(LegalRepresentative) ?? e.LegalRepresentative,
                Address = V(Address) ?? e.Address,
            },
            ProjectRecord p => p with
            {
                Builder = (V(Builder) ?? p.Builder?.Name) is { } name
                    ? new ProjectBuilder { Name = name, CreditCode = V(BuilderCreditCode) ?? p.Builder?.CreditCode }
                    : p.Builder,
                ProjectCode = V(ProjectCode) ?? p.ProjectCode,
                EiaDocument = V(EiaDocument) ?? p.EiaDocument,
            },
            var other => other,
        };
        return request with
        {
            Subject = record is null ? request.Subject : NoticeSubject.Of(record),
            ContactPhone = V(ContactPhone) ?? request.ContactPhone,
        };
    }

    /// <summary>Reads the <c>filled_elements</c> JSON of a stored document (element → value, who, as what role, when).</summary>
    public static IReadOnlyDictionary<string, FilledElement> Read(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, FilledElement>()
        : JsonSerializer.Deserialize<Dictionary<string, FilledElement>>(json, Json) ?? [];

    public static string Write(IReadOnlyDictionary<string, FilledElement> filled) => JsonSerializer.Serialize(filled, Json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
}

/// <summary>A value an officer filled on a draft: the value, who filled it, their role and when (UTC).</summary>
public sealed record FilledElement(string Value, string By, string Role, DateTime At);
